package org.cbec.insights.risk;

/**
 * The risk pre-checks (风险防控), each with a stable code that may be stored, counted and matched on: what customs'
 * risk engine is likely to see, seen first.
 *
 * <pre>{@code
 * RiskRule.SPLIT_ORDER.code(); // "RISK-01"
 * }</pre>
 */
public enum RiskRule {
    /** 拆单: one buyer's orders of the same or similar goods within the window, each under the single limit, together over it. */
    SPLIT_ORDER("RISK-01", "拆单: one purchase split into several orders to stay under the single-transaction limit"),
    /** A buyer nearing (configurable share) or over the annual limit across the platform's filings. */
    ANNUAL_LIMIT("RISK-02", "a buyer nearing or over the annual limit across this platform's filings"),
    /** One telephone number for many buyers (the 代购 pattern). */
    SHARED_PHONE("RISK-03", "one telephone number shared by many buyers (代购)"),
    /** One delivery address for many buyers (the 代购 pattern). */
    SHARED_ADDRESS("RISK-04", "one delivery address shared by many buyers (代购)"),
    /** A declared unit price far below or above the same item's history on this platform. */
    PRICE_DEVIATION("RISK-05", "a declared price far from the same item's history on this platform");

    private final String code;
    private final String description;

    RiskRule(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The stable code, {@code RISK-01} to {@code RISK-05}. */
    public String code() {
        return code;
    }

    /** What the rule looks for. */
    public String description() {
        return description;
    }
}
