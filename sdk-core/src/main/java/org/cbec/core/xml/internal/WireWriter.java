package org.cbec.core.xml.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.Namespaces;
import org.cbec.core.model.WireNode;

/**
 * Writes a {@link WireNode} tree as a CEB business message: UTF-8, prefix {@code ceb:}, {@code xmlns:ceb} and
 * {@code xmlns:xsi} declared on the root, elements in the tree's order, indented with tabs. The bytes after the XML
 * declaration are the document's canonical form (inclusive C14N), so a signer can digest them as they are from
 * {@link #CANONICAL_OFFSET} on.
 *
 * <pre>{@code
 * byte[] xml = WireWriter.write(Ceb311Message.SPEC.root().toWire(order));
 * }</pre>
 */
public final class WireWriter {

    /** The XML declaration every message starts with. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** Offset of the root element in every message this class writes: the bytes from here on are canonical XML. */
    public static final int CANONICAL_OFFSET = DECLARATION.length();
    private static final String PREFIX = "ceb:";
    private static final String OPEN = "<" + PREFIX;
    private static final String CLOSE = "</" + PREFIX;
    /** A line break followed by {@code i} tabs at index {@code i}. */
    private static final String[] INDENTS = IntStream.range(0, 16).mapToObj(i -> "\n" + "\t".repeat(i)).toArray(String[]::new);
    /** The namespace declarations on every root this class writes, prefix to URI. */
    public static final Map<String, String> ROOT_NAMESPACES = Map.of("ceb", Namespaces.CEB, "xsi", Namespaces.XSI);

    private WireWriter() {
    }

    /** The message as UTF-8 bytes, starting with {@link #DECLARATION}. */
    public static byte[] write(WireNode root) {
        CanonicalXmlOutput out = new CanonicalXmlOutput(8192);
        out.raw(DECLARATION);
        out.raw(OPEN).raw(root.name())
                .raw(" xmlns:ceb=\"").raw(ROOT_NAMESPACES.get("ceb")).raw("\" xmlns:xsi=\"").raw(ROOT_NAMESPACES.get("xsi")).raw("\"");
        attributes(out, root);
        out.raw(">");
        content(out, root, 1);
        out.raw("\n").raw(CLOSE).raw(root.name()).raw(">");
        return out.toByteArray();
    }

    /**
     * Where {@code ds:Signature} goes in {@code written} (bytes this class wrote for {@code root}): before the
     * root's end tag, or before {@code ExtendMessage} when the schema puts it there. Inserting the signature element
     * at this offset leaves the document without it, byte for byte, as written, which is what the enveloped
     * signature's digest covers.
     */
    public static int signatureOffset(byte[] written, WireNode root, MessageSpec.SignatureSlot slot) {
        int end = written.length - ("\n</" + PREFIX + root.name() + ">").length();
        if (slot != MessageSpec.SignatureSlot.OPTIONAL_BEFORE_EXTEND_MESSAGE || root.children("ExtendMessage").isEmpty()) {
            return end;
        }
        byte[] marker = "\n\t<ceb:ExtendMessage>".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = CANONICAL_OFFSET; i <= end - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (written[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("ExtendMessage not found in the written message");
    }

    private static void node(CanonicalXmlOutput out, WireNode node, int depth) {
        indent(out, depth);
        out.raw(OPEN).raw(node.name());
        attributes(out, node);
        out.raw(">");
        content(out, node, depth + 1);
        indent(out, depth);
        out.raw(CLOSE).raw(node.name()).raw(">");
    }

    private static void content(CanonicalXmlOutput out, WireNode node, int depth) {
        for (WireNode.Item item : node.items()) {
            if (!Namespaces.CEB.equals(item.namespace())) {
                throw new IllegalArgumentException("cannot write <" + item.tag() + "> of namespace " + item.namespace());
            }
            if (item.isField()) {
                indent(out, depth);
                out.raw(OPEN).raw(item.tag()).raw(">");
                if (item.xml()) {
                    out.raw(item.text());
                } else {
                    out.text(item.text());
                }
                out.raw(CLOSE).raw(item.tag()).raw(">");
            } else {
                node(out, item.node(), depth);
            }
        }
    }

    private static void attributes(CanonicalXmlOutput out, WireNode node) {
        if (node.attributes().isEmpty()) {
            return;
        }
        // Canonical XML orders attributes without a namespace by local name.
        for (Map.Entry<String, String> a : new TreeMap<>(node.attributes()).entrySet()) {
            out.raw(" ").raw(a.getKey()).raw("=\"").attributeValue(a.getValue()).raw("\"");
        }
    }

    private static void indent(CanonicalXmlOutput out, int depth) {
        int top = INDENTS.length - 1;
        out.raw(INDENTS[Math.min(depth, top)]);
        for (int i = top; i < depth; i++) {
            out.raw("\t");
        }
    }
}
