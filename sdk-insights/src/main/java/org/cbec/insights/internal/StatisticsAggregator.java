package org.cbec.insights.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cbec.fx.CbecFx;
import org.cbec.fx.RateType;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.FilingStatus;
import org.cbec.insights.stats.Dimension;
import org.cbec.insights.stats.Group;
import org.cbec.insights.stats.Statistics;

/**
 * Folds a stream of facts into {@link Statistics} in one pass. Memory holds one accumulator per group that occurs
 * (bounded by the dimensions' values, not by the number of facts), the reason counter (bounded) and the missing rates
 * (currencies × periods); no fact is kept.
 */
public final class StatisticsAggregator implements Consumer<FilingFact> {

    private static final int REASONS_KEPT = 1_000;
    private static final int REASONS_SHOWN = 10;

    private final List<Dimension> by;
    private final CnyValues cny;
    private final Accumulator total = new Accumulator();
    private final Map<List<String>, Accumulator> groups = new HashMap<>();
    private final ReasonCounter reasons = new ReasonCounter(REASONS_KEPT);

    public StatisticsAggregator(List<Dimension> by, CbecFx fx, RateType rateType) {
        this.by = List.copyOf(by);
        this.cny = new CnyValues(fx, rateType);
    }

    @Override
    public void accept(FilingFact f) {
        BigDecimal declared = cny.cny(f.currency(), f.value(), f.submittedOn());
        BigDecimal released = f.status() == FilingStatus.RELEASED && f.releasedAt() != null
                ? cny.cny(f.currency(), f.value(), f.releasedOn()) : null;
        total.add(f, declared, released);
        if (!by.isEmpty()) {
            List<String> key = new ArrayList<>(by.size());
            for (Dimension d : by) {
                key.add(d.of(f));
            }
            groups.computeIfAbsent(key, k -> new Accumulator()).add(f, declared, released);
        }
        reasons.add(f);
    }

    /** The statistics of everything accepted. */
    public Statistics result(Instant from, Instant to) {
        List<Group> out = new ArrayList<>();
        groups.forEach((k, a) -> out.add(new Group(k, a.totals())));
        out.sort(Comparator.comparing(g -> String.join("\u0000", g.key())));
        return new Statistics(by, from, to, total.totals(), out, reasons.top(REASONS_SHOWN), cny.missing());
    }
}
