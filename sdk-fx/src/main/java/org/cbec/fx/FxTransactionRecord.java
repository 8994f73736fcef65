package org.cbec.fx;

import java.time.LocalDateTime;
import java.util.Objects;
import org.cbec.core.validation.Sensitivity;

/**
 * One cross-border FX transaction as a payment institution reports it after its authenticity check (真实性审核):
 * one record per payment, built from the order, the payment and the waybill or inventory.
 *
 * <p>{@link #toString()} masks the payer, so records can be logged; {@link FxRecords} exports them unmasked,
 * as the report requires.
 *
 * <pre>{@code
 * FxTransactionRecord r = FxTransactionRecord.of(order, payment, waybill);
 * FxRecords.writeCsv(List.of(r), writer);
 * }</pre>
 *
 * @param orderNo 订单编号
 * @param payTransactionId 支付交易编号
 * @param payCode 支付企业代码
 * @param payerName 付款人 (personal)
 * @param payerIdNumber 付款人证件号码 (personal)
 * @param payeeCode 收款人代码
 * @param payeeName 收款人名称
 * @param amount 金额 and 币制 as paid
 * @param logisticsCode 物流企业代码
 * @param logisticsNo 物流运单编号
 * @param goodsSummary goods, from the order or else the waybill
 * @param paidAt 支付时间
 */
public record FxTransactionRecord(
        String orderNo,
        String payTransactionId,
        String payCode,
        String payerName,
        String payerIdNumber,
        String payeeCode,
        String payeeName,
        Money amount,
        String logisticsCode,
        String logisticsNo,
        String goodsSummary,
        LocalDateTime paidAt) {

    /** {@code orderNo}, {@code payTransactionId}, {@code amount} and {@code logisticsNo} are required. */
    public FxTransactionRecord {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(payTransactionId, "payTransactionId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(logisticsNo, "logisticsNo");
    }

    /**
     * The record of {@code payment}; the three must carry one order number. Amount, currency, payer and payee
     * are the payment's (the funds actually moved), goods the order's summary or else the shipment's goods.
     */
    public static FxTransactionRecord of(OrderFacts order, PaymentFacts payment, ShipmentFacts shipment) {
        if (!order.orderNo().equals(payment.orderNo()) || !order.orderNo().equals(shipment.orderNo())) {
            throw new IllegalArgumentException("order " + order.orderNo() + ", payment " + payment.payTransactionId()
                    + " (order " + payment.orderNo() + ") and shipment " + shipment.logisticsNo() + " (order "
                    + shipment.orderNo() + ") are not one sale");
        }
        String goods = order.goodsSummary() != null && !order.goodsSummary().isBlank() ? order.goodsSummary() : shipment.goodsInfo();
        return new FxTransactionRecord(order.orderNo(), payment.payTransactionId(), payment.payCode(),
                payment.payerName(), payment.payerIdNumber(), payment.payeeCode(), payment.payeeName(),
                payment.amount(), shipment.logisticsCode(), shipment.logisticsNo(), goods, payment.paidAt());
    }

    /** Personal values are masked. */
    @Override
    public String toString() {
        return "FxTransactionRecord[orderNo=" + orderNo + ", payTransactionId=" + payTransactionId + ", payCode=" + payCode
                + ", payerName=" + Sensitivity.NAME.mask(payerName)
                + ", payerIdNumber=" + Sensitivity.ID_NUMBER.mask(payerIdNumber) + ", payeeCode=" + payeeCode
                + ", payeeName=" + payeeName + ", amount=" + amount + ", logisticsCode=" + logisticsCode
                + ", logisticsNo=" + logisticsNo + ", goodsSummary=" + goodsSummary + ", paidAt=" + paidAt + "]";
    }
}
