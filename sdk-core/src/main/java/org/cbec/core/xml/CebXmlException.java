package org.cbec.core.xml;

import org.cbec.core.CebException;

/**
 * Input that is not acceptable XML for the SDK: malformed, too large or too deep, or carrying a DTD, which the SDK
 * never processes (it is how XXE and billion-laughs attacks arrive). The {@link #code()} says which limit or rule
 * was hit; {@link #line()} where, when known.
 */
public final class CebXmlException extends CebException {
    private static final long serialVersionUID = 1L;

    /** Codes of {@link CebXmlException}. */
    public static final String DOCTYPE = "XML_DOCTYPE";
    public static final String TOO_LARGE = "XML_TOO_LARGE";
    public static final String TOO_DEEP = "XML_TOO_DEEP";
    public static final String TOO_MANY_ATTRIBUTES = "XML_TOO_MANY_ATTRIBUTES";
    public static final String MALFORMED = "XML_MALFORMED";
    public static final String UNEXPECTED_ROOT = "XML_UNEXPECTED_ROOT";
    /** Bytes not valid in the document's encoding ({@link org.cbec.core.SecurityCodes#XML_ENCODING}). */
    public static final String ENCODING = org.cbec.core.SecurityCodes.XML_ENCODING;

    private final int line;

    public CebXmlException(String code, String message, int line) {
        super(code, line > 0 ? message + " (line " + line + ")" : message);
        this.line = line;
    }

    public CebXmlException(String code, String message, int line, Throwable cause) {
        super(code, line > 0 ? message + " (line " + line + ")" : message, cause);
        this.line = line;
    }

    /** One-based line of the input where the problem was found, or 0 when unknown. */
    public int line() {
        return line;
    }
}
