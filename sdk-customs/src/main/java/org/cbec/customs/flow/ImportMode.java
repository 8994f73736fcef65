package org.cbec.customs.flow;

import java.util.Arrays;
import org.cbec.customs.codes.TradeMode;

/**
 * The three ways of cross-border e-commerce import, each with the trade mode of its inventory (spec 3.9.4).
 *
 * <pre>{@code
 * ImportMode.ofTradeMode("1210").bonded(); // true
 * }</pre>
 */
public enum ImportMode {
    /** 9610: direct purchase (直购进口), parcel by parcel from abroad. */
    RETAIL_9610(TradeMode.RETAIL_9610),
    /** 1210: bonded import (网购保税进口) from stock in a bonded area of a pilot city. */
    BONDED_1210(TradeMode.BONDED_1210),
    /** 1239: bonded import A, in cities outside the pilot list. */
    BONDED_1239(TradeMode.BONDED_A_1239);

    private final TradeMode tradeMode;

    ImportMode(TradeMode tradeMode) {
        this.tradeMode = tradeMode;
    }

    /** {@code tradeMode} of the inventory (CEB621). */
    public String tradeMode() {
        return tradeMode.code();
    }

    /** Whether the goods come from bonded stock: the inventory needs the bonded fields (保税模式必填) and the stock its inbound details (CEB711). */
    public boolean bonded() {
        return this != RETAIL_9610;
    }

    /**
     * The mode of a trade mode code.
     *
     * @throws IllegalArgumentException for any other code
     */
    public static ImportMode ofTradeMode(String tradeMode) {
        return Arrays.stream(values()).filter(m -> m.tradeMode().equals(tradeMode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an e-commerce import trade mode: " + tradeMode
                        + " (expected 9610, 1210 or 1239)"));
    }
}
