package org.cbec.core.xml;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import org.cbec.core.error.ErrorCode;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only place the SDK creates XML parsers. Every parser it hands out refuses DTDs (and with them external
 * entities and entity expansion), resolves nothing over the network or the file system, and enforces
 * {@link XmlLimits} on size, depth and attribute count. A violation is a {@link CebXmlException}.
 *
 * <pre>{@code
 * XMLStreamReader r = SecureXml.streamReader(bytes, XmlLimits.ofDefaults());
 * }</pre>
 */
public final class SecureXml {

    private static final String WOODSTOX_LAZY_PARSING = "com.ctc.wstx.lazyParsing";
    private static final XMLInputFactory STAX = newStaxFactory();
    /**
     * One configured DOM builder per thread: looking the factory up, configuring it and creating a builder cost about
     * as much as parsing a message, and neither is guaranteed to be thread-safe. A builder keeps its features (the
     * hardening) across parses; each parse starts from a clean document state.
     */
    private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(SecureXml::newDocumentBuilder);

    private SecureXml() {
    }

    private static XMLInputFactory newStaxFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (f.isPropertySupported(WOODSTOX_LAZY_PARSING)) {
            // Woodstox otherwise parses text lazily and reports its errors later, from getText(), as an unchecked
            // WstxLazyException that no caller expects; parsed eagerly, they come from next() as XMLStreamException
            f.setProperty(WOODSTOX_LAZY_PARSING, false);
        }
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /** A hardened StAX reader over {@code xml}; a UTF-8 byte-order mark is accepted. */
    public static XMLStreamReader streamReader(byte[] xml, XmlLimits limits) {
        if (xml.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        XmlEncoding.check(xml);
        return streamReader(new ByteArrayInputStream(xml), limits);
    }

    /** A hardened StAX reader over {@code in}, which is read at most up to {@link XmlLimits#maxBytes()}. */
    public static XMLStreamReader streamReader(InputStream in, XmlLimits limits) {
        try {
            return new Guarded(STAX.createXMLStreamReader(new Bounded(in, limits)), limits);
        } catch (XMLStreamException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            throw unexpected(e, 0);
        }
    }

    /**
     * Parses {@code xml} into a namespace-aware DOM with DTDs refused, for the few callers that need a DOM (signature
     * verification of documents written by others). Size is checked first.
     */
    public static Document parseDom(byte[] xml, XmlLimits limits) {
        if (xml.length > limits.maxBytes()) {
            throw tooLarge(limits);
        }
        XmlEncoding.check(xml);
        try {
            DocumentBuilder b = DOM.get();
            b.setEntityResolver(SecureXml::refuseEntity);
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(xml));
            checkDepth(d.getDocumentElement(), 1, limits);
            return d;
        } catch (SAXParseException e) {
            ErrorCode code = e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? ErrorCode.XML_DOCTYPE : ErrorCode.XML_MALFORMED;
            throw new CebXmlException(code, describe(code, e.getMessage()), e.getLineNumber(), e);
        } catch (SAXException | IOException e) {
            throw new CebXmlException(ErrorCode.XML_MALFORMED, "not well-formed XML: " + e.getMessage(), 0, e);
        } catch (RuntimeException e) {
            throw unexpected(e, 0);
        }
    }

    /**
     * An unchecked exception from inside the parser (e.g. Woodstox's {@code WstxLazyException}) as the SDK's own:
     * a {@link CebXmlException} stays as it is, anything else is {@code XML_MALFORMED} with the parser's words.
     */
    static CebXmlException unexpected(RuntimeException e, int line) {
        if (e instanceof CebXmlException c) {
            return c;
        }
        Throwable cause = e.getCause() instanceof XMLStreamException x ? x : e;
        if (cause instanceof XMLStreamException x) {
            return translate(x);
        }
        return new CebXmlException(ErrorCode.XML_MALFORMED, "not well-formed XML: " + e.getMessage(), line, e);
    }

    private static void checkDepth(org.w3c.dom.Element e, int depth, XmlLimits limits) {
        if (depth > limits.maxDepth()) {
            throw new CebXmlException(ErrorCode.XML_TOO_DEEP, "elements nested deeper than " + limits.maxDepth(), 0);
        }
        if (e.getAttributes().getLength() > limits.maxAttributes()) {
            throw new CebXmlException(ErrorCode.XML_TOO_MANY_ATTRIBUTES,
                    "element <" + e.getTagName() + "> has more than " + limits.maxAttributes() + " attributes", 0);
        }
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof org.w3c.dom.Element child) {
                checkDepth(child, depth + 1, limits);
            }
        }
    }

    private static DocumentBuilderFactory newDomFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            // every node is visited (limits, canonicalization): building them at once is cheaper than on first access
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilder newDocumentBuilder() {
        try {
            return newDomFactory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private static org.xml.sax.InputSource refuseEntity(String publicId, String systemId) throws SAXException {
        throw new SAXException("external resource refused: " + systemId);
    }

    /**
     * The {@link CebXmlException} behind a StAX failure of a reader from {@link #streamReader}: a limit it enforced, or
     * {@code XML_MALFORMED} with the line and the parser's text.
     */
    public static CebXmlException translate(XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CebXmlException c) {
                return c;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof CebXmlException c) {
                return c;
            }
        }
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String msg = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
        return new CebXmlException(ErrorCode.XML_MALFORMED, "not well-formed XML: " + msg, line, e);
    }

    private static String describe(ErrorCode code, String detail) {
        return code == ErrorCode.XML_DOCTYPE
                ? "a DOCTYPE is not allowed in a CEB message (the SDK never processes DTDs or entities)"
                : "not well-formed XML: " + detail;
    }

    private static CebXmlException tooLarge(XmlLimits limits) {
        return new CebXmlException(ErrorCode.XML_TOO_LARGE, "input is larger than the limit of " + limits.maxBytes() + " bytes", 0);
    }

    /** Counts bytes as the parser pulls them and stops at the limit. */
    private static final class Bounded extends FilterInputStream {
        private final XmlLimits limits;
        private long count;

        Bounded(InputStream in, XmlLimits limits) {
            super(in);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limits.maxBytes()) {
                throw tooLarge(limits);
            }
        }
    }

    /** Rejects DTDs and entity references and enforces depth and attribute limits as events pass. */
    private static final class Guarded extends StreamReaderDelegate {
        private final XmlLimits limits;
        private int depth;

        Guarded(XMLStreamReader r, XmlLimits limits) {
            super(r);
            this.limits = limits;
        }

        @Override
        public int next() throws XMLStreamException {
            int event;
            try {
                event = super.next();
            } catch (XMLStreamException e) {
                throw translate(e);
            } catch (RuntimeException e) {
                throw unexpected(e, line());
            }
            switch (event) {
                case XMLStreamConstants.DTD -> throw new CebXmlException(ErrorCode.XML_DOCTYPE,
                        "a DOCTYPE is not allowed in a CEB message (the SDK never processes DTDs or entities)", line());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CebXmlException(ErrorCode.XML_DOCTYPE,
                        "entity reference &" + getLocalName() + "; is not allowed (no DTD is processed)", line());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > limits.maxDepth()) {
                        throw new CebXmlException(ErrorCode.XML_TOO_DEEP, "elements nested deeper than " + limits.maxDepth(), line());
                    }
                    if (getAttributeCount() + getNamespaceCount() > limits.maxAttributes()) {
                        throw new CebXmlException(ErrorCode.XML_TOO_MANY_ATTRIBUTES,
                                "element <" + getLocalName() + "> has more than " + limits.maxAttributes() + " attributes", line());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
            return event;
        }

        @Override
        public boolean hasNext() throws XMLStreamException {
            try {
                return super.hasNext();
            } catch (RuntimeException e) {
                throw unexpected(e, line());
            }
        }

        @Override
        public String getText() {
            return translated(super::getText);
        }

        @Override
        public char[] getTextCharacters() {
            return translated(super::getTextCharacters);
        }

        @Override
        public int getTextLength() {
            return translated(super::getTextLength);
        }

        /** The value of a text accessor, with a parser's unchecked exception as a {@link CebXmlException}. */
        private <T> T translated(java.util.function.Supplier<T> accessor) {
            try {
                return accessor.get();
            } catch (RuntimeException e) {
                throw unexpected(e, line());
            }
        }

        /**
         * As {@link XMLStreamReader#getElementText()}, but through {@link #next()}: the delegate's own method would
         * consume the end tag unseen, so the depth count grew by one per call and a message with many records read
         * this way was refused as {@code XML_TOO_DEEP} although it was shallow.
         */
        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new CebXmlException(ErrorCode.XML_MALFORMED, "element text is read from a start tag", line());
            }
            StringBuilder text = new StringBuilder();
            while (true) {
                switch (next()) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return text.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT -> throw new CebXmlException(ErrorCode.XML_MALFORMED,
                            "element <" + getLocalName() + "> found where only text is allowed", line());
                    case XMLStreamConstants.END_DOCUMENT -> throw new CebXmlException(ErrorCode.XML_MALFORMED, "the document ends inside an element", line());
                    default -> {
                        // comments and processing instructions carry no text
                    }
                }
            }
        }

        /** As {@link XMLStreamReader#nextTag()}, through {@link #next()} for the same reason as {@link #getElementText()}. */
        @Override
        public int nextTag() throws XMLStreamException {
            while (true) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                        return event;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!isWhiteSpace()) {
                            throw new CebXmlException(ErrorCode.XML_MALFORMED, "text found where only elements are allowed", line());
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw new CebXmlException(ErrorCode.XML_MALFORMED, "the document ends before the next tag", line());
                    default -> {
                        // comments and processing instructions are skipped
                    }
                }
            }
        }

        private int line() {
            return getLocation() == null ? 0 : getLocation().getLineNumber();
        }
    }
}
