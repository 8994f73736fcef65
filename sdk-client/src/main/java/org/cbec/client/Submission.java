package org.cbec.client;

import org.cbec.client.status.Status;
import org.cbec.customs.receipt.CustomsStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A handle on one submitted message. Its state lives in the store, so a handle obtained after a restart
 * ({@link CebClient#submission(String)}) sees the same thing.
 *
 * <pre>{@code
 * Submission s = client.submit(order);
 * if (s.alreadySubmitted()) log.info("{} was filed at {}: {}", s.guid(), s.submittedAt(), s.status());
 * Status st = s.await(Status.RELEASED, Duration.ofMinutes(30));   // an order returns ENTERED: its table ends at 120
 * s.receipts().forEach(r -> log.info("{} {}", r.returnStatus(), r.info()));
 * }</pre>
 */
public interface Submission {

    /** The message guid, also its {@code CopMsgId}. */
    String guid();

    /** The message type, e.g. {@code CEB311Message}. */
    String messageType();

    /** When the message entered the outbox (the first submit of its guid). */
    Instant submittedAt();

    /**
     * Whether this handle came from a submit that found the guid already stored with the same content and destination
     * (the guid is an idempotency key: nothing was stored or sent again). {@code false} for handles from queries.
     */
    boolean alreadySubmitted();

    /** The current status. */
    Status status();

    /**
     * Whether the current status ends this message's filing: a terminal status, or the last status of its type's
     * receipt table (120 for an order, 399 for a cancellation or return, 800 for an inventory; see {@link Statuses}).
     */
    default boolean isFinal() {
        return Statuses.isFinal(messageType(), status());
    }

    /**
     * The finer customs status read from the receipts (inspection 500, each detention 501–599, re-shipment 700, closure
     * 899 apart), or empty before the first customs receipt.
     */
    default Optional<CustomsStatus> customsStatus() {
        return Statuses.customsStatus(receipts());
    }

    /** The receipts recorded so far, each once, in arrival order. */
    List<ReceiptEvent> receipts();

    /**
     * Waits until the status has reached {@code target} (see {@link Status#reached}), or this message's filing has ended
     * ({@link #isFinal()}: a terminal status, or the last status of its type's receipt table), or until {@code timeout}
     * passed. An order awaited to {@code RELEASED} thus returns {@code ENTERED} at 120, where the order's table ends:
     * customs sends an order no release; the parcel's release is its inventory's (CEB621 → 800).
     *
     * @return the status then, which the caller compares with {@code target} (or checks with {@link #isFinal()})
     */
    Status await(Status target, Duration timeout) throws InterruptedException;
}
