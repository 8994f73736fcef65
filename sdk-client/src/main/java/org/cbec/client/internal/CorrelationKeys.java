package org.cbec.client.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.core.model.CebMessage;
import org.cbec.core.model.Member;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;

/**
 * The keys a submission is stored under besides its message guid, by which receipts and order queries find it: the
 * {@code guid} of every business node (e.g. {@code Order/OrderHead/guid}), which customs receipts name; every
 * {@code copNo} (prefixed {@value #COP_NO}), which inventory, cancellation, delivery and summary receipts carry; every
 * {@code orderNo} (prefixed {@value #ORDER_NO}), which ties an order's messages together. Taken from the typed message
 * when the client built the bytes itself, from the signed XML otherwise.
 */
final class CorrelationKeys {

    static final String ORDER_NO = "orderNo:";
    static final String COP_NO = "copNo:";
    private static final String CEB_NS = "http://www.chinaport.gov.cn/ceb";
    private static final String DS_NS = "http://www.w3.org/2000/09/xmldsig#";

    private CorrelationKeys() {
    }

    /** The keys of a typed message, without serialising or parsing it. */
    @SuppressWarnings("unchecked")
    static List<String> of(CebMessage message) {
        Set<String> out = new LinkedHashSet<>();
        walk((NodeSpec<CebMessage, ?>) message.spec().root(), message, true, out);
        out.remove(message.guid());
        return List.copyOf(out);
    }

    /** The keys of signed XML: one streaming pass over it. */
    static List<String> of(byte[] signedXml, String messageGuid) {
        Set<String> out = new LinkedHashSet<>();
        XMLStreamReader r = SecureXml.streamReader(signedXml, XmlLimits.ofDefaults());
        try {
            int depth = 0;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (DS_NS.equals(r.getNamespaceURI())) {
                        skip(r); // nothing inside the signature (KeyInfo, an Object) is part of the message
                        depth--;
                        continue;
                    }
                    // depth 3 and below: fields of business nodes, never of the root
                    if (depth >= 3 && CEB_NS.equals(r.getNamespaceURI()) && isKey(r.getLocalName())) {
                        String name = r.getLocalName();
                        add(name, r.getElementText(), out);
                        depth--;
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("signed message is not well-formed XML", e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing held
            }
        }
        out.remove(messageGuid);
        return List.copyOf(out);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int e = r.next();
            depth += e == XMLStreamConstants.START_ELEMENT ? 1 : e == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    private static <N, B> void walk(NodeSpec<N, B> spec, N node, boolean root, Set<String> out) {
        for (Member<N, B> m : spec.members()) {
            if (m instanceof Member.Field<N, B, ?> f) {
                if (!root && isKey(f.tag())) {
                    add(f.tag(), text(f, node), out);
                }
            } else if (m instanceof Member.Child<N, B, ?> c) {
                children(c, node, out);
            }
        }
    }

    private static <N, B, C> void children(Member.Child<N, B, C> c, N node, Set<String> out) {
        for (C child : c.getter().apply(node)) {
            walk(c.spec(), child, false, out);
        }
    }

    private static <N, B, T> String text(Member.Field<N, B, T> f, N node) {
        T value = f.getter().apply(node);
        return value == null ? null : f.def().type().format(value);
    }

    private static boolean isKey(String name) {
        return name.equals("guid") || name.equals("copNo") || name.equals("orderNo");
    }

    private static void add(String name, String value, Set<String> out) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            return;
        }
        switch (name) {
            case "guid" -> out.add(text);
            case "copNo" -> out.add(COP_NO + text);
            default -> out.add(ORDER_NO + text);
        }
    }
}
