package org.cbec.core.xml.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Captures the content of an element as an XML fragment string (for {@code ExtendMessage/Message}, whose content the
 * schema leaves open). Elements keep their prefixes and the namespace declarations written on them; text and
 * attributes are re-escaped.
 */
final class XmlFragment {

    private XmlFragment() {
    }

    /** Reads from the current START_ELEMENT to its END_ELEMENT and returns the content between them. */
    static String capture(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    b.append('<').append(qname(r.getPrefix(), r.getLocalName()));
                    for (int i = 0; i < r.getNamespaceCount(); i++) {
                        String p = r.getNamespacePrefix(i);
                        b.append(p == null || p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"");
                        escape(b, r.getNamespaceURI(i), true);
                        b.append('"');
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        b.append(' ').append(qname(r.getAttributePrefix(i), r.getAttributeLocalName(i))).append("=\"");
                        escape(b, r.getAttributeValue(i), true);
                        b.append('"');
                    }
                    b.append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (--depth == 0) {
                        return b.toString();
                    }
                    b.append("</").append(qname(r.getPrefix(), r.getLocalName())).append('>');
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> escape(b, r.getText(), false);
                default -> {
                    // comments and processing instructions are not kept
                }
            }
        }
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void escape(StringBuilder b, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append(attribute ? ">" : "&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#xD;");
                default -> b.append(c);
            }
        }
    }
}
