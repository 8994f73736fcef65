package org.cbec.client.spi;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;

/**
 * A store could not read or write durably; the operation did not take effect (or its effect is unknown for a failed
 * commit, in which case the message id makes a retried {@code enqueue} safe).
 *
 * <pre>{@code
 * try { store.enqueue(entry); } catch (StoreException e) { // not accepted: tell the caller }
 * }</pre>
 */
public class StoreException extends CebException {

    private static final long serialVersionUID = 1L;

    /** A failure of the store ({@code STORE_FAILED}, retryable: the message id makes a repeated enqueue safe). */
    public StoreException(String message, Throwable cause) {
        super(ErrorCode.STORE_FAILED, message, cause);
    }

    /** A failure the store could name: {@code STORE_LOCKED}, {@code STORE_NO_SPACE}, ... */
    public StoreException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
