package org.cbec.client.status;

import java.util.Optional;

/**
 * Where a submitted message stands, ranked: a message's status only ever moves to a higher rank, so duplicate and
 * out-of-order receipts cannot move it back (a late 120 after 800 changes nothing). The terminal statuses rank above
 * every intermediate one.
 *
 * <pre>{@code
 * Status s = submission.await(Status.RELEASED, Duration.ofMinutes(30));
 * if (s.isFailure()) alert(submission.guid(), s);
 * }</pre>
 */
public enum Status {
    /** Built, not yet signed. */
    CREATED(0, false),
    /** Signed. */
    SIGNED(10, false),
    /** In the durable outbox, waiting to be sent. */
    QUEUED(20, false),
    /** Accepted by the exchange platform. */
    SENT(30, false),
    /** returnStatus 1: stored at the E-Port. */
    STORED(40, false),
    /** returnStatus 2 or 3: being declared, or sent on to customs. */
    DECLARING(50, false),
    /** returnStatus 120 (and 300, 500–599, 600 on the way): entered into the customs database. */
    ENTERED(60, false),
    /** returnStatus 399: customs concluded. */
    CONCLUDED(70, false),
    /** The outbox gave up sending it (permanent failure or out of attempts); see {@code CebClient#deadLetters()}. */
    DEAD_LETTER(80, true),
    /** The exchange platform refused it (a DxpRep error code). */
    EXCHANGE_ERROR(85, true),
    /** CEB900: the format check refused it. */
    FORMAT_ERROR(86, true),
    /** A negative returnStatus (or 4, sending to customs failed): a processing error. */
    ERROR(87, true),
    /** returnStatus 100: rejected by customs. */
    REJECTED(90, true),
    /** returnStatus 800 or 899: released (or closed). */
    RELEASED(100, true);

    private final int rank;
    private final boolean terminal;

    Status(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    /** Higher ranks win. */
    public int rank() {
        return rank;
    }

    /** Whether no further status is expected. */
    public boolean isTerminal() {
        return terminal;
    }

    /** Terminal and not {@link #RELEASED}. */
    public boolean isFailure() {
        return terminal && this != RELEASED;
    }

    /** Whether this status is at least as far as {@code other}, or terminal. */
    public boolean reached(Status other) {
        return terminal || rank >= other.rank;
    }


    /** The status a customs {@code returnStatus} stands for, or empty for codes that do not move it. */
    public static Optional<Status> ofReturnStatus(String returnStatus) {
        int code;
        try {
            code = Integer.parseInt(returnStatus == null ? "" : returnStatus.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (code < 0) {
            return Optional.of(ERROR);
        }
        switch (code) {
            case 1:
                return Optional.of(STORED);
            case 2:
            case 3:
                return Optional.of(DECLARING);
            case 4:
                return Optional.of(ERROR);
            case 100:
                return Optional.of(REJECTED);
            case 120:
            case 300:
            case 500:
            case 501:
            case 502:
            case 503:
            case 505:
            case 599:
            case 600:
                return Optional.of(ENTERED);
            case 399:
                return Optional.of(CONCLUDED);
            case 800:
            case 899:
                return Optional.of(RELEASED);
            default:
                return Optional.empty();
        }
    }
}
