package org.cbec.fx;

import java.time.LocalDateTime;
import java.util.Objects;
import org.cbec.core.validation.Sensitivity;

/**
 * The information flow of one sale: what sdk-fx needs from an order (CEB311 import order; CEB303 export
 * orders use {@link ExportOrderFacts}). Build it with {@link #builder()} or from a message with
 * {@link MessageFacts#orders}.
 *
 * <pre>{@code
 * OrderFacts order = OrderFacts.builder().orderNo("ORDER-1").ebpCode("1105910159").ebpName("平台")
 *         .payCode("312226T001").payTransactionId("PAY-1").buyerName("张三").buyerIdNumber("110101199003074514")
 *         .consignee("张三").paid(Money.of("179.70", CurrencyCode.CNY)).goodsSummary("面霜 x2").build();
 * }</pre>
 *
 * @param orderNo 订单编号
 * @param ebpCode 电商平台代码: the payee of the buyer's payment
 * @param ebpName 电商平台名称
 * @param payCode 支付企业代码: the payment institution
 * @param payTransactionId 支付交易编号
 * @param buyerName 订购人姓名 (personal)
 * @param buyerIdNumber 订购人证件号码 (personal)
 * @param consignee 收货人姓名 (personal)
 * @param paid 实际支付金额 and 币制
 * @param goodsSummary goods in one line, e.g. {@code "面霜 x2; 精华 x3"}
 * @param orderedAt when the order was placed or filed; may be {@code null}
 */
public record OrderFacts(
        String orderNo,
        String ebpCode,
        String ebpName,
        String payCode,
        String payTransactionId,
        String buyerName,
        String buyerIdNumber,
        String consignee,
        Money paid,
        String goodsSummary,
        LocalDateTime orderedAt) {

    /** {@code orderNo} and {@code paid} are required. */
    public OrderFacts {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(paid, "paid");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder().orderNo(orderNo).ebpCode(ebpCode).ebpName(ebpName).payCode(payCode)
                .payTransactionId(payTransactionId).buyerName(buyerName).buyerIdNumber(buyerIdNumber)
                .consignee(consignee).paid(paid).goodsSummary(goodsSummary).orderedAt(orderedAt);
    }

    /** Personal values are masked. */
    @Override
    public String toString() {
        return "OrderFacts[orderNo=" + orderNo + ", ebpCode=" + ebpCode + ", ebpName=" + ebpName + ", payCode=" + payCode
                + ", payTransactionId=" + payTransactionId + ", buyerName=" + Sensitivity.NAME.mask(buyerName)
                + ", buyerIdNumber=" + Sensitivity.ID_NUMBER.mask(buyerIdNumber)
                + ", consignee=" + Sensitivity.NAME.mask(consignee) + ", paid=" + paid
                + ", goodsSummary=" + goodsSummary + ", orderedAt=" + orderedAt + "]";
    }

    /** Builder of {@link OrderFacts}. */
    public static final class Builder {
        private String orderNo;
        private String ebpCode;
        private String ebpName;
        private String payCode;
        private String payTransactionId;
        private String buyerName;
        private String buyerIdNumber;
        private String consignee;
        private Money paid;
        private String goodsSummary;
        private LocalDateTime orderedAt;

        private Builder() {
        }

        /** Sets 订单编号. */
        public Builder orderNo(String v) { orderNo = v; return this; }
        /** Sets 电商平台代码 (the payee). */
        public Builder ebpCode(String v) { ebpCode = v; return this; }
        /** Sets 电商平台名称. */
        public Builder ebpName(String v) { ebpName = v; return this; }
        /** Sets 支付企业代码. */
        public Builder payCode(String v) { payCode = v; return this; }
        /** Sets 支付交易编号. */
        public Builder payTransactionId(String v) { payTransactionId = v; return this; }
        /** Sets 订购人姓名. */
        public Builder buyerName(String v) { buyerName = v; return this; }
        /** Sets 订购人证件号码. */
        public Builder buyerIdNumber(String v) { buyerIdNumber = v; return this; }
        /** Sets 收货人姓名. */
        public Builder consignee(String v) { consignee = v; return this; }
        /** Sets 实际支付金额 with its currency. */
        public Builder paid(Money v) { paid = v; return this; }
        /** Sets the goods summary. */
        public Builder goodsSummary(String v) { goodsSummary = v; return this; }
        /** Sets when the order was placed. */
        public Builder orderedAt(LocalDateTime v) { orderedAt = v; return this; }

        /** The facts; {@code orderNo} and {@code paid} are required. */
        public OrderFacts build() {
            return new OrderFacts(orderNo, ebpCode, ebpName, payCode, payTransactionId, buyerName, buyerIdNumber,
                    consignee, paid, goodsSummary, orderedAt);
        }
    }
}
