package org.cbec.core;

import java.util.Objects;

/**
 * How {@link CebCodec} reads: strictly (the default; anything the official schema refuses is a
 * {@link org.cbec.core.validation.ValidationException}) or leniently (what real traffic sends is accepted and every
 * departure is returned as a {@link Deviation} next to the message). Immutable.
 *
 * <pre>{@code
 * CebCodec lenient = CebCodec.builder().readPolicy(ReadPolicy.lenient(aliases)).build();
 * CebCodec.Parsed<?> p = lenient.parseAny(bytes, CebMessages::resolve);
 * p.deviations();   // e.g. DUPLICATE BaseTransfer, ROOT_ALIAS CEB214, ELEMENT_ALIAS …gnum
 * }</pre>
 *
 * <p>Lenient reading accepts: elements beyond their maximum occurrence (the first are kept), elements the schema does
 * not define (set aside), and the {@link KnownAliases known aliases} of roots and elements. Everything else (a
 * missing mandatory field, a value over its length, wrong order) is refused in both modes.
 */
public final class ReadPolicy {

    private static final ReadPolicy STRICT = new ReadPolicy(false, KnownAliases.none());

    private final boolean lenient;
    private final KnownAliases aliases;

    private ReadPolicy(boolean lenient, KnownAliases aliases) {
        this.lenient = lenient;
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /** Whether departures are accepted and reported. */
    public boolean isLenient() {
        return lenient;
    }

    /** Known real-world names; strict reading uses them only to explain a refusal. */
    public KnownAliases aliases() {
        return aliases;
    }

    @Override
    public String toString() {
        return lenient ? "ReadPolicy[lenient]" : "ReadPolicy[strict]";
    }

    /** Schema rules are errors (the default). */
    public static ReadPolicy strict() {
        return STRICT;
    }

    /** Strict, naming the known alias when it refuses one. */
    public static ReadPolicy strict(KnownAliases aliases) {
        return new ReadPolicy(false, aliases);
    }

    /** Duplicates and unknown elements are accepted and reported; no aliases. */
    public static ReadPolicy lenient() {
        return new ReadPolicy(true, KnownAliases.none());
    }

    /** Duplicates, unknown elements and the given aliases are accepted and reported. */
    public static ReadPolicy lenient(KnownAliases aliases) {
        return new ReadPolicy(true, aliases);
    }
}
