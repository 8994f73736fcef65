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

    /**
     * Appends character data given as {@code length} chars of {@code chars} from {@code start} (as a StAX reader hands
     * them out, without a string), escaped as canonical XML requires.
     */
    public CanonicalXmlOutput text(char[] chars, int start, int length) {
        ensure(length);
        int end = start + length;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                i = encode(chars, i, end);
                ensure(end - i);
            } else if (c < TEXT_REFERENCES.length && TEXT_REFERENCES[c] != null) {
                append(TEXT_REFERENCES[c], NO_REFERENCES);
                ensure(end - i);
            } else {
                buf[size++] = (byte) c;
            }
        }
        return this;
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
                ensure(n - i);
            } else if (c < references.length && references[c] != null) {
                append(references[c], NO_REFERENCES);
                ensure(n - i);
            } else {
                buf[size++] = (byte) c;
            }
        }
        return this;
    }

    /** Forgets what was written; the buffer is kept. */
    public void clear() {
        size = 0;
    }

    /** The buffer itself, holding the bytes written at {@code [0, size())}; valid until the next write. */
    public byte[] array() {
        return buf;
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
        if (!Character.isSurrogate(c)) {
            encode(c);
            return i;
        }
        int cp = s.codePointAt(i);
        if (cp < 0x10000) {
            throw new IllegalArgumentException("unpaired surrogate at position " + i);
        }
        encode(cp);
        return i + 1;
    }

    /** As {@link #encode(String, int)} for the chars of {@code chars} before {@code end}. */
    private int encode(char[] chars, int i, int end) {
        char c = chars[i];
        if (!Character.isSurrogate(c)) {
            encode(c);
            return i;
        }
        int cp = Character.codePointAt(chars, i, end);
        if (cp < 0x10000) {
            throw new IllegalArgumentException("unpaired surrogate at position " + i);
        }
        encode(cp);
        return i + 1;
    }

    /** Writes the code point {@code cp} (not ASCII, not a surrogate) as UTF-8. */
    private void encode(int cp) {
        ensure(4);
        if (cp < 0x800) {
            buf[size++] = (byte) (0xC0 | (cp >> 6));
            buf[size++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf[size++] = (byte) (0xE0 | (cp >> 12));
            buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buf[size++] = (byte) (0xF0 | (cp >> 18));
            buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    /** Makes room for at least {@code bytes} more bytes. */
    private void ensure(int bytes) {
        if (buf.length - size < bytes) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + bytes));
        }
    }
}
