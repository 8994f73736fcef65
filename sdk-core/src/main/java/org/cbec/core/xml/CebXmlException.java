package org.cbec.core.xml;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * Input that is not acceptable XML for the SDK: malformed, too large or too deep, or carrying a DTD, which the SDK
 * never processes (it is how XXE and billion-laughs attacks arrive). The {@link #code()} says which limit or rule
 * was hit ({@code XML_*} of {@link ErrorCode}, {@code UNSUPPORTED_MESSAGE}, {@code RECEIPT_*}); {@link #line()} where,
 * when known.
 */
public final class CebXmlException extends CebException {
    private static final long serialVersionUID = 1L;

    private final int line;

    public CebXmlException(ErrorCode code, String message, int line) {
        super(code, line > 0 ? message + " (line " + line + ")" : message);
        this.line = line;
    }

    public CebXmlException(ErrorCode code, String message, int line, Throwable cause) {
        super(code, line > 0 ? message + " (line " + line + ")" : message, cause);
        this.line = line;
    }

    /** One-based line of the input where the problem was found, or 0 when unknown. */
    public int line() {
        return line;
    }
}
