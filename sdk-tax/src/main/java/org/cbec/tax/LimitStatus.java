package org.cbec.tax;

/**
 * Where a parcel stands against the retail import limits (财关税〔2018〕49号): 5,000 CNY per transaction and 26,000 CNY
 * per buyer and calendar year, both inclusive.
 */
public enum LimitStatus {
    /** Within both limits: duty 0, consumption tax and VAT at 70 % of the statutory amount; counted in the year. */
    WITHIN_LIMITS(true, true, true),
    /**
     * One indivisible item above the single-transaction limit but within the annual limit: it may still be imported
     * as a retail import, taxed in full as general trade, and counted in the year.
     */
    INDIVISIBLE_ITEM_OVER_SINGLE_LIMIT(true, false, true),
    /** Above the single-transaction limit and divisible: not a retail import; general trade, full tax. */
    OVER_SINGLE_LIMIT(false, false, false),
    /** The buyer's year would exceed the annual limit: not a retail import; general trade, full tax. */
    OVER_ANNUAL_LIMIT(false, false, false);

    private final boolean retailImport;
    private final boolean preferential;
    private final boolean counted;

    LimitStatus(boolean retailImport, boolean preferential, boolean counted) {
        this.retailImport = retailImport;
        this.preferential = preferential;
        this.counted = counted;
    }

    /** True when the parcel may be cleared as a cross-border retail import (9610 / 1210). */
    public boolean retailImport() {
        return retailImport;
    }

    /** True when the preferential rates apply (duty 0, 70 % of consumption tax and VAT). */
    public boolean preferential() {
        return preferential;
    }

    /** True when the parcel's value counts against the buyer's annual limit once released. */
    public boolean countsTowardsAnnualLimit() {
        return counted;
    }
}
