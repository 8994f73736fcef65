package org.cbec.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.cbec.client.status.Status;

/**
 * One receipt event: a customs {@code *Return} node, a CEB900 format-check result, or one response of an exchange
 * platform {@code DxpRep}. Its {@link #key()} identifies it, so the same receipt taken twice is recorded once.
 *
 * <pre>{@code
 * for (ReceiptEvent r : submission.receipts()) {
 *     log.info("{} {} {}", r.messageType(), r.returnStatus(), r.returnTime());
 * }
 * }</pre>
 *
 * @param kind         what produced it
 * @param messageType  the receipt's type, e.g. {@code CEB312Message}, {@code CEB900Message}, {@code DxpRep}
 * @param guid         the answered document's guid, or {@code null}
 * @param copMsgId     the answered envelope's {@code CopMsgId} (CEB900 {@code oriCopMsgId}, DxpRep {@code OriHead}), or {@code null}
 * @param copNo        the answered document's {@code copNo} (the enterprise's own number, which inventory, cancellation,
 *                     delivery, waybill and summary receipts carry), or {@code null}; used to find the submission when
 *                     the guid names none, not kept by the store (so {@code null} in {@code Submission.receipts()})
 * @param returnStatus the code as received (returnStatus or DxpRep ResponseCode)
 * @param returnTime   the time as received ({@code YYYYMMDDhhmmssfff} for customs), or {@code null}
 * @param info         the text, or {@code null}
 */
public record ReceiptEvent(Kind kind, String messageType, String guid, String copMsgId, String copNo, String returnStatus, String returnTime,
        String info) {

    /** What produced a receipt. */
    public enum Kind {
        /** A customs receipt ({@code CEB312}, {@code CEB622}, …). */
        CUSTOMS,
        /** CEB900, the format-check receipt. */
        FORMAT_CHECK,
        /** The exchange platform's {@code DxpRep}. */
        EXCHANGE
    }

    public ReceiptEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageType, "messageType");
        if (guid == null && copMsgId == null && copNo == null) {
            throw new IllegalArgumentException("a receipt names the answered document guid, copNo or CopMsgId");
        }
    }

    /**
     * The status this receipt moves its message to, if any: a CEB900 format check is {@link Status#FORMAT_ERROR}, an
     * exchange error code {@link Status#EXCHANGE_ERROR}, a customs receipt what its {@code returnStatus} stands for
     * ({@link Statuses}).
     */
    public java.util.Optional<Status> status() {
        return Statuses.of(this);
    }

    /**
     * A stable identity of this receipt: the same receipt received twice has the same key. The {@code copNo} is left out:
     * the guid or CopMsgId, code, time and text identify a receipt.
     */
    public String key() {
        String all = String.join("\u0000", kind.name(), messageType, String.valueOf(guid), String.valueOf(copMsgId),
                String.valueOf(returnStatus), String.valueOf(returnTime), String.valueOf(info));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
