package org.cbec.core.envelope;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A DXP envelope ({@code DxpMsg}, {@code DxpMsgSv}, {@code DxpRep}) that breaks the 202205 envelope schema or the
 * field rules of the message specification (chapters 4 and 5), whether it is being built or read. The
 * {@link #code()} says what kind of problem it is ({@code DXP_INVALID_FIELD}, {@code DXP_MISSING_ELEMENT},
 * {@code DXP_UNEXPECTED_CONTENT}), {@link #path()} names the element, and the message adds the rule
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

    private final String path;

    public DxpEnvelopeException(ErrorCode code, String path, String message) {
        super(code, path + ": " + message);
        this.path = path;
    }

    /** Slash-separated path of the offending element, e.g. {@code DxpMsg/TransInfo/SenderId}; attributes as {@code @ver}. */
    public String path() {
        return path;
    }
}
