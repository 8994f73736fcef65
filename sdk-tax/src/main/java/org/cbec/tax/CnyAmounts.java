package org.cbec.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Amounts in CNY as sdk-tax computes them: {@link BigDecimal} at the fen (scale 2), rounded half up. Not a money type
 * (that is {@code org.cbec.fx.Money}, an amount with its currency): static helpers for plain CNY amounts.
 *
 * <pre>{@code
 * BigDecimal due = CnyAmounts.fen(new BigDecimal("95.545"));     // 95.55
 * BigDecimal price = CnyAmounts.exactFen("price", new BigDecimal("12.3"));   // 12.30; 12.345 is refused
 * }</pre>
 */
public final class CnyAmounts {

    /** Scale of an amount in fen. */
    public static final int FEN = 2;

    private CnyAmounts() {
    }

    /** {@code v} rounded to the fen, half up. */
    public static BigDecimal fen(BigDecimal v) {
        return v.setScale(FEN, RoundingMode.HALF_UP);
    }

    /** {@code v}, which must be non-negative and whole fen, at scale 2. */
    public static BigDecimal exactFen(String name, BigDecimal v) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + v);
        }
        try {
            return v.setScale(FEN, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " must be whole fen (2 decimals): " + v, e);
        }
    }
}
