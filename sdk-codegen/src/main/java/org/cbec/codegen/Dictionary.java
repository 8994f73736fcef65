package org.cbec.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The field dictionary as read from its XML files: one file per Java package, each with {@code <node>} and
 * {@code <message>} entries. The format is documented in {@code sdk-customs/src/main/dictionary/README.md}.
 *
 * <pre>{@code
 * Dictionary d = Dictionary.load(Path.of("sdk-customs/src/main/dictionary"));
 * }</pre>
 *
 * @param nodes     every node and message, keyed by {@code package + "." + name}
 * @param codeLists every code list, keyed by {@code package + "." + name}
 */
public record Dictionary(Map<String, NodeDef> nodes, Map<String, CodeListDef> codeLists) {

    /** One code of a code list. */
    public record CodeDef(String name, String code, String cn, String en) {
    }

    /** A code list, generated as an enum. */
    public record CodeListDef(String javaPackage, String name, String cn, boolean open, String doc, List<CodeDef> codes) {
    }

    /** A field of a node. Attribute names follow the dictionary's XML. */
    public record FieldDef(String tag, String cn, String format, String xsd, String type, boolean optional, boolean attribute,
                           String fixed, String codes, String sensitive, List<String> checks, String defaultValue, String doc) {
    }

    /** A child-node reference. */
    public record ChildDef(String ref, int min, int max) {
    }

    /** One content item, in schema order: a field or a child. */
    public record Item(FieldDef field, ChildDef child) {
    }

    /**
     * A node or, when {@code message} is set, a message root.
     *
     * @param javaPackage package of the generated class
     * @param name        element name
     * @param className   Java class name
     * @param message     message attributes (code, direction, signature) or {@code null} for a plain node
     */
    public record NodeDef(String javaPackage, String name, String className, String cn, List<Item> items, List<String> checks,
                          MessageDef message, String source) {
        public String qualifiedName() {
            return javaPackage + "." + className;
        }
    }

    /** What a message root adds to a node. */
    public record MessageDef(String code, String direction, String signature) {
    }

    /** Loads every {@code *.xml} file of {@code dir}. */
    public static Dictionary load(Path dir) throws IOException {
        Map<String, NodeDef> nodes = new LinkedHashMap<>();
        Map<String, CodeListDef> codeLists = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path file : files) {
            Element root = parse(file).getDocumentElement();
            String pkg = root.getAttribute("package");
            for (Element e : children(root)) {
                if (e.getTagName().equals("codeList")) {
                    codeLists.put(pkg + "." + e.getAttribute("name"), codeList(pkg, e));
                    continue;
                }
                NodeDef n = node(pkg, e, file.getFileName().toString());
                if (nodes.put(pkg + "." + n.className(), n) != null) {
                    throw new IllegalArgumentException(file + ": node class " + n.className() + " defined twice");
                }
            }
        }
        return new Dictionary(nodes, codeLists);
    }

    private static CodeListDef codeList(String pkg, Element e) {
        List<CodeDef> codes = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                codes.add(new CodeDef(c.getAttribute("name"), c.getAttribute("code"), c.getAttribute("cn"), c.getAttribute("en")));
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                doc.append(n.getNodeValue());
            }
        }
        return new CodeListDef(pkg, e.getAttribute("name"), e.getAttribute("cn"), "true".equals(e.getAttribute("open")),
                doc.toString().strip().replaceAll("\\s+", " "), List.copyOf(codes));
    }

    /**
     * The node whose class is {@code ref} (its {@code class}, which defaults to its element name) as seen from package
     * {@code pkg}: same package first, then any package that has it once. Two local elements with the same name and
     * different content (the {@code Tax} of CEB816 and of CEB818) are two nodes with distinct classes.
     */
    public NodeDef resolve(String pkg, String ref) {
        NodeDef same = nodes.get(pkg + "." + ref);
        if (same != null) {
            return same;
        }
        List<NodeDef> found = nodes.values().stream().filter(n -> n.className().equals(ref)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("node " + ref + " referenced from " + pkg + " is " + (found.isEmpty() ? "undefined" : "ambiguous"));
        }
        return found.get(0);
    }

    private static NodeDef node(String pkg, Element e, String source) {
        List<Item> items = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (Element c : children(e)) {
            switch (c.getTagName()) {
                case "field" -> items.add(new Item(field(c), null));
                case "child" -> items.add(new Item(null, new ChildDef(c.getAttribute("ref"),
                        intAttr(c, "min", 1), intAttr(c, "max", 1))));
                case "check" -> checks.add(c.getAttribute("ref"));
                default -> throw new IllegalArgumentException(source + ": unknown element <" + c.getTagName() + "> in " + e.getAttribute("name"));
            }
        }
        String name = e.getAttribute("name");
        String className = e.hasAttribute("class") ? e.getAttribute("class") : name;
        MessageDef message = e.getTagName().equals("message")
                ? new MessageDef(e.getAttribute("code"), e.getAttribute("direction"), e.getAttribute("signature"))
                : null;
        return new NodeDef(pkg, name, className, e.getAttribute("cn"), List.copyOf(items), List.copyOf(checks), message, source);
    }

    private static FieldDef field(Element c) {
        String checks = c.getAttribute("check");
        return new FieldDef(c.getAttribute("tag"), c.getAttribute("cn"), c.getAttribute("format"), c.getAttribute("xsd"),
                c.hasAttribute("type") ? c.getAttribute("type") : "string", "true".equals(c.getAttribute("optional")),
                "true".equals(c.getAttribute("attribute")), attr(c, "fixed"), attr(c, "codes"), attr(c, "sensitive"),
                checks.isEmpty() ? List.of() : List.of(checks.split("\\s*,\\s*")), attr(c, "default"),
                c.getTextContent().strip());
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** An occurrence bound; {@code unbounded} (as in the XSD) is {@link Integer#MAX_VALUE}. */
    private static int intAttr(Element e, String name, int dflt) {
        if (!e.hasAttribute(name)) {
            return dflt;
        }
        return e.getAttribute(name).equals("unbounded") ? Integer.MAX_VALUE : Integer.parseInt(e.getAttribute(name));
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
