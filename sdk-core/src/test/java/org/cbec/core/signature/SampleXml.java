package org.cbec.core.signature;

import java.nio.charset.StandardCharsets;

/** Small text helpers for tests that edit signed XML. */
final class SampleXml {

    private SampleXml() {
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The text between {@code <tag>} and {@code </tag>} (first occurrence). */
    static String between(String xml, String tag) {
        int start = xml.indexOf("<" + tag + ">") + tag.length() + 2;
        return xml.substring(start, xml.indexOf("</" + tag + ">", start));
    }

    /** Replaces the text between {@code <tag>} and {@code </tag>} (first occurrence). */
    static String replaceBetween(String xml, String tag, String value) {
        int start = xml.indexOf("<" + tag + ">") + tag.length() + 2;
        return xml.substring(0, start) + value + xml.substring(xml.indexOf("</" + tag + ">", start));
    }

    /** Base64 wrapped at {@code width} with CRLF or LF, as some tools write it. */
    static String wrap(String b64, int width, String newline) {
        StringBuilder sb = new StringBuilder(newline);
        for (int i = 0; i < b64.length(); i += width) {
            sb.append(b64, i, Math.min(b64.length(), i + width)).append(newline);
        }
        return sb.toString();
    }
}
