package org.cbec.core.envelope;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

    /** {@code name} with {@code data} in Base64, whose alphabet needs no escaping. */
    XmlOut base64(String name, byte[] data) {
        open(name);
        String text = Base64.getEncoder().encodeToString(data);
        out.ensureCapacity(out.length() + text.length() + 512); // grown once, with room for what follows
        out.append(text);
        return close(name);
    }

    XmlOut optional(String name, String text) {
        return text == null ? this : element(name, text);
    }

    byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends {@code s}, its plain runs whole, each character that must be escaped as its reference. */
    private void escape(String s, boolean attribute) {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            String reference = reference(s.charAt(i), attribute);
            if (reference != null) {
                out.append(s, start, i).append(reference);
                start = i + 1;
            }
        }
        out.append(s, start, s.length());
    }

    /** What {@code c} is written as, or null when it is written as itself. */
    private static String reference(char c, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#13;";
            case '"' -> attribute ? "&quot;" : null;
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> null;
        };
    }
}
