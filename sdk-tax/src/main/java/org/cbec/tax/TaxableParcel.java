package org.cbec.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cbec.core.validation.Sensitivity;

/**
 * One cross-border retail import (one inventory, 清单) for one buyer: its goods lines, and the freight and insurance
 * the buyer paid for the parcel, all in CNY. The dutiable value is the actual transaction price: goods, freight and
 * insurance. Prices in another currency are converted to CNY first, at customs' monthly exchange rate.
 * {@link #toString()} masks the buyer's ID number.
 *
 * <pre>{@code
 * TaxableParcel parcel = TaxableParcel.builder()
 *         .orderNo("ORDER-1").buyerIdNumber("110101199003074514")
 *         .addLine(lipstick).freight(new BigDecimal("20.00"))
 *         .build();
 * }</pre>
 *
 * @param orderNo       the order number, or {@code null}
 * @param buyerIdNumber the buyer's ID number (订购人证件号码); the annual limit is counted per ID
 * @param lines         the goods lines, at least one, with distinct item numbers
 * @param freight       freight in CNY, whole fen, not negative
 * @param insurance     insurance in CNY, whole fen, not negative
 */
public record TaxableParcel(String orderNo, String buyerIdNumber, List<GoodsLine> lines, BigDecimal freight,
                            BigDecimal insurance) {

    public TaxableParcel {
        Objects.requireNonNull(buyerIdNumber, "buyerIdNumber");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a parcel has at least one goods line");
        }
        if (lines.stream().mapToInt(GoodsLine::itemNo).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("goods lines need distinct item numbers");
        }
        freight = CnyAmounts.exactFen("freight", freight);
        insurance = CnyAmounts.exactFen("insurance", insurance);
    }

    /** The sum of the lines' values. */
    public BigDecimal goodsValue() {
        return lines.stream().map(GoodsLine::value).reduce(CnyAmounts.fen(BigDecimal.ZERO), BigDecimal::add);
    }

    /** Goods + freight + insurance: the amount compared with the single-transaction limit and counted each year. */
    public BigDecimal dutiableValue() {
        return goodsValue().add(freight).add(insurance);
    }

    /**
     * True when the parcel is one indivisible item: a single goods line of quantity 1 (one article cannot be split
     * into several parcels).
     */
    public boolean singleIndivisibleItem() {
        return lines.size() == 1 && lines.get(0).quantity().compareTo(BigDecimal.ONE) == 0;
    }

    @Override
    public String toString() {
        return "TaxableParcel[orderNo=" + orderNo + ", buyerIdNumber=" + Sensitivity.ID_NUMBER.mask(buyerIdNumber)
                + ", lines=" + lines + ", freight=" + freight + ", insurance=" + insurance + "]";
    }

    /** A builder; freight and insurance default to 0. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaxableParcel}. */
    public static final class Builder {
        private String orderNo;
        private String buyerIdNumber;
        private final List<GoodsLine> lines = new ArrayList<>();
        private BigDecimal freight = BigDecimal.ZERO;
        private BigDecimal insurance = BigDecimal.ZERO;

        private Builder() {
        }

        public Builder orderNo(String orderNo) {
            this.orderNo = orderNo;
            return this;
        }

        /** The buyer's ID number; never logged or shown in clear. */
        public Builder buyerIdNumber(String buyerIdNumber) {
            this.buyerIdNumber = buyerIdNumber;
            return this;
        }

        public Builder addLine(GoodsLine line) {
            lines.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        public Builder lines(List<GoodsLine> lines) {
            this.lines.clear();
            this.lines.addAll(lines);
            return this;
        }

        /** Freight in CNY, whole fen. */
        public Builder freight(BigDecimal freight) {
            this.freight = freight;
            return this;
        }

        /** Insurance in CNY, whole fen. */
        public Builder insurance(BigDecimal insurance) {
            this.insurance = insurance;
            return this;
        }

        public TaxableParcel build() {
            return new TaxableParcel(orderNo, buyerIdNumber, lines, freight, insurance);
        }
    }
}
