package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.cbec.tax.CnyAmounts;

/** Splits an amount in fen across lines in proportion to their weights. */
public final class Allocation {

    private Allocation() {
    }

    /**
     * {@code amount} split in proportion to {@code weights}: every share but the last is rounded down to the fen,
     * the last takes the remainder, so the shares are never negative and sum exactly to {@code amount}. When all
     * weights are 0 the last line takes everything.
     */
    public static List<BigDecimal> proportional(BigDecimal amount, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to allocate to");
        }
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>(weights.size());
        BigDecimal given = CnyAmounts.fen(BigDecimal.ZERO);
        for (int i = 0; i < weights.size() - 1; i++) {
            BigDecimal share = total.signum() == 0 ? CnyAmounts.fen(BigDecimal.ZERO)
                    : amount.multiply(weights.get(i)).divide(total, CnyAmounts.FEN, RoundingMode.DOWN);
            shares.add(share);
            given = given.add(share);
        }
        shares.add(CnyAmounts.fen(amount).subtract(given));
        return shares;
    }
}
