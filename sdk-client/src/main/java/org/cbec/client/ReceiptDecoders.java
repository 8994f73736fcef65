package org.cbec.client;

import org.cbec.client.internal.GenericReceiptDecoder;

/**
 * The built-in {@link ReceiptDecoder}s.
 *
 * <pre>{@code
 * List<ReceiptEvent> receipts = ReceiptDecoders.generic().decode(inboxFileBytes);
 * }</pre>
 */
public final class ReceiptDecoders {

    private ReceiptDecoders() {
    }

    /**
     * Reads, with hardened XML parsing: a {@code DxpMsg} or {@code DxpMsgSv} (and what it carries); a {@code DxpRep}
     * (one {@link ReceiptEvent.Kind#EXCHANGE} receipt per response, correlated by {@code OriHead/CopMsgId}); a CEB900
     * ({@link ReceiptEvent.Kind#FORMAT_CHECK}, correlated by {@code oriCopMsgId}); any other CEB message's
     * {@code *Return} nodes ({@code guid}, {@code returnStatus}, {@code returnTime}, {@code returnInfo}); an export summary
     * result (CEB792) as one receipt per {@code SummaryResultHead}, named by the summary application's guid, without a
     * {@code returnStatus} (its info gives {@code sumNo}, {@code declSeqNo} and {@code decState}).
     */
    public static ReceiptDecoder generic() {
        return GenericReceiptDecoder.INSTANCE;
    }
}
