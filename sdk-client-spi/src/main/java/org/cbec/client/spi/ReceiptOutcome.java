package org.cbec.client.spi;

/**
 * What {@link MessageStore#recordReceipts} did with one {@link ReceiptWrite}.
 *
 * @param recorded whether the receipt was recorded now ({@code false}: it was already, or its message is unknown)
 * @param advanced whether the message's status moved to the write's status
 */
public record ReceiptOutcome(boolean recorded, boolean advanced) {
}
