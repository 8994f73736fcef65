package org.cbec.client;

/**
 * What {@link CebClient#importReceipts} did with a set of inbound envelopes (e.g. unmatched receipts exported from
 * another store): each is processed as if the transport had delivered it.
 *
 * <pre>{@code
 * ReceiptImport r = client.importReceipts(envelopes);
 * log.info("{} envelopes: {} receipts recorded, {} kept unmatched", r.envelopes(), r.recorded(), r.keptUnmatched());
 * }</pre>
 *
 * @param envelopes     how many envelopes were given
 * @param recorded      receipts recorded for their messages now (a receipt already recorded is not counted again)
 * @param keptUnmatched envelopes that name no message of this store (or could not be decoded), kept as unmatched
 */
public record ReceiptImport(int envelopes, int recorded, int keptUnmatched) {
}
