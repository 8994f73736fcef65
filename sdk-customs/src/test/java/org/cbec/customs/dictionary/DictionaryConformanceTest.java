package org.cbec.customs.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cbec.core.model.FieldDef;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The field dictionary against the official XSD, element by element: same children in the same order, same
 * occurrences, same facets, same fixed values, and the signature where the schema puts it. A difference is either a
 * dictionary error or a deliberate tightening, which must be listed in {@link #TIGHTENED}.
 */
class DictionaryConformanceTest {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";
    /** Facets the SDK keeps stricter than one of the schemas, as {@code node.tag}, wherever the node occurs. */
    private static final List<String> TIGHTENED = List.of(
            // shared by both schemas: the import schema's minLength 1 is kept, so what the SDK writes both accept
            "BaseTransfer.copCode");

    static Stream<MessageSpec<?>> messages() {
        return CebMessages.all().stream();
    }

    @ParameterizedTest
    @MethodSource("messages")
    void dictionaryMatchesTheOfficialSchema(MessageSpec<?> message) throws Exception {
        String xsd = message.direction() == MessageSpec.Direction.IMPORT ? "ceb-import-202205.xsd" : "ceb-export-202205.xsd";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element schema = f.newDocumentBuilder().parse(OfficialSpec.xsd(xsd).toFile()).getDocumentElement();
        List<String> differences = new ArrayList<>();

        compare(schema, global(schema, message.rootName()), message.root(), message.rootName(), differences, message);

        assertThat(differences).as("dictionary versus %s", xsd).isEmpty();
    }

    private static void compare(Element schema, Element decl, NodeSpec<?, ?> spec, String path, List<String> out, MessageSpec<?> message) {
        Element type = child(decl, "complexType");
        for (Element attr : children(type, "attribute")) {
            FieldDef<?> def = spec.attributes().stream().map(Member.Field::def).filter(d -> d.tag().equals(attr.getAttribute("name")))
                    .findFirst().orElse(null);
            if (def == null) {
                out.add(path + "@" + attr.getAttribute("name") + ": missing from the dictionary");
            } else {
                facets(attr, def, path + "@" + def.tag(), out);
            }
        }
        List<Element> elements = children(child(type, "sequence"), "element");
        List<? extends Member<?, ?>> members = spec.members();
        int m = 0;
        for (Element e : elements) {
            String ref = e.getAttribute("ref");
            if (ref.equals("ds:Signature")) {
                boolean required = !"0".equals(e.getAttribute("minOccurs"));
                boolean last = e.getNextSibling() == null || children((Element) e.getParentNode(), "element").indexOf(e) == elements.size() - 1;
                MessageSpec.SignatureSlot expected = !last ? MessageSpec.SignatureSlot.OPTIONAL_BEFORE_EXTEND_MESSAGE
                        : required ? MessageSpec.SignatureSlot.REQUIRED_LAST : MessageSpec.SignatureSlot.OPTIONAL_LAST;
                if (message.signature() != expected) {
                    out.add(path + ": signature slot " + message.signature() + ", schema says " + expected);
                }
                continue;
            }
            String name = ref.isEmpty() ? e.getAttribute("name") : ref.substring(ref.indexOf(':') + 1);
            Element target = ref.isEmpty() ? e : global(schema, name);
            String p = path + "." + name;
            if (m >= members.size() || !members.get(m).tag().equals(name)) {
                out.add(p + ": schema has it here, dictionary has " + (m < members.size() ? members.get(m).tag() : "nothing"));
                continue;
            }
            Member<?, ?> member = members.get(m++);
            int min = e.hasAttribute("minOccurs") ? Integer.parseInt(e.getAttribute("minOccurs")) : 1;
            int max = !e.hasAttribute("maxOccurs") ? 1 : e.getAttribute("maxOccurs").equals("unbounded") ? Integer.MAX_VALUE
                    : Integer.parseInt(e.getAttribute("maxOccurs"));
            if (member.minOccurs() != min || member.maxOccurs() != max) {
                out.add(p + ": occurs " + member.minOccurs() + ".." + member.maxOccurs() + ", schema " + min + ".." + max);
            }
            if (member instanceof Member.Field<?, ?, ?> field) {
                facets(target, field.def(), p, out);
            } else if (member instanceof Member.Child<?, ?, ?> c) {
                compare(schema, target, c.spec(), p, out, message);
            }
        }
        for (; m < members.size(); m++) {
            out.add(path + "." + members.get(m).tag() + ": in the dictionary, not in the schema");
        }
    }

    private static void facets(Element decl, FieldDef<?> def, String path, List<String> out) {
        String schema = schemaFacets(decl);
        if (!schema.equals(def.xsd().notation()) && !TIGHTENED.contains(nodeAndTag(path))) {
            out.add(path + ": facets " + def.xsd().notation() + ", schema " + schema);
        }
        String fixed = decl.hasAttribute("fixed") ? decl.getAttribute("fixed") : null;
        if (!java.util.Objects.equals(fixed, def.fixedValue())) {
            out.add(path + ": fixed " + def.fixedValue() + ", schema " + fixed);
        }
    }

    /** The last two segments of a path: {@code CEB303Message.BaseTransfer.copCode} → {@code BaseTransfer.copCode}. */
    private static String nodeAndTag(String path) {
        int last = path.lastIndexOf('.');
        return path.substring(path.lastIndexOf('.', last - 1) + 1);
    }

    /** The declaration's facets in the dictionary's notation. */
    private static String schemaFacets(Element decl) {
        if (decl.getAttribute("type").equals("xs:int")) {
            return "int";
        }
        if (decl.getAttribute("type").equals("ceb:XMLElement")) {
            return "any";
        }
        Element restriction = child(child(decl, "simpleType"), "restriction");
        String base = restriction.getAttribute("base");
        String len = value(restriction, "length");
        if (base.equals("xs:int")) {
            String total = value(restriction, "totalDigits");
            return "int" + (total == null ? "" : total);
        }
        if (base.equals("xs:decimal")) {
            String total = value(restriction, "totalDigits");
            String fraction = value(restriction, "fractionDigits");
            return "decimal" + (total == null ? "" : total + (fraction == null ? "" : "," + fraction));
        }
        String collapse = "collapse".equals(value(restriction, "whiteSpace")) ? " collapse" : "";
        if (len != null) {
            return len + collapse;
        }
        String min = value(restriction, "minLength");
        String max = value(restriction, "maxLength");
        return (min == null || min.equals("0") ? "" : min) + ".." + (max == null ? "" : max) + collapse;
    }

    private static String value(Element restriction, String facet) {
        Element e = child(restriction, facet);
        return e == null ? null : e.getAttribute("value");
    }

    private static Element global(Element schema, String name) {
        return children(schema, "element").stream().filter(e -> e.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no global element " + name + " in the schema"));
    }

    private static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }
}
