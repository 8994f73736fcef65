package org.cbec.client;

import java.util.List;
import java.util.Optional;

import org.cbec.client.status.Status;
import org.cbec.core.envelope.DxpRepCode;
import org.cbec.customs.receipt.CustomsStatus;
import org.cbec.customs.receipt.ReceiptTable;
import org.cbec.customs.receipt.ReceiptTables;

/**
 * The client's status model over sdk-customs' receipt tables: which {@link Status} a receipt moves its message to
 * (from {@link CustomsStatus}: inspection, detention, re-shipment and closure stay distinct), and whether a status is
 * final for a message of a given type ({@link ReceiptTables}: an order ends at 120, a cancellation, return, inbound
 * detail or return tally at 399, an inventory at 800).
 *
 * <table>
 *   <caption>returnStatus → Status</caption>
 *   <tr><th>returnStatus</th><th>{@link CustomsStatus}</th><th>{@link Status}</th></tr>
 *   <tr><td>1</td><td>STORED</td><td>STORED</td></tr>
 *   <tr><td>2, 3</td><td>DECLARING, SENT_TO_CUSTOMS</td><td>DECLARING</td></tr>
 *   <tr><td>120</td><td>ENTERED</td><td>ENTERED</td></tr>
 *   <tr><td>300, 505, 600</td><td>MANUAL_REVIEW, HANDED_OVER, SUSPENDED</td><td>MANUAL_REVIEW</td></tr>
 *   <tr><td>399</td><td>CONCLUDED</td><td>CONCLUDED</td></tr>
 *   <tr><td>500</td><td>INSPECTION</td><td>INSPECTION</td></tr>
 *   <tr><td>501, 502, 503, 599</td><td>DETAINED_*</td><td>DETAINED</td></tr>
 *   <tr><td>4, negative</td><td>SENDING_FAILED, PROCESSING_ERROR</td><td>ERROR</td></tr>
 *   <tr><td>100</td><td>REJECTED</td><td>REJECTED</td></tr>
 *   <tr><td>800</td><td>RELEASED</td><td>RELEASED</td></tr>
 *   <tr><td>700</td><td>RESHIPPED</td><td>RESHIPPED</td></tr>
 *   <tr><td>899</td><td>CLOSED</td><td>CLOSED</td></tr>
 * </table>
 *
 * <pre>{@code
 * Statuses.ofReturnStatus("500");                          // Optional[INSPECTION]
 * Statuses.isFinal("CEB311Message", Status.ENTERED);       // true: an order's table ends at 120
 * Statuses.isFinal("CEB621Message", Status.CONCLUDED);     // false: an inventory goes on to 800
 * Statuses.isFinal("CEB623Message", Status.CONCLUDED);     // true: a cancellation ends at 399
 * }</pre>
 */
public final class Statuses {

    private Statuses() {
    }

    /** The status of a customs {@code returnStatus}, or empty for a code no receipt table knows (or no number). */
    public static Optional<Status> ofReturnStatus(String returnStatus) {
        return CustomsStatus.of(returnStatus).map(Statuses::of);
    }

    /** The client status of a customs status. */
    public static Status of(CustomsStatus s) {
        return switch (s) {
            case STORED -> Status.STORED;
            case DECLARING, SENT_TO_CUSTOMS -> Status.DECLARING;
            case ENTERED -> Status.ENTERED;
            case MANUAL_REVIEW, HANDED_OVER, SUSPENDED -> Status.MANUAL_REVIEW;
            case CONCLUDED -> Status.CONCLUDED;
            case INSPECTION -> Status.INSPECTION;
            case DETAINED_CLEARANCE, DETAINED_ANTI_SMUGGLING, DETAINED_LEGAL, DETAINED_OTHER -> Status.DETAINED;
            case SENDING_FAILED, PROCESSING_ERROR -> Status.ERROR;
            case REJECTED -> Status.REJECTED;
            case RELEASED -> Status.RELEASED;
            case RESHIPPED -> Status.RESHIPPED;
            case CLOSED -> Status.CLOSED;
        };
    }

    /**
     * The status a receipt moves its message to, if any: a CEB900 format check is {@link Status#FORMAT_ERROR}, an
     * exchange error code {@link Status#EXCHANGE_ERROR}, a customs receipt what its {@code returnStatus} stands for.
     */
    public static Optional<Status> of(ReceiptEvent receipt) {
        return switch (receipt.kind()) {
            case FORMAT_CHECK -> Optional.of(Status.FORMAT_ERROR);
            case EXCHANGE -> DxpRepCode.Category.of(receipt.returnStatus()).filter(c -> c != DxpRepCode.Category.OTHER)
                    .map(c -> Status.EXCHANGE_ERROR);
            case CUSTOMS -> ofReturnStatus(receipt.returnStatus());
        };
    }

    /**
     * Whether a message of {@code messageType} ({@code CEB311Message} or {@code CEB311}) with {@code status} expects no
     * further receipt: the status is {@link Status#isTerminal() terminal}, or it is where the type's receipt table ends
     * ({@link ReceiptTable#completion()}). A type without a table ends only at a terminal status.
     */
    public static boolean isFinal(String messageType, Status status) {
        if (status.isTerminal()) {
            return true;
        }
        return ReceiptTables.find(messageType)
                .map(t -> t.completion().stream().map(Statuses::ofReturnStatus).anyMatch(s -> s.equals(Optional.of(status))))
                .orElse(false);
    }

    /**
     * The finer customs status after {@code receipts} in any order: the highest-ranked {@link CustomsStatus} a customs
     * receipt carried, inspection, each detention, re-shipment and closure apart (as {@link ReceiptTable#standing});
     * empty when no customs receipt carried a status.
     */
    public static Optional<CustomsStatus> customsStatus(List<ReceiptEvent> receipts) {
        CustomsStatus current = null;
        for (ReceiptEvent r : receipts) {
            if (r.kind() == ReceiptEvent.Kind.CUSTOMS) {
                Optional<CustomsStatus> next = CustomsStatus.of(r.returnStatus());
                if (next.isPresent()) {
                    current = current == null ? next.get() : current.advance(next.get());
                }
            }
        }
        return Optional.ofNullable(current);
    }
}
