package org.cbec.insights.facts;

import java.util.Locale;
import java.util.Optional;
import org.cbec.customs.codes.ReturnStatus;
import org.cbec.customs.receipt.ReceiptStatus;

/**
 * Where a filed document stands, for reporting: the receipts it got, folded into one status that only moves up
 * ({@link #rank()}), so a late 120 after 800 changes nothing.
 *
 * <p>A store adapter maps the client's status by name with {@link #ofClientStatus(String)}: {@code CREATED},
 * {@code SIGNED} and {@code QUEUED} are {@link #QUEUED}; {@code STORED} and {@code DECLARING} are {@link #DECLARING};
 * {@code DEAD_LETTER}, {@code EXCHANGE_ERROR}, {@code FORMAT_ERROR} and {@code ERROR} are {@link #ERROR}; the others
 * keep their name.
 *
 * <pre>{@code
 * FilingStatus.of(ReceiptStatus.of("800"));   // RELEASED
 * FilingStatus.of(ReceiptStatus.of("-621005")); // ERROR
 * FilingStatus.ofClientStatus("DEAD_LETTER");  // ERROR
 * }</pre>
 */
public enum FilingStatus {
    /** Not yet accepted by the exchange platform. */
    QUEUED(0),
    /** Accepted by the exchange platform, no receipt yet. */
    SENT(10),
    /** returnStatus 1, 2, 3: stored or being declared at the E-Port, sent to customs. */
    DECLARING(20),
    /** returnStatus 120, 300, 500–600: in customs' hands (entered, manual review, inspection, detained, suspended). */
    ENTERED(30),
    /** returnStatus 399: concluded (the last status of cancellations, returns, bonded inbound). */
    CONCLUDED(40),
    /** A processing error (negative returnStatus or 4), a format-check refusal (CEB900) or a send that failed for good. */
    ERROR(80),
    /** returnStatus 100: rejected by customs (退单). */
    REJECTED(90),
    /** returnStatus 700: returned abroad (退运). */
    RETURNED(95),
    /** returnStatus 800 or 899: released (放行) or closed (结关). */
    RELEASED(100);

    private final int rank;

    FilingStatus(int rank) {
        this.rank = rank;
    }

    /** Higher ranks win when receipts are folded. */
    public int rank() {
        return rank;
    }

    /** Whether the document was refused: {@link #REJECTED} or {@link #ERROR}. */
    public boolean isRefusal() {
        return this == REJECTED || this == ERROR;
    }

    /** The higher-ranked of the two. */
    public FilingStatus max(FilingStatus other) {
        return other == null || rank >= other.rank ? this : other;
    }

    /** The status a receipt's {@code returnStatus} stands for. */
    public static FilingStatus of(ReceiptStatus status) {
        if (status.isProcessingError()) {
            return ERROR;
        }
        Optional<ReturnStatus> s = status.status();
        if (s.isEmpty()) {
            return SENT;
        }
        return switch (s.get()) {
            case STORED, DECLARING, SENT_TO_CUSTOMS -> DECLARING;
            case SENDING_FAILED -> ERROR;
            case REJECTED -> REJECTED;
            case CONCLUDED -> CONCLUDED;
            case RETURNED -> RETURNED;
            case RELEASED, CLOSED -> RELEASED;
            default -> ENTERED;
        };
    }

    /** The status of the client's status name ({@code org.cbec.client.status.Status}), see the class comment. */
    public static FilingStatus ofClientStatus(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "CREATED", "SIGNED", "QUEUED" -> QUEUED;
            case "STORED", "DECLARING" -> DECLARING;
            case "DEAD_LETTER", "EXCHANGE_ERROR", "FORMAT_ERROR", "ERROR" -> ERROR;
            default -> valueOf(name.toUpperCase(Locale.ROOT));
        };
    }
}
