package org.cbec.core.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cbec.core.error.ErrorCode;

/**
 * Strict decoding of a whole document before it is parsed: the encoding is the byte-order mark's, else the XML
 * declaration's, else UTF-8, and every byte must be valid in it. Parsers decode many encodings through Java readers
 * that silently put U+FFFD in place of bad bytes, so a message could be validated and signed with content its sender
 * never wrote; here it is refused with {@link SecurityCodes#XML_ENCODING}, naming the byte offset and line.
 */
final class XmlEncoding {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");
    /** The declaration must end within this many bytes to be read (it is about 40 bytes). */
    private static final int DECLARATION_MAX = 256;

    private XmlEncoding() {
    }

    /**
     * Refuses {@code xml} when its bytes are not valid in its encoding.
     *
     * @throws CebXmlException with code {@link SecurityCodes#XML_ENCODING}
     */
    static void check(byte[] xml) {
        Charset charset = charset(xml);
        if (charset == null) {
            return; // UTF-16 or UTF-32 without a BOM: the parser detects and decodes those strictly itself
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(xml);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, xml.length + 16));
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                throw new CebXmlException(ErrorCode.XML_ENCODING, "byte " + at + " (0x" + String.format("%02x", xml[at] & 0xff)
                        + ") is not valid " + charset.name() + ", the document's encoding; nothing is read in its place", line(xml, at));
            }
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            break;
        }
    }

    /** The document's charset, or null when the parser is left to detect it. */
    private static Charset charset(byte[] xml) {
        if (xml.length >= 3 && (xml[0] & 0xff) == 0xEF && (xml[1] & 0xff) == 0xBB && (xml[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (xml.length >= 2 && ((xml[0] & 0xff) == 0xFE && (xml[1] & 0xff) == 0xFF || (xml[0] & 0xff) == 0xFF && (xml[1] & 0xff) == 0xFE)) {
            return null;
        }
        if (xml.length >= 2 && (xml[0] == 0 || xml[1] == 0)) {
            return null;
        }
        String head = new String(xml, 0, Math.min(xml.length, DECLARATION_MAX), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CebXmlException(ErrorCode.XML_ENCODING, "the declared encoding '" + name + "' is not one this JVM can decode", 1);
        }
    }

    private static int line(byte[] xml, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo; i++) {
            if (xml[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
