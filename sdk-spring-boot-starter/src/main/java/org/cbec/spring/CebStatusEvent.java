package org.cbec.spring;

import java.util.Objects;
import java.util.Optional;

import org.cbec.client.ReceiptEvent;
import org.cbec.client.status.Status;

/**
 * A submission's status moved forward, published as a Spring application event by the starter's {@code CebClient}
 * (plain {@code SubmissionListener} beans are told too). Published on the client's thread, synchronously: a listener
 * that does slow work should be {@code @Async}.
 *
 * <pre>{@code
 * @EventListener
 * void onStatus(CebStatusEvent e) {
 *     if (e.status().isFailure()) alerts.raise(e.guid(), e.status(), e.receipt().map(ReceiptEvent::info).orElse(""));
 * }
 * }</pre>
 *
 * @param guid    the message guid
 * @param status  its new status
 * @param receipt the receipt that moved it, or {@code null} (sent, dead-lettered)
 */
public record CebStatusEvent(String guid, Status status, ReceiptEvent receipt) {

    public CebStatusEvent {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(status, "status");
    }

    /** The receipt that moved the status; empty when the client itself moved it (sent, dead-lettered). */
    public Optional<ReceiptEvent> receiptEvent() {
        return Optional.ofNullable(receipt);
    }
}
