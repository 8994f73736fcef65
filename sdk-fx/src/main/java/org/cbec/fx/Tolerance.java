package org.cbec.fx;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far two amounts of one currency may differ and still agree: the larger of a fraction of the expected
 * amount and a number of minor units.
 *
 * <pre>{@code
 * Tolerance.minorUnits(1);                  // one cent (one yen for JPY)
 * Tolerance.of(new BigDecimal("0.005"), 1); // 0.5 % of the expected amount, at least one minor unit
 * }</pre>
 *
 * @param relative the fraction of the expected amount, 0 or more
 * @param minorUnits the absolute allowance in minor units of the currency, 0 or more
 */
public record Tolerance(BigDecimal relative, int minorUnits) {

    /** Both parts are 0 or more. */
    public Tolerance {
        Objects.requireNonNull(relative, "relative");
        if (relative.signum() < 0 || minorUnits < 0) {
            throw new IllegalArgumentException("a tolerance is not negative: " + relative + ", " + minorUnits);
        }
    }

    /** No difference allowed. */
    public static Tolerance none() {
        return new Tolerance(BigDecimal.ZERO, 0);
    }

    /** An absolute allowance of {@code n} minor units. */
    public static Tolerance minorUnits(int n) {
        return new Tolerance(BigDecimal.ZERO, n);
    }

    /** The larger of {@code relative} × expected and {@code minorUnits} minor units. */
    public static Tolerance of(BigDecimal relative, int minorUnits) {
        return new Tolerance(relative, minorUnits);
    }

    /** The largest difference allowed around {@code expected}, in its currency. */
    public Money allowance(Money expected) {
        BigDecimal abs = expected.minorUnit().multiply(BigDecimal.valueOf(minorUnits));
        BigDecimal rel = expected.amount().abs().multiply(relative);
        return Money.of(abs.max(rel), expected.currency());
    }

    /** Whether {@code actual} is within the allowance around {@code expected}; both in one currency. */
    public boolean allows(Money expected, Money actual) {
        return actual.minus(expected).abs().compareTo(allowance(expected)) <= 0;
    }
}
