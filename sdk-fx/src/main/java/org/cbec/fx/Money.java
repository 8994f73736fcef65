package org.cbec.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.cbec.customs.codes.CurrencyCode;

/**
 * An amount of money in a customs currency: a {@link BigDecimal} and a {@link CurrencyCode}, never a
 * floating-point number.
 *
 * <p>The amount keeps the scale it was given (customs amounts carry up to 5 decimals, N19,5); nothing is rounded
 * implicitly. {@link #rounded(RoundingMode)} rounds to the currency's ISO 4217 minor units with the mode the
 * caller names. Two amounts are equal when they have the same currency and the same numeric value:
 * {@code 10.00 USD} equals {@code 10 USD}.
 *
 * <pre>{@code
 * Money paid = Money.of("179.70", CurrencyCode.CNY);
 * Money yen = Money.of("1234.5", CurrencyCode.JPY).rounded(RoundingMode.HALF_UP); // 1235 JPY
 * paid.plus(Money.of("0.30", CurrencyCode.CNY));                                  // 180.00 CNY
 * }</pre>
 *
 * @param amount the amount, any sign and scale
 * @param currency the customs currency
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

    /** Both parts are required. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** An amount from its decimal text, e.g. {@code Money.of("12.50", CurrencyCode.USD)}. */
    public static Money of(String amount, CurrencyCode currency) {
        return new Money(new BigDecimal(Objects.requireNonNull(amount, "amount")), currency);
    }

    /** An amount. */
    public static Money of(BigDecimal amount, CurrencyCode currency) {
        return new Money(amount, currency);
    }

    /** Zero in a currency, at its minor units. */
    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO.setScale(Currencies.minorUnits(currency)), currency);
    }

    /** An amount given in minor units, e.g. {@code ofMinor(1050, USD)} is 10.50 USD. */
    public static Money ofMinor(long minorUnits, CurrencyCode currency) {
        return new Money(BigDecimal.valueOf(minorUnits, Currencies.minorUnits(currency)), currency);
    }

    /** The value of one minor unit of this currency: 0.01, or 1 for JPY and KRW. */
    public BigDecimal minorUnit() {
        return BigDecimal.ONE.movePointLeft(Currencies.minorUnits(currency));
    }

    /** This amount at the currency's minor units, rounded with {@code mode}. */
    public Money rounded(RoundingMode mode) {
        return new Money(amount.setScale(Currencies.minorUnits(currency), Objects.requireNonNull(mode, "mode")), currency);
    }

    /** Whether the amount has no more decimals than the currency's minor units. */
    public boolean isRounded() {
        return amount.stripTrailingZeros().scale() <= Currencies.minorUnits(currency);
    }

    /** The sum; both in the same currency. */
    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    /** The difference; both in the same currency. */
    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** The absolute value. */
    public Money abs() {
        return amount.signum() < 0 ? new Money(amount.negate(), currency) : this;
    }

    /** Whether the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether the amount is above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** The smaller of two amounts in the same currency. */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Compares amounts of the same currency; a different currency is an error, not an order. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** Same currency and same numeric value, whatever the scale. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency == m.currency && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /** {@code "179.70 CNY"}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + Currencies.iso(currency);
    }

    private Money same(Money other) {
        Objects.requireNonNull(other, "other");
        if (other.currency != currency) {
            throw new IllegalArgumentException("currency mismatch: " + Currencies.label(currency) + " and "
                    + Currencies.label(other.currency) + "; convert first");
        }
        return other;
    }
}
