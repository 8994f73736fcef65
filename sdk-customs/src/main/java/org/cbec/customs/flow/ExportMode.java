package org.cbec.customs.flow;

import java.util.Arrays;
import org.cbec.customs.codes.ExportOrderType;

/**
 * The three ways of cross-border e-commerce export, each with its trade mode (贸易方式) on the inventory and its order
 * type on the order (spec 2.1.4 and the 202205 revision notes).
 *
 * <pre>{@code
 * ExportMode.ofTradeMode("9710").orderType(); // ExportOrderType.B2B
 * }</pre>
 */
public enum ExportMode {
    /** 9610: retail (B2C) export, parcel by parcel. */
    B2C_9610("9610", ExportOrderType.B2C),
    /** 9710: B2B direct export (customs announcement 2020 No. 75). */
    B2B_9710("9710", ExportOrderType.B2B),
    /** 9810: export to an overseas warehouse; the order is the warehouse booking (海外仓订仓单). */
    OVERSEAS_WAREHOUSE_9810("9810", ExportOrderType.OVERSEAS_WAREHOUSE);

    private final String tradeMode;
    private final ExportOrderType orderType;

    ExportMode(String tradeMode, ExportOrderType orderType) {
        this.tradeMode = tradeMode;
        this.orderType = orderType;
    }

    /** {@code tradeMode} of the inventory (CEB603). */
    public String tradeMode() {
        return tradeMode;
    }

    /** {@code orderType} of the order (CEB303). */
    public ExportOrderType orderType() {
        return orderType;
    }

    /**
     * The mode of a trade mode code.
     *
     * @throws IllegalArgumentException for any other code
     */
    public static ExportMode ofTradeMode(String tradeMode) {
        return Arrays.stream(values()).filter(m -> m.tradeMode.equals(tradeMode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an e-commerce export trade mode: " + tradeMode
                        + " (expected 9610, 9710 or 9810)"));
    }
}
