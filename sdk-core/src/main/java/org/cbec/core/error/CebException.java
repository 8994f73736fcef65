package org.cbec.core.error;

/**
 * Base of every exception the SDK throws on purpose. Each carries a stable {@link #code() code} that callers can
 * switch on and that does not change between releases, and a message written for the person who has to fix the
 * input.
 *
 * <pre>{@code
 * try {
 *     codec.read(bytes, Ceb311Message.SPEC);
 * } catch (CebException e) {
 *     log.warn("{}: {}", e.code(), e.getMessage());
 * }
 * }</pre>
 */
public class CebException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public CebException(String code, String message) {
        super(message);
        this.code = code;
    }

    public CebException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable machine-readable error code, for example {@code XML_DOCTYPE}. */
    public String code() {
        return code;
    }
}
