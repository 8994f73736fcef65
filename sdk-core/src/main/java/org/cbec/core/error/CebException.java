package org.cbec.core.error;

import java.util.Objects;

/**
 * Base of every exception the SDK throws on purpose. Each carries an {@link ErrorCode} from the one catalogue: a stable
 * {@link #code() code} that callers can switch on and that does not change between releases, whether
 * {@link #retryable() retrying} can help, and a message written for the person who has to fix the input.
 *
 * <pre>{@code
 * try {
 *     codec.read(bytes, Ceb311Message.SPEC);
 * } catch (CebException e) {
 *     log.warn("{}: {}", e.code(), e.getMessage());
 *     if (e.errorCode() == ErrorCode.XML_TOO_LARGE) { ... }
 * }
 * }</pre>
 */
public class CebException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /** An exception of {@code code} with {@code message}. */
    public CebException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** An exception of {@code code} with {@code message}, caused by {@code cause}. */
    public CebException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Stable machine-readable error code, for example {@code XML_DOCTYPE}; {@code errorCode().code()}. */
    public String code() {
        return code.code();
    }

    /** The catalogue entry: meaning, whether retrying helps, what to do. */
    public ErrorCode errorCode() {
        return code;
    }

    /** Whether the same operation may succeed when tried again later, unchanged. */
    public boolean retryable() {
        return code.retryable();
    }
}
