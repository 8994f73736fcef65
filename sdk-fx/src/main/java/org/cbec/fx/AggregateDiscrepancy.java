package org.cbec.fx;

import java.util.Objects;

/**
 * One finding of the aggregate check, with its stable code.
 *
 * <pre>{@code
 * // FX-A01 3301960XYZ USD: collected 180.00 USD of 200.00 USD declared (difference -20.00 USD, allowed 2.00 USD)
 * }</pre>
 *
 * @param code       why
 * @param sellerCode the seller
 * @param currency   the currency compared, or {@code null} for a finding about the seller as a whole
 * @param detail     the amounts compared
 */
public record AggregateDiscrepancy(AggregateCode code, String sellerCode, String currency, String detail) {

    /** Code, seller and detail are required. */
    public AggregateDiscrepancy {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sellerCode, "sellerCode");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return code.code() + " " + sellerCode + (currency == null ? "" : " " + currency) + ": " + detail;
    }
}
