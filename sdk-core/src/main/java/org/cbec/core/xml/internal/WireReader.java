package org.cbec.core.xml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.core.error.ErrorCode;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.Namespaces;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;

/**
 * Reads a CEB business message into a {@link WireNode} tree with the hardened parser of {@link SecureXml}. Reading
 * is guided by the message's {@link NodeSpec} (which elements are fields, which are nodes) but never judges: elements
 * it does not know, wrong namespaces and wrong order are kept in the tree for the validator to report, so no data is
 * lost. The enveloped {@code ds:Signature} is noted ({@link WireNode#signed()}) and skipped.
 *
 * <pre>{@code
 * WireReader.Result r = WireReader.read(bytes, XmlLimits.ofDefaults(), name -> catalogue.get(name));
 * }</pre>
 */
public final class WireReader {

    /**
     * What was read.
     *
     * @param spec the message type the root named
     * @param root the tree
     */
    public record Result(MessageSpec<?> spec, WireNode root) {
    }

    private final XMLStreamReader r;

    private WireReader(XMLStreamReader r) {
        this.r = r;
    }

    /**
     * Reads a message whose type the root element names.
     *
     * @param resolver the message type for a root local name, or {@code null} when unsupported
     * @throws CebXmlException on malformed or hostile input, a root outside the customs namespace or an unsupported
     *                         message type (code {@code UNSUPPORTED_MESSAGE})
     */
    public static Result read(byte[] xml, XmlLimits limits, Function<String, MessageSpec<?>> resolver) {
        XMLStreamReader r = SecureXml.streamReader(xml, limits);
        try {
            while (r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog: declaration, comments, processing instructions; a DTD is refused by SecureXml
            }
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (!Namespaces.CEB.equals(ns)) {
                throw new CebXmlException(ErrorCode.XML_UNEXPECTED_ROOT, "root <" + local + "> is not in the customs namespace "
                        + Namespaces.CEB + (ns == null || ns.isEmpty() ? " (no namespace declared)" : " but in " + ns), line(r));
            }
            MessageSpec<?> spec = resolver.apply(local);
            if (spec == null) {
                throw new CebXmlException(ErrorCode.UNSUPPORTED_MESSAGE, "message type " + local + " is not supported", line(r));
            }
            WireNode root = new WireReader(r).node(spec.root(), true);
            while (r.hasNext()) {
                // after the root: only comments, processing instructions and whitespace; anything else is not XML
                r.next();
            }
            return new Result(spec, root);
        } catch (XMLStreamException e) {
            throw SecureXml.translate(e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing to release for an in-memory source
            }
        }
    }

    /** Reads the current element (reader on its START_ELEMENT) as a node of {@code spec}. */
    private WireNode node(NodeSpec<?, ?> spec, boolean root) throws XMLStreamException {
        WireNode node = new WireNode(r.getLocalName(), line(r));
        attributes(node);
        List<SignatureAt> signatures = null;
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (signatures != null) {
                    for (SignatureAt s : signatures) {
                        List<String> after = node.items().subList(s.index(), node.items().size()).stream().map(WireNode.Item::tag).toList();
                        node.markSigned(new WireNode.Signature(s.line(), after, s.parts()));
                    }
                }
                return node;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            Member<?, ?> m = Namespaces.CEB.equals(ns) ? spec.member(local) : null;
            if (root && Namespaces.DS.equals(ns) && "Signature".equals(local)) {
                if (signatures == null) {
                    signatures = new ArrayList<>(1);
                }
                int line = line(r);
                signatures.add(new SignatureAt(node.items().size(), line, signatureParts()));
            } else if (m instanceof Member.Child<?, ?, ?> c) {
                node.addChild(node(c.spec(), false));
            } else if (m instanceof Member.Field<?, ?, ?> f && f.def().type() == ValueType.XML) {
                int line = line(r);
                node.addXmlField(local, XmlFragment.capture(r), line);
            } else {
                node.add(generic());
            }
        }
    }

    /** Reads the current element without a description: text if it holds only text, a node otherwise. */
    private WireNode.Item generic() throws XMLStreamException {
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        int line = line(r);
        WireNode node = null;
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (node == null) {
                        node = new WireNode(local, line);
                    }
                    node.add(generic());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return node == null
                            ? new WireNode.Item(local, ns == null ? "" : ns, text.toString(), null, false, line)
                            : new WireNode.Item(local, ns == null ? "" : ns, null, node, false, line);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    private void attributes(WireNode node) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if (ns == null || ns.isEmpty()) {
                node.putAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
            }
        }
    }

    /** Where a signature stood among the root's items, and its parts. */
    private record SignatureAt(int index, int line, List<String> parts) {
    }

    /**
     * Skips the {@code ds:Signature} the reader is on, noting its child elements: nothing inside it (a {@code ds:Object},
     * a business node in {@code KeyInfo}) is ever read as part of the message.
     */
    private List<String> signatureParts() throws XMLStreamException {
        List<String> parts = new ArrayList<>(3);
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1) {
                    String ns = r.getNamespaceURI();
                    parts.add(Namespaces.DS.equals(ns) ? "ds:" + r.getLocalName() : "{" + (ns == null ? "" : ns) + "}" + r.getLocalName());
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return parts;
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }
}
