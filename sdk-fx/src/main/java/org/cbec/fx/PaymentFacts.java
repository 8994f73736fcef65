package org.cbec.fx;

import java.time.LocalDateTime;
import java.util.Objects;
import org.cbec.core.validation.Sensitivity;

/**
 * The funds flow of one sale: what sdk-fx needs from a payment (CEB411 支付单). Read it from a CEB411 message with
 * {@link MessageFacts#payments}, or build it with {@link #builder()}.
 *
 * <pre>{@code
 * PaymentFacts payment = PaymentFacts.builder().payCode("312226T001").payTransactionId("PAY-1").orderNo("ORDER-1")
 *         .payeeCode("1105910159").payeeName("平台").payerName("张三").payerIdNumber("110101199003074514")
 *         .amount(Money.of("179.70", CurrencyCode.CNY)).paidAt(LocalDateTime.of(2026, 11, 23, 10, 5)).build();
 * }</pre>
 *
 * @param payCode 支付企业代码
 * @param payTransactionId 支付交易编号
 * @param orderNo 订单编号 the payment is for
 * @param payeeCode 收款方 (电商平台代码 in CEB411)
 * @param payeeName 收款方名称
 * @param payerName 支付人姓名 (personal)
 * @param payerIdNumber 支付人证件号码 (personal)
 * @param amount 支付金额 and 币制
 * @param paidAt 支付时间; its date selects the central parity rate when currencies differ
 */
public record PaymentFacts(
        String payCode,
        String payTransactionId,
        String orderNo,
        String payeeCode,
        String payeeName,
        String payerName,
        String payerIdNumber,
        Money amount,
        LocalDateTime paidAt) {

    /** {@code payTransactionId}, {@code orderNo}, {@code amount} and {@code paidAt} are required. */
    public PaymentFacts {
        Objects.requireNonNull(payTransactionId, "payTransactionId");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paidAt");
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        return new Builder().payCode(payCode).payTransactionId(payTransactionId).orderNo(orderNo).payeeCode(payeeCode)
                .payeeName(payeeName).payerName(payerName).payerIdNumber(payerIdNumber).amount(amount).paidAt(paidAt);
    }

    /** Personal values are masked. */
    @Override
    public String toString() {
        return "PaymentFacts[payCode=" + payCode + ", payTransactionId=" + payTransactionId + ", orderNo=" + orderNo
                + ", payeeCode=" + payeeCode + ", payeeName=" + payeeName
                + ", payerName=" + Sensitivity.NAME.mask(payerName)
                + ", payerIdNumber=" + Sensitivity.ID_NUMBER.mask(payerIdNumber)
                + ", amount=" + amount + ", paidAt=" + paidAt + "]";
    }

    /** Builder of {@link PaymentFacts}. */
    public static final class Builder {
        private String payCode;
        private String payTransactionId;
        private String orderNo;
        private String payeeCode;
        private String payeeName;
        private String payerName;
        private String payerIdNumber;
        private Money amount;
        private LocalDateTime paidAt;

        private Builder() {
        }

        /** Sets 支付企业代码. */
        public Builder payCode(String v) { payCode = v; return this; }
        /** Sets 支付交易编号. */
        public Builder payTransactionId(String v) { payTransactionId = v; return this; }
        /** Sets 订单编号. */
        public Builder orderNo(String v) { orderNo = v; return this; }
        /** Sets the payee's code. */
        public Builder payeeCode(String v) { payeeCode = v; return this; }
        /** Sets the payee's name. */
        public Builder payeeName(String v) { payeeName = v; return this; }
        /** Sets 支付人姓名. */
        public Builder payerName(String v) { payerName = v; return this; }
        /** Sets 支付人证件号码. */
        public Builder payerIdNumber(String v) { payerIdNumber = v; return this; }
        /** Sets 支付金额 with its currency. */
        public Builder amount(Money v) { amount = v; return this; }
        /** Sets 支付时间. */
        public Builder paidAt(LocalDateTime v) { paidAt = v; return this; }

        /** The facts. */
        public PaymentFacts build() {
            return new PaymentFacts(payCode, payTransactionId, orderNo, payeeCode, payeeName, payerName, payerIdNumber,
                    amount, paidAt);
        }
    }
}
