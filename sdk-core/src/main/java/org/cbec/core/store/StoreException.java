package org.cbec.core.store;

/**
 * A store could not read or write durably; the operation did not take effect (or its effect is unknown for a failed
 * commit, in which case the message id makes a retried {@code enqueue} safe).
 *
 * <pre>{@code
 * try { store.enqueue(entry); } catch (StoreException e) { // not accepted: tell the caller }
 * }</pre>
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public StoreException(String message, Throwable cause) {
        this(null, message, cause);
    }

    /** With a stable code, e.g. {@code STORE_LOCKED} or {@code STORE_NO_SPACE} ({@link org.cbec.core.SecurityCodes}). */
    public StoreException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The stable code of a failure the store could name, or {@code null}. */
    public String code() {
        return code;
    }
}
