package org.cbec.insights.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.cbec.core.model.CustomsTime;

/**
 * What reporting and risk rules need to know about one filed document (one business node of a message: an order, a
 * payment, a waybill, an inventory, a cancellation…), as plain values. Personal data is kept only as
 * {@link PartyKey}s (hashed and masked). Build it from typed messages and receipts with {@link FilingFacts}, or with
 * {@link #builder()} in a store adapter.
 *
 * <pre>{@code
 * FilingFact f = FilingFact.builder().guid(guid).messageType("CEB621").orderNo("ORDER-1")
 *         .submittedAt(submitted).status(FilingStatus.RELEASED).releasedAt(released)
 *         .currency("142").value(new BigDecimal("179.70")).build();
 * f.month(); // 2026-11, in China time
 * }</pre>
 *
 * @param guid          the document's {@code guid} (the business node's), or the message's when it has none
 * @param messageGuid   the message's {@code guid}
 * @param messageType   e.g. {@code CEB621}
 * @param orderNo       订单编号, or {@code null}
 * @param invtNo        清单编号 (from customs' receipt for an inventory; the original inventory for a cancellation or
 *                      return), or {@code null}
 * @param documentNo    the number people know the document by: {@code invtNo}, {@code orderNo}, {@code logisticsNo},
 *                      {@code payTransactionId} or {@code copNo}, whichever comes first; never {@code null}
 * @param tradeMode     贸易方式 (9610, 1210, 9710, 9810…), or {@code null} when the document has none
 * @param customsCode   申报海关代码, or {@code null}
 * @param ebpCode       电商平台代码, or {@code null}
 * @param ebcCode       电商企业代码, or {@code null}
 * @param agentCode     申报企业代码, or {@code null}
 * @param buyer         the buyer (订购人, or the payer of a payment), hashed and masked, or {@code null}
 * @param phone         the consignee's (else the buyer's) telephone, hashed and masked, or {@code null}
 * @param address       the delivery address, hashed and masked, or {@code null}
 * @param currency      the customs currency code of {@link #value()}, or {@code null}
 * @param value         the document's value (goods plus freight where declared; see {@link FilingFacts}), or
 *                      {@code null} when it has none
 * @param lines         the goods lines (orders, inventories, returns), possibly empty
 * @param submittedAt   when it was filed
 * @param status        where it stands
 * @param releasedAt    when it was released (the 800 receipt's time), or {@code null}
 * @param refusalCode   the returnStatus of the refusal ({@code 100}, {@code -621005}…, {@code CEB900} for a format
 *                      check), or {@code null}
 * @param refusalReason the refusal's text ({@code returnInfo}), or {@code null}
 * @param tax           the tax bill of a released import inventory, or {@code null}
 */
public record FilingFact(
        String guid,
        String messageGuid,
        String messageType,
        String orderNo,
        String invtNo,
        String documentNo,
        String tradeMode,
        String customsCode,
        String ebpCode,
        String ebcCode,
        String agentCode,
        PartyKey buyer,
        PartyKey phone,
        PartyKey address,
        String currency,
        BigDecimal value,
        List<LineFact> lines,
        Instant submittedAt,
        FilingStatus status,
        Instant releasedAt,
        String refusalCode,
        String refusalReason,
        TaxFact tax) {

    /** {@code guid}, {@code messageType}, {@code submittedAt} and {@code status} are required. */
    public FilingFact {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(status, "status");
        messageGuid = messageGuid == null ? guid : messageGuid;
        lines = lines == null ? List.of() : List.copyOf(lines);
        documentNo = documentNo != null ? documentNo : invtNo != null ? invtNo : orderNo != null ? orderNo : guid;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this fact's values. */
    public Builder toBuilder() {
        return new Builder().guid(guid).messageGuid(messageGuid).messageType(messageType).orderNo(orderNo).invtNo(invtNo)
                .documentNo(documentNo).tradeMode(tradeMode).customsCode(customsCode).ebpCode(ebpCode).ebcCode(ebcCode)
                .agentCode(agentCode).buyer(buyer).phone(phone).address(address).currency(currency).value(value)
                .lines(lines).submittedAt(submittedAt).status(status).releasedAt(releasedAt).refusalCode(refusalCode)
                .refusalReason(refusalReason).tax(tax);
    }

    /** The month it was filed, in China time. */
    public YearMonth month() {
        return YearMonth.from(CustomsTime.of(submittedAt));
    }

    /** The day it was filed, in China time. */
    public LocalDate submittedOn() {
        return CustomsTime.of(submittedAt).toLocalDate();
    }

    /** The day it was released, in China time, or {@code null}. */
    public LocalDate releasedOn() {
        return releasedAt == null ? null : CustomsTime.of(releasedAt).toLocalDate();
    }

    /** Builder of {@link FilingFact}. */
    public static final class Builder {
        private String guid;
        private String messageGuid;
        private String messageType;
        private String orderNo;
        private String invtNo;
        private String documentNo;
        private String tradeMode;
        private String customsCode;
        private String ebpCode;
        private String ebcCode;
        private String agentCode;
        private PartyKey buyer;
        private PartyKey phone;
        private PartyKey address;
        private String currency;
        private BigDecimal value;
        private List<LineFact> lines = List.of();
        private Instant submittedAt;
        private FilingStatus status = FilingStatus.SENT;
        private Instant releasedAt;
        private String refusalCode;
        private String refusalReason;
        private TaxFact tax;

        private Builder() {
        }

        /** Sets the document's guid. */
        public Builder guid(String v) { guid = v; return this; }
        /** Sets the message's guid. */
        public Builder messageGuid(String v) { messageGuid = v; return this; }
        /** Sets the message type, e.g. {@code CEB621}. */
        public Builder messageType(String v) { messageType = v; return this; }
        /** Sets the order number. */
        public Builder orderNo(String v) { orderNo = v; return this; }
        /** Sets the inventory number. */
        public Builder invtNo(String v) { invtNo = v; return this; }
        /** Sets the number people know the document by. */
        public Builder documentNo(String v) { documentNo = v; return this; }
        /** Sets the trade mode. */
        public Builder tradeMode(String v) { tradeMode = v; return this; }
        /** Sets the customs code. */
        public Builder customsCode(String v) { customsCode = v; return this; }
        /** Sets the platform's code. */
        public Builder ebpCode(String v) { ebpCode = v; return this; }
        /** Sets the seller's code. */
        public Builder ebcCode(String v) { ebcCode = v; return this; }
        /** Sets the declaring agent's code. */
        public Builder agentCode(String v) { agentCode = v; return this; }
        /** Sets the buyer. */
        public Builder buyer(PartyKey v) { buyer = v; return this; }
        /** Sets the telephone. */
        public Builder phone(PartyKey v) { phone = v; return this; }
        /** Sets the address. */
        public Builder address(PartyKey v) { address = v; return this; }
        /** Sets the customs currency code of the value. */
        public Builder currency(String v) { currency = v; return this; }
        /** Sets the value. */
        public Builder value(BigDecimal v) { value = v; return this; }
        /** Sets the goods lines. */
        public Builder lines(List<LineFact> v) { lines = v; return this; }
        /** Sets when it was filed. */
        public Builder submittedAt(Instant v) { submittedAt = v; return this; }
        /** Sets where it stands (default {@link FilingStatus#SENT}). */
        public Builder status(FilingStatus v) { status = v; return this; }
        /** Sets when it was released. */
        public Builder releasedAt(Instant v) { releasedAt = v; return this; }
        /** Sets the refusal's returnStatus. */
        public Builder refusalCode(String v) { refusalCode = v; return this; }
        /** Sets the refusal's text. */
        public Builder refusalReason(String v) { refusalReason = v; return this; }
        /** Sets the tax bill. */
        public Builder tax(TaxFact v) { tax = v; return this; }

        /** The fact. */
        public FilingFact build() {
            return new FilingFact(guid, messageGuid, messageType, orderNo, invtNo, documentNo, tradeMode, customsCode,
                    ebpCode, ebcCode, agentCode, buyer, phone, address, currency, value, lines, submittedAt, status,
                    releasedAt, refusalCode, refusalReason, tax);
        }
    }
}
