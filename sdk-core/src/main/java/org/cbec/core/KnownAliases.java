package org.cbec.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Names real traffic uses instead of the schema's, as data: root element aliases ({@code CEB214} for
 * {@code CEB214Message}) and, per node, element aliases ({@code gnum} standing in for {@code gseqno} in
 * {@code SummaryResultList}). Lenient reading ({@link ReadPolicy#lenient(KnownAliases)}) applies them and reports each
 * use as a {@link Deviation}; strict reading only uses them to explain its refusal.
 *
 * <pre>{@code
 * # known-aliases.properties
 * root.CEB214 = CEB214Message
 * SummaryResultList.gnum = gseqno
 *
 * KnownAliases aliases = KnownAliases.load(getClass().getResourceAsStream("known-aliases.properties"));
 * aliases.root("CEB214");                          // "CEB214Message"
 * aliases.element("SummaryResultList", "gnum");    // "gseqno"
 * }</pre>
 *
 * <p>An element alias that is itself an element of the node (as {@code gnum} is) lends its value to the missing
 * element and stays; one that is not is read as the schema's element. Either way only when the schema's element is
 * absent.
 */
public final class KnownAliases {

    private static final String ROOT = "root.";
    private static final KnownAliases NONE = new KnownAliases(Map.of(), Map.of());

    private final Map<String, String> roots;
    private final Map<String, String> elements;

    private KnownAliases(Map<String, String> roots, Map<String, String> elements) {
        this.roots = Map.copyOf(roots);
        this.elements = Map.copyOf(elements);
    }

    /** No aliases. */
    public static KnownAliases none() {
        return NONE;
    }

    /**
     * Reads a UTF-8 properties file: {@code root.ALIAS = RootName} for roots, {@code Node.alias = tag} for elements.
     *
     * @throws IllegalArgumentException on a key that is neither
     */
    public static KnownAliases load(InputStream in) {
        Properties p = new Properties();
        try (InputStreamReader r = new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> roots = new HashMap<>();
        Map<String, String> elements = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key).strip();
            if (key.startsWith(ROOT)) {
                roots.put(key.substring(ROOT.length()), value);
            } else if (key.indexOf('.') > 0 && key.indexOf('.') == key.lastIndexOf('.')) {
                elements.put(key, value);
            } else {
                throw new IllegalArgumentException("alias key " + key + " is neither root.ALIAS nor Node.alias");
            }
        }
        return new KnownAliases(roots, elements);
    }

    /** The schema's root name for {@code name}: the alias target, or {@code name} itself. */
    public String root(String name) {
        return roots.getOrDefault(name, name);
    }

    /** The schema's element that {@code tag} stands in for inside node {@code node}, or {@code null}. */
    public String element(String node, String tag) {
        return elements.get(node + "." + tag);
    }
}
