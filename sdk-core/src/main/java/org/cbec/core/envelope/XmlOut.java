package org.cbec.core.envelope;

import java.nio.charset.StandardCharsets;

/** Writes DXP-namespace XML straight into a buffer, escaping text and attribute values. Values are validated before. */
final class XmlOut {

    private static final String PREFIX = "dxp:";
    private final StringBuilder out = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private boolean rootWritten;

    /** Opens {@code name} with attribute name-value pairs; pairs with a {@code null} value are left out. */
    XmlOut open(String name, String... attributes) {
        out.append('<').append(PREFIX).append(name);
        if (!rootWritten) {
            out.append(" xmlns:dxp=\"").append(DxpMsg.NAMESPACE).append('"');
            rootWritten = true;
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], true);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    XmlOut close(String name) {
        out.append("</").append(PREFIX).append(name).append('>');
        return this;
    }

    XmlOut element(String name, String text) {
        return open(name).text(text).close(name);
    }

    XmlOut text(String text) {
        escape(text, false);
        return this;
    }

    XmlOut optional(String name, String text) {
        return text == null ? this : element(name, text);
    }

    byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }
}
