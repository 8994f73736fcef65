package org.cbec.core.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A closed list of codes a field may take, looked up by code.
 *
 * <pre>{@code
 * CodeList<AppType> appTypes = CodeList.of("appType", AppType.values());
 * appTypes.find("1"); // Optional[ADD]
 * }</pre>
 *
 * @param <E> the entry type
 */
public final class CodeList<E extends Coded> {

    private final String name;
    private final Map<String, E> byCode;
    private final boolean open;

    private CodeList(String name, Map<String, E> byCode, boolean open) {
        this.name = name;
        this.byCode = byCode;
        this.open = open;
    }

    /** A code list of the given entries; codes must be unique. */
    @SafeVarargs
    public static <E extends Coded> CodeList<E> of(String name, E... entries) {
        Map<String, E> m = new LinkedHashMap<>();
        for (E e : entries) {
            if (m.put(e.code(), e) != null) {
                throw new IllegalArgumentException("duplicate code " + e.code() + " in " + name);
            }
        }
        return new CodeList<>(name, Collections.unmodifiableMap(m), false);
    }

    /**
     * The same list, but open: the SDK knows only part of the official list (for example customs currency codes),
     * so an unknown code is a warning rather than an error.
     */
    public CodeList<E> open() {
        return new CodeList<>(name, byCode, true);
    }

    /** True when codes outside the list are only warned about. */
    public boolean isOpen() {
        return open;
    }

    public String name() {
        return name;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<E> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<E> entries() {
        return byCode.values();
    }

    @Override
    public String toString() {
        return name;
    }
}
