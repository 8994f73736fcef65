package org.cbec.customs.crosscheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cbec.core.validation.Sensitivity;

/** What two messages of a parcel must agree on, collected as {@link Finding}s: the comparisons both 四单 checks share. */
final class Agreement {

    private final List<Finding> out = new ArrayList<>();

    /** A finding when both values are present and differ (after stripping); values shown masked by {@code sensitivity}. */
    void same(ParcelRule rule, String leftType, String leftPath, String left, String rightType, String rightPath, String right,
              Sensitivity sensitivity) {
        if (left != null && right != null && !Objects.equals(left.strip(), right.strip())) {
            out.add(new Finding(rule, new Finding.Side(leftType, leftPath, sensitivity.mask(left)),
                    new Finding.Side(rightType, rightPath, sensitivity.mask(right)), "the two messages must carry the same value"));
        }
    }

    /** A finding when both amounts are present and differ to the fen. */
    void amount(ParcelRule rule, String leftType, String leftPath, BigDecimal left, String rightType, String rightPath, BigDecimal right,
                String message) {
        if (left != null && right != null && fen(left).compareTo(fen(right)) != 0) {
            out.add(new Finding(rule, new Finding.Side(leftType, leftPath, left.toPlainString()),
                    new Finding.Side(rightType, rightPath, right.toPlainString()), message));
        }
    }

    void add(Finding finding) {
        out.add(finding);
    }

    /** Every finding, in rule order. */
    List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Finding::rule));
        return List.copyOf(sorted);
    }

    /** The sum, or {@code null} when a value is missing. */
    static BigDecimal sum(BigDecimal... values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    static BigDecimal fen(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
