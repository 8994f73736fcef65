package org.cbec.client.spi;

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

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
