package org.cbec.insights.internal;

import java.math.BigDecimal;
import java.util.TreeMap;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.FilingStatus;
import org.cbec.insights.stats.Totals;

/** The running totals of one group: a few counters, sums, one sum per currency and a latency histogram. */
final class Accumulator {

    private long count;
    private long released;
    private long refused;
    private BigDecimal declaredCny = BigDecimal.ZERO;
    private BigDecimal releasedCny = BigDecimal.ZERO;
    private long unconverted;
    private final TreeMap<String, BigDecimal> byCurrency = new TreeMap<>();
    private final LatencyHistogram latency = new LatencyHistogram();

    /** Counts {@code f}, whose value is {@code declared} CNY ({@code null}: none or not converted). */
    void add(FilingFact f, BigDecimal declared, BigDecimal releasedValue) {
        count++;
        if (f.status() == FilingStatus.RELEASED) {
            released++;
            if (f.releasedAt() != null) {
                latency.add(java.time.Duration.between(f.submittedAt(), f.releasedAt()));
            }
            if (releasedValue != null) {
                releasedCny = releasedCny.add(releasedValue);
            }
        }
        if (f.status().isRefusal()) {
            refused++;
        }
        if (f.value() != null) {
            byCurrency.merge(f.currency() == null ? "-" : f.currency(), f.value(), BigDecimal::add);
            if (declared == null) {
                unconverted++;
            } else {
                declaredCny = declaredCny.add(declared);
            }
        }
    }

    Totals totals() {
        return new Totals(count, released, refused, declaredCny, releasedCny, unconverted, byCurrency, latency.latency());
    }
}
