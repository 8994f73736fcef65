package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Amounts in CNY: fen (scale 2), rounded half up. */
public final class Money {

    /** Scale of an amount in fen. */
    public static final int FEN = 2;

    private Money() {
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
