package org.cbec.customs.receipt;

import java.time.LocalDateTime;

/**
 * One receipt line, whatever the receipt type: which message it answers, its status, when and why.
 *
 * <pre>{@code
 * for (CustomsReceipt r : CustomsReceipts.of(CebCodec.ofDefaults().read(xml, Ceb622Message.SPEC))) {
 *     if (r.status().isProcessingError()) log.warn("{} {}: {}", r.messageType(), r.invtNo(), r.status().text());
 * }
 * }</pre>
 *
 * @param messageType the receipt's type, e.g. {@code CEB622}
 * @param guid        the receipt line's {@code guid} (the E-Port's number of the answered document)
 * @param copNo       企业内部编号, when the receipt carries it
 * @param orderNo     订单编号, when the receipt carries it
 * @param invtNo      清单编号, when the receipt carries it
 * @param logisticsNo 物流运单编号, when the receipt carries it
 * @param preNo       预录入编号, when the receipt carries it
 * @param payTransactionId 支付交易编号, when the receipt carries it
 * @param status      回执状态
 * @param returnTime  回执时间, with milliseconds
 * @param returnInfo  回执信息
 */
public record CustomsReceipt(String messageType, String guid, String copNo, String orderNo, String invtNo, String logisticsNo,
                      String preNo, String payTransactionId, ReceiptStatus status, LocalDateTime returnTime, String returnInfo) {
}
