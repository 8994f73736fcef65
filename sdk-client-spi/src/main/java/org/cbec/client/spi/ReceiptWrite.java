package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.util.Objects;

/**
 * One receipt to record for a stored message, and the status it moves the message to once recorded; an element of
 * {@link MessageStore#recordReceipts}.
 *
 * <pre>{@code
 * List<ReceiptOutcome> outcomes = store.recordReceipts(List.of(new ReceiptWrite(guid, receipt, "RELEASED", 90)));
 * }</pre>
 *
 * @param id      the message the receipt belongs to
 * @param receipt the receipt, recorded once by its {@link StoredReceipt#key()}
 * @param status  the status to advance to when the receipt is recorded (see {@link MessageStore#advanceStatus}), or
 *                {@code null} when the receipt moves no status
 */
public record ReceiptWrite(String id, StoredReceipt receipt, Status status) {

    public ReceiptWrite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receipt, "receipt");
    }
}
