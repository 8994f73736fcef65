package org.cbec.client;

import java.util.List;

/**
 * Turns one inbound envelope into the receipt events it carries. The built-in
 * {@link org.cbec.client.ReceiptDecoders#generic()} reads any CEB receipt, CEB900 and DxpRep, bare or in a
 * {@code DxpMsg}.
 *
 * <pre>{@code
 * ReceiptDecoder decoder = bytes -> myGatewayFormat(bytes);
 * CebClient.builder()...receiptDecoder(decoder).build();
 * }</pre>
 */
@FunctionalInterface
public interface ReceiptDecoder {

    /**
     * The receipts in {@code inbound}; empty when it carries none the client can correlate (e.g. a tax bill).
     *
     * @throws RuntimeException when the bytes cannot be read; the client logs it and archives the envelope
     */
    List<ReceiptEvent> decode(byte[] inbound);
}
