package org.cbec.client.status;

/**
 * Where a submitted message stands, ranked: a message's status only ever moves to a higher rank, so duplicate and
 * out-of-order receipts cannot move it back (a late 120 after 800 changes nothing; inspected then released is the
 * normal course). Stores persist a status by its {@link #name()} and {@link #rank()}: names are never renamed, new
 * statuses get new ranks.
 *
 * <p>Which status ends a filing depends on its type's receipt table (an order ends at {@link #ENTERED} 120, a
 * cancellation at {@link #CONCLUDED} 399, an inventory at {@link #RELEASED} 800): {@code Submission.isFinal()} and
 * {@code org.cbec.client.Statuses} in sdk-client say so per type. {@link #isTerminal()} is the type-independent part:
 * no receipt table goes on from these.
 *
 * <pre>{@code
 * Status s = submission.await(Status.RELEASED, Duration.ofMinutes(30));
 * if (s.isFailure()) alert(submission.guid(), s);
 * }</pre>
 */
public enum Status {
    /** Built, not yet signed. */
    CREATED(0, false, false),
    /** Signed. */
    SIGNED(10, false, false),
    /** In the durable outbox, waiting to be sent. */
    QUEUED(20, false, false),
    /** Accepted by the exchange platform. */
    SENT(30, false, false),
    /** returnStatus 1: stored at the E-Port. */
    STORED(40, false, false),
    /** returnStatus 2 or 3: being declared, or sent on to customs. */
    DECLARING(50, false, false),
    /** returnStatus 120: entered into the customs database; where orders, payments and waybills end. */
    ENTERED(60, false, false),
    /** returnStatus 300 (manual review), 505 (handed over) or 600 (suspended): waiting for customs' people. */
    MANUAL_REVIEW(65, false, false),
    /** returnStatus 399: customs concluded; where cancellations, returns and summaries end. */
    CONCLUDED(70, false, false),
    /** returnStatus 500: selected for inspection; normally followed by a release. */
    INSPECTION(74, false, false),
    /** returnStatus 501, 502, 503 or 599: detained, out of e-commerce clearance (a later release still counts). */
    DETAINED(78, true, true),
    /** The outbox gave up sending it (permanent failure or out of attempts); see {@code CebClient#deadLetters()}. */
    DEAD_LETTER(80, true, true),
    /** The exchange platform refused it (a DxpRep error code). */
    EXCHANGE_ERROR(85, true, true),
    /** CEB900: the format check refused it. */
    FORMAT_ERROR(86, true, true),
    /** A negative returnStatus (or 4, sending to customs failed): a processing error. */
    ERROR(87, true, true),
    /** returnStatus 100: rejected by customs. */
    REJECTED(90, true, true),
    /** returnStatus 800: released. */
    RELEASED(100, true, false),
    /** returnStatus 700 (退运): re-shipped abroad after customs' decision. */
    RESHIPPED(105, true, false),
    /** returnStatus 899 (结关): closed. */
    CLOSED(110, true, false);

    private final int rank;
    private final boolean terminal;
    private final boolean failure;

    Status(int rank, boolean terminal, boolean failure) {
        this.rank = rank;
        this.terminal = terminal;
        this.failure = failure;
    }

    /** Higher ranks win. */
    public int rank() {
        return rank;
    }

    /**
     * Whether no further status is expected whatever the message type (a failure, a detention, a release, a
     * re-shipment or a closure); a type's own end may come earlier, see {@code Submission.isFinal()}.
     */
    public boolean isTerminal() {
        return terminal;
    }

    /** A failure: dead letter, refused by the exchange, format error, processing error, rejected, or detained. */
    public boolean isFailure() {
        return failure;
    }

    /** Whether this status is at least as far as {@code other}, or terminal. */
    public boolean reached(Status other) {
        return terminal || rank >= other.rank;
    }
}
