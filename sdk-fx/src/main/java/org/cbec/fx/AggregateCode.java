package org.cbec.fx;

/**
 * Why a seller's declared exports and collected payments disagree over a period (总量核查). The codes are stable, like
 * the reconciliation's {@code FX-R..}.
 *
 * <pre>{@code
 * report.discrepancies().stream().filter(d -> d.code() == AggregateCode.COLLECTED_SHORT).count();
 * AggregateCode.COLLECTED_SHORT.code(); // "FX-A01"
 * }</pre>
 */
public enum AggregateCode {
    /** Collected less than the released exports' value, beyond the tolerance. */
    COLLECTED_SHORT("FX-A01", "collected less than the declared exports' value beyond the tolerance"),
    /** Collected more than the released exports' value, beyond the tolerance (receipts without goods). */
    COLLECTED_OVER("FX-A02", "collected more than the declared exports' value beyond the tolerance"),
    /** A seller with exports or receipts has no trade FX registration (名录登记) among those given. */
    NOT_REGISTERED("FX-A03", "the seller has no trade FX registration (名录登记)"),
    /** No rate to show a currency's amounts in the reporting currency. */
    RATE_MISSING("FX-A04", "no exchange rate for the reporting currency");

    private final String code;
    private final String description;

    AggregateCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The stable code, {@code FX-A01} to {@code FX-A04}. */
    public String code() {
        return code;
    }

    /** What the code means. */
    public String description() {
        return description;
    }
}
