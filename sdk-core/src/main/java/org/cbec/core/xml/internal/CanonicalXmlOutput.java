package org.cbec.core.xml.internal;

import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer that writes XML in canonical form (W3C Canonical XML 1.0): start and end tags for
 * every element (no {@code <a/>}), text escaped as {@code &amp; &lt; &gt; &#xD;}, attribute values as
 * {@code &amp; &lt; &quot; &#x9; &#xA; &#xD;}. What it writes after the XML declaration is therefore already the
 * canonical form of the document, so signing needs no DOM round trip.
 *
 * <p>Not thread-safe; one instance per document.
 *
 * <pre>{@code
 * CanonicalXmlOutput out = new CanonicalXmlOutput(4096);
 * out.raw("<a>").text("x & y").raw("</a>");
 * byte[] bytes = out.toByteArray();
 * }</pre>
 */
public final class CanonicalXmlOutput {

    /** Markup: nothing is escaped. */
    private static final String[] NO_REFERENCES = {};
    /** Character data: the reference for each character below {@code '?'}, {@code null} when it is written as is. */
    private static final String[] TEXT_REFERENCES = references("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r", "&#xD;");
    /** Attribute values, likewise. */
    private static final String[] ATTRIBUTE_REFERENCES = references("&", "&amp;", "<", "&lt;", "\"", "&quot;",
            "\t", "&#x9;", "\n", "&#xA;", "\r", "&#xD;");

    private byte[] buf;
    private int size;

    public CanonicalXmlOutput(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    /** Appends markup the caller knows to be correct (tag names, declarations), encoded as UTF-8. */
    public CanonicalXmlOutput raw(String s) {
        return append(s, NO_REFERENCES);
    }

    /** Appends character data, escaped as canonical XML requires. */
    public CanonicalXmlOutput text(String s) {
        return append(s, TEXT_REFERENCES);
    }

    /** Appends an attribute value (without the quotes), escaped as canonical XML requires. */
    public CanonicalXmlOutput attributeValue(String s) {
        return append(s, ATTRIBUTE_REFERENCES);
    }

    private static String[] references(String... charAndReference) {
        String[] table = new String['?'];
        for (int i = 0; i < charAndReference.length; i += 2) {
            table[charAndReference[i].charAt(0)] = charAndReference[i + 1];
        }
        return table;
    }

    private CanonicalXmlOutput append(String s, String[] references) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                i = encode(s, i);
            } else if (c < references.length && references[c] != null) {
                append(references[c], NO_REFERENCES);
                ensure(n - i);
            } else {
                buf[size++] = (byte) c;
            }
        }
        return this;
    }

    /** Number of bytes written so far. */
    public int size() {
        return size;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /** A copy of the bytes from {@code from} to the end. */
    public byte[] toByteArray(int from) {
        return Arrays.copyOfRange(buf, from, size);
    }

    /** Encodes the character at {@code i} (not ASCII) as UTF-8; returns the index of its last char. */
    private int encode(String s, int i) {
        char c = s.charAt(i);
        ensure(4 + s.length() - i);
        if (c < 0x800) {
            buf[size++] = (byte) (0xC0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (!Character.isSurrogate(c)) {
            buf[size++] = (byte) (0xE0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        int cp = s.codePointAt(i);
        if (cp < 0x10000) {
            throw new IllegalArgumentException("unpaired surrogate at position " + i);
        }
        buf[size++] = (byte) (0xF0 | (cp >> 18));
        buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (cp & 0x3F));
        return i + 1;
    }

    /** Makes room for at least {@code bytes} more bytes. */
    private void ensure(int bytes) {
        if (buf.length - size < bytes) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes));
        }
    }
}
