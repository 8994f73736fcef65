package org.cbec.insights.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.FilingStatus;
import org.cbec.insights.score.RefusalKind;
import org.cbec.insights.score.Scorecard;

/**
 * Folds facts into one {@link Scorecard} per enterprise and role in one pass; memory is one small accumulator per
 * enterprise (a latency histogram and at most {@value #REASONS_KEPT} reasons each), never the facts.
 */
public final class ScorecardAggregator implements Consumer<FilingFact> {

    private static final int REASONS_KEPT = 50;
    private static final int REASONS_SHOWN = 3;
    private static final Set<String> CROSS_CHECKED = Set.of("CEB311", "CEB411", "CEB511", "CEB621", "CEB303", "CEB403",
            "CEB505", "CEB603");
    private static final Set<String> CANCELLATIONS = Set.of("CEB623", "CEB605");
    private static final Set<String> RETURNS = Set.of("CEB625", "CEB213");

    private record Key(Scorecard.Role role, String code) {
    }

    private static final class Card {
        long filings;
        long released;
        long refused;
        long crossCheckFilings;
        long crossCheckRefusals;
        long cancellations;
        long cancellationsConcluded;
        long returns;
        long taxBills;
        long lateTax;
        final ReasonCounter reasons = new ReasonCounter(REASONS_KEPT);
        final LatencyHistogram latency = new LatencyHistogram();
    }

    private final LocalDate asOf;
    private final Map<Key, Card> cards = new HashMap<>();

    /** Late tax payments are judged on {@code asOf}. */
    public ScorecardAggregator(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public void accept(FilingFact f) {
        if (f.ebcCode() != null) {
            add(cards.computeIfAbsent(new Key(Scorecard.Role.SELLER, f.ebcCode()), k -> new Card()), f);
        }
        if (f.ebpCode() != null) {
            add(cards.computeIfAbsent(new Key(Scorecard.Role.PLATFORM, f.ebpCode()), k -> new Card()), f);
        }
    }

    private void add(Card c, FilingFact f) {
        c.filings++;
        if (f.status() == FilingStatus.RELEASED) {
            c.released++;
            if (f.releasedAt() != null) {
                c.latency.add(Duration.between(f.submittedAt(), f.releasedAt()));
            }
        }
        if (f.status().isRefusal()) {
            c.refused++;
            c.reasons.add(f);
        }
        if (CROSS_CHECKED.contains(f.messageType())) {
            c.crossCheckFilings++;
            if (RefusalKind.of(f) == RefusalKind.CROSS_CHECK) {
                c.crossCheckRefusals++;
            }
        }
        if (CANCELLATIONS.contains(f.messageType())) {
            c.cancellations++;
            if (f.status() == FilingStatus.CONCLUDED || f.status() == FilingStatus.RELEASED) {
                c.cancellationsConcluded++;
            }
        }
        if (RETURNS.contains(f.messageType())) {
            c.returns++;
        }
        if (f.tax() != null && !f.tax().voided()) {
            c.taxBills++;
            if (f.tax().late(f.releasedOn(), asOf)) {
                c.lateTax++;
            }
        }
    }

    /** The scorecards, sellers first, then by code. */
    public List<Scorecard> result() {
        List<Scorecard> out = new ArrayList<>();
        cards.forEach((k, c) -> out.add(new Scorecard(k.role(), k.code(), c.filings, c.released, c.refused,
                c.reasons.top(REASONS_SHOWN), c.crossCheckFilings, c.crossCheckRefusals, c.latency.latency(),
                c.cancellations, c.cancellationsConcluded, c.returns, c.taxBills, c.lateTax)));
        out.sort(Comparator.comparing(Scorecard::role).thenComparing(Scorecard::code));
        return out;
    }
}
