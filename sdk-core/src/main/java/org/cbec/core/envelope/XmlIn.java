package org.cbec.core.envelope;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.core.error.ErrorCode;
import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;

/**
 * A strict pull cursor over a DXP envelope on the hardened StAX reader: elements must come in schema order, in the
 * DXP namespace, with only the attributes named; comments and processing instructions are skipped, whitespace
 * between elements is ignored, anything else is a {@link DxpEnvelopeException} naming the element path.
 */
final class XmlIn implements AutoCloseable {

    private static final String DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";
    private static final Set<String> SIGNATURE_PARTS = Set.of("SignedInfo", "SignatureValue", "KeyInfo");
    private final XMLStreamReader r;
    private final Deque<String> path = new ArrayDeque<>();
    /** Whether the reader stands on a start or end tag that has not been consumed yet. */
    private boolean onTag;

    XmlIn(byte[] xml, XmlLimits limits) {
        this.r = SecureXml.streamReader(xml, limits);
    }

    /** Enters the document element, which must be {@code dxp:name}. */
    void root(String name, String... attributes) {
        peek();
        if (!at(name)) {
            throw new CebXmlException(ErrorCode.XML_UNEXPECTED_ROOT,
                    "expected root <dxp:" + name + "> in namespace " + DxpMsg.NAMESPACE + ", found " + found(), line());
        }
        enter(name, attributes);
    }

    /** Whether the next element is {@code dxp:name}. */
    boolean at(String name) {
        peek();
        return r.isStartElement() && DxpMsg.NAMESPACE.equals(r.getNamespaceURI()) && name.equals(r.getLocalName());
    }

    /** Enters the required element {@code dxp:name}, which may carry only {@code attributes}. */
    void enter(String name, String... attributes) {
        if (!at(name)) {
            throw new DxpEnvelopeException(ErrorCode.DXP_MISSING_ELEMENT, path(), "expected <" + name + ">, found " + found() + lineSuffix());
        }
        onTag = false;
        path.addLast(name);
        Set<String> allowed = Set.of(attributes);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String attribute = r.getAttributeLocalName(i);
            String ns = r.getAttributeNamespace(i);
            if ((ns != null && !ns.isEmpty()) || !allowed.contains(attribute)) {
                throw unexpected("attribute " + r.getAttributeName(i) + " is not allowed");
            }
        }
    }

    /** The value of {@code name} on the element just entered, or {@code null}. */
    String attribute(String name) {
        return r.getAttributeValue(null, name);
    }

    /** Checks that the attribute {@code name} of the element just entered is present and equals {@code fixed}. */
    void fixedAttribute(String name, String fixed) {
        String value = attribute(name);
        if (value == null) {
            throw new DxpEnvelopeException(ErrorCode.DXP_MISSING_ELEMENT, path() + "/@" + name, "is required and must be " + fixed);
        }
        if (!fixed.equals(value)) {
            throw Fields.invalid(path() + "/@" + name, "must be " + fixed, value);
        }
    }

    /** Reads the whole text of the simple element {@code name} and leaves it. */
    String text(String name, String... attributes) {
        enter(name, attributes);
        return textAndLeave();
    }

    /** The text of {@code name} if it comes next, else {@code null}. */
    String optionalText(String name) {
        return at(name) ? text(name) : null;
    }

    /** Reads the text of the element just entered, which must have no child elements, and leaves it. */
    String textAndLeave() {
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> throw unexpected("element <" + r.getLocalName() + "> is not allowed in a text-only element");
                case XMLStreamConstants.END_ELEMENT -> {
                    path.removeLast();
                    return text.toString();
                }
                default -> {
                }
            }
        }
    }

    /** Leaves the current element, which must have no further content. */
    void leave() {
        peek();
        if (!r.isEndElement()) {
            throw unexpected("expected the end of <" + path.getLast() + ">, found " + found());
        }
        onTag = false;
        path.removeLast();
    }

    /**
     * Skips an enveloped {@code ds:Signature} if one comes next (it is optional in all three envelopes); it may hold
     * only SignedInfo, SignatureValue and KeyInfo, as the official xmldsig schema says (no {@code ds:Object}).
     */
    void skipSignature() {
        peek();
        if (!(r.isStartElement() && DSIG_NAMESPACE.equals(r.getNamespaceURI()) && "Signature".equals(r.getLocalName()))) {
            return;
        }
        onTag = false;
        for (int depth = 1; depth > 0; ) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT && depth == 1
                    && !(DSIG_NAMESPACE.equals(r.getNamespaceURI()) && SIGNATURE_PARTS.contains(r.getLocalName()))) {
                throw unexpected("<" + r.getLocalName() + "> is not allowed in ds:Signature, which holds SignedInfo, SignatureValue and KeyInfo only");
            }
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** Reads to the end of the document, after the root: only comments, processing instructions and whitespace may follow. */
    void end() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT
                    || ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !Fields.isXmlWhitespace(r.getText()))) {
                throw unexpected("content after the root element is not allowed");
            }
        }
    }

    String path() {
        return String.join("/", path);
    }

    DxpEnvelopeException unexpected(String what) {
        return new DxpEnvelopeException(ErrorCode.DXP_UNEXPECTED_CONTENT, path(), what + lineSuffix());
    }

    @Override
    public void close() {
        try {
            r.close();
        } catch (XMLStreamException e) {
            // nothing to release for an in-memory source
        }
    }

    /** Moves to the next start or end tag unless already on one; text there must be whitespace. */
    private void peek() {
        if (onTag) {
            return;
        }
        while (true) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    onTag = true;
                    return;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!Fields.isXmlWhitespace(r.getText())) {
                        throw unexpected("text is not allowed here");
                    }
                }
                default -> {
                }
            }
        }
    }

    private int next() {
        try {
            return r.next();
        } catch (XMLStreamException e) {
            throw new CebXmlException(ErrorCode.XML_MALFORMED, "not well-formed XML: " + e.getMessage(), line(), e);
        }
    }

    private String found() {
        if (r.isStartElement()) {
            return "<" + (r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":") + r.getLocalName() + ">"
                    + (DxpMsg.NAMESPACE.equals(r.getNamespaceURI()) ? "" : (r.getNamespaceURI() == null || r.getNamespaceURI().isEmpty() ? " in no namespace" : " in namespace " + r.getNamespaceURI()));
        }
        return r.isEndElement() ? "the end of <" + r.getLocalName() + ">" : "the end of the document";
    }

    private int line() {
        return r.getLocation() == null ? 0 : r.getLocation().getLineNumber();
    }

    private String lineSuffix() {
        int line = line();
        return line > 0 ? " (line " + line + ")" : "";
    }
}
