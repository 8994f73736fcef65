package org.cbec.core.envelope;

import org.cbec.core.error.CebException;

/**
 * A DXP envelope ({@code DxpMsg}, {@code DxpMsgSv}, {@code DxpRep}) that breaks the 202205 envelope schema or the
 * field rules of the message specification (chapters 4 and 5), whether it is being built or read. The
 * {@link #code()} says what kind of problem it is, {@link #path()} names the element, and the message adds the rule
 * and the offending value.
 *
 * <pre>{@code
 * try {
 *     byte[] business = DxpEnvelopes.ofDefaults().unwrap(received);
 * } catch (DxpEnvelopeException e) {
 *     log.warn("{} at {}: {}", e.code(), e.path(), e.getMessage());
 * }
 * }</pre>
 */
public final class DxpEnvelopeException extends CebException {
    private static final long serialVersionUID = 1L;

    /** A value breaks a field rule: length, count, format, fixed value, Base64. */
    public static final String INVALID_FIELD = "DXP_INVALID_FIELD";
    /** A required element (or attribute) is absent or not where the schema's sequence puts it. */
    public static final String MISSING_ELEMENT = "DXP_MISSING_ELEMENT";
    /** An element, attribute or text the schema does not allow at that place. */
    public static final String UNEXPECTED_CONTENT = "DXP_UNEXPECTED_CONTENT";

    private final String path;

    public DxpEnvelopeException(String code, String path, String message) {
        super(code, path + ": " + message);
        this.path = path;
    }

    /** Slash-separated path of the offending element, e.g. {@code DxpMsg/TransInfo/SenderId}; attributes as {@code @ver}. */
    public String path() {
        return path;
    }
}
