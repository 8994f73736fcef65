package org.cbec.client.spi;

/**
 * Where a stored message stands in delivery (its business status, from receipts, is separate).
 *
 * <pre>{@code
 * long waiting = store.count(DeliveryState.PENDING);
 * }</pre>
 */
public enum DeliveryState {
    /** Waiting to be sent, first time or again after a failed attempt. */
    PENDING,
    /** The exchange platform accepted it. */
    SENT,
    /** Given up after the last attempt or a permanent failure; kept with its reason. */
    DEAD_LETTER
}
