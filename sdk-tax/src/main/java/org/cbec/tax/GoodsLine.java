package org.cbec.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One goods line of a parcel, as declared on the inventory (CEB621 {@code InventoryList}): what it is, how many, and
 * its price in CNY. The rates come from {@link #rates()} when set, else from the {@link org.cbec.tax.spi.TaxRateTable}
 * by {@link #taxCategory()} and then by {@link #hsCode()}.
 *
 * <pre>{@code
 * GoodsLine lipstick = GoodsLine.builder().itemNo(1).itemName("口红").hsCode("3304100091")
 *         .quantity(new BigDecimal("2")).value(new BigDecimal("600.00")).build();
 * }</pre>
 *
 * @param itemNo        the line number ({@code gnum}), from 1
 * @param itemName      the goods name
 * @param hsCode        the customs commodity code (10 digits), or {@code null}
 * @param taxCategory   a category key of the rate table, or {@code null}
 * @param quantity      the declared quantity, positive
 * @param legalQuantity the quantity in the unit of the specific consumption tax (e.g. tonnes of beer), or {@code null}
 *                      to use {@code quantity}
 * @param value         the line's total price in CNY, whole fen, not negative (freight and insurance are given per
 *                      parcel and allocated to the lines)
 * @param rates         rates for this line overriding the table, or {@code null}
 */
public record GoodsLine(int itemNo, String itemName, String hsCode, String taxCategory, BigDecimal quantity,
                        BigDecimal legalQuantity, BigDecimal value, TaxRates rates) {

    public GoodsLine {
        if (itemNo < 1) {
            throw new IllegalArgumentException("itemNo starts at 1: " + itemNo);
        }
        Objects.requireNonNull(itemName, "itemName");
        if (hsCode != null && !hsCode.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("hsCode is up to 10 digits: " + hsCode);
        }
        if (hsCode == null && taxCategory == null && rates == null) {
            throw new IllegalArgumentException("line " + itemNo + " needs an hsCode, a taxCategory or rates");
        }
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        if (legalQuantity != null && legalQuantity.signum() < 0) {
            throw new IllegalArgumentException("legalQuantity must not be negative: " + legalQuantity);
        }
        value = CnyAmounts.exactFen("value", value);
    }

    /** The quantity the specific consumption tax is levied on. */
    public BigDecimal taxQuantity() {
        return legalQuantity != null ? legalQuantity : quantity;
    }

    /** A builder; quantity defaults to 1. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GoodsLine}. */
    public static final class Builder {
        private int itemNo = 1;
        private String itemName = "";
        private String hsCode;
        private String taxCategory;
        private BigDecimal quantity = BigDecimal.ONE;
        private BigDecimal legalQuantity;
        private BigDecimal value;
        private TaxRates rates;

        private Builder() {
        }

        /** The line number ({@code gnum}), from 1; default 1. */
        public Builder itemNo(int itemNo) {
            this.itemNo = itemNo;
            return this;
        }

        /** The goods name. */
        public Builder itemName(String itemName) {
            this.itemName = itemName;
            return this;
        }

        /** The 10-digit customs commodity code. */
        public Builder hsCode(String hsCode) {
            this.hsCode = hsCode;
            return this;
        }

        /** A category key of the rate table. */
        public Builder taxCategory(String taxCategory) {
            this.taxCategory = taxCategory;
            return this;
        }

        /** The declared quantity; default 1. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** The quantity in the unit of the specific consumption tax. */
        public Builder legalQuantity(BigDecimal legalQuantity) {
            this.legalQuantity = legalQuantity;
            return this;
        }

        /** The line's total price in CNY, whole fen. */
        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        /** Rates overriding the table. */
        public Builder rates(TaxRates rates) {
            this.rates = rates;
            return this;
        }

        public GoodsLine build() {
            return new GoodsLine(itemNo, itemName, hsCode, taxCategory, quantity, legalQuantity, value, rates);
        }
    }
}
