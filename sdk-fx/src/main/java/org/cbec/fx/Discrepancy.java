package org.cbec.fx;

import java.util.Objects;

/**
 * One disagreement between the flows of one order, with its stable code and a reason a person can act on.
 * The detail never shows personal data in clear.
 *
 * <pre>{@code
 * // FX-R04 ORDER-7 [PAY-7]: paid 170.00 CNY, order 179.70 CNY, allowed difference 0.01 CNY
 * }</pre>
 *
 * @param code why
 * @param orderNo the order number concerned
 * @param reference the payment transaction id or logistics number concerned, or {@code null}
 * @param detail the reason with the values compared (personal data masked)
 */
public record Discrepancy(DiscrepancyCode code, String orderNo, String reference, String detail) {

    /** {@code code}, {@code orderNo} and {@code detail} are required. */
    public Discrepancy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(detail, "detail");
    }

    /** {@code "FX-R04 ORDER-7 [PAY-7]: …"}. */
    @Override
    public String toString() {
        return code.code() + " " + orderNo + (reference == null ? "" : " [" + reference + "]") + ": " + detail;
    }
}
