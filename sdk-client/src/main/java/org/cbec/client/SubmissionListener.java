package org.cbec.client;

import org.cbec.client.status.Status;

/**
 * Told whenever a message's status moves forward (never backward: see {@link Status}). Called on a client thread; keep
 * it quick and do not block.
 *
 * <pre>{@code
 * client.addListener((guid, status, receipt) -> {
 *     if (status.isFailure()) alerts.raise(guid, status, receipt == null ? null : receipt.info());
 * });
 * }</pre>
 */
@FunctionalInterface
public interface SubmissionListener {

    /**
     * @param guid    the message guid
     * @param status  its new status
     * @param receipt the receipt that moved it, or {@code null} (sent, dead-lettered)
     */
    void onStatus(String guid, Status status, ReceiptEvent receipt);
}
