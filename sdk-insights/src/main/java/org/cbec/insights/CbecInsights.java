package org.cbec.insights;

import org.cbec.fx.RateSources;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cbec.core.model.CustomsTime;
import org.cbec.fx.CbecFx;
import org.cbec.fx.RateType;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.FactSource;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.internal.ScorecardAggregator;
import org.cbec.insights.internal.StatisticsAggregator;
import org.cbec.insights.risk.RiskAlert;
import org.cbec.insights.risk.RiskConfig;
import org.cbec.insights.risk.RiskEngine;
import org.cbec.insights.risk.RiskReport;
import org.cbec.insights.score.Scorecard;
import org.cbec.insights.stats.Dimension;
import org.cbec.insights.stats.Statistics;

/**
 * The entry point of sdk-insights: statistics, compliance scorecards and risk pre-checks over what was filed. Every
 * method reads a {@link FactSource} once, as a stream, in bounded memory (the statistics and scorecards keep one small
 * accumulator per group or enterprise; the risk rules keep state per buyer, contact and item, never the filings).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CbecInsights insights = CbecInsights.builder()
 *         .fx(CbecFx.of(RateSources.csv(Path.of("rates.csv"))))     // values in CNY at the customs monthly rate
 *         .risk(RiskConfig.builder().sharedContactBuyers(5).build())
 *         .build();
 * Statistics stats = insights.statistics(source, FactQuery.all(), Dimension.TYPE, Dimension.MODE);
 * StatisticsWriter.text(stats, out);
 * List<Scorecard> cards = insights.scorecards(source, FactQuery.all());
 * RiskReport risks = insights.risk(source, FactQuery.all());
 * }</pre>
 *
 * <p>The facts come from {@link org.cbec.insights.facts.InMemoryFactSource} (messages and receipts the SDK built or
 * read) or from a store adapter implementing {@link FactSource}.
 */
public final class CbecInsights {

    private final CbecFx fx;
    private final RateType rateType;
    private final RiskConfig risk;
    private final Clock clock;

    private CbecInsights(Builder b) {
        this.fx = b.fx;
        this.rateType = b.rateType;
        this.risk = b.risk;
        this.clock = b.clock;
    }

    /** A builder with no rates (only CNY values are summed in CNY), the default risk thresholds and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults of {@link #builder()}. */
    public static CbecInsights ofDefaults() {
        return builder().build();
    }

    /**
     * Counts and values of the facts of {@code query}, in total and grouped by {@code by} (none: the total only),
     * with release-time percentiles and the top refusal reasons.
     */
    public Statistics statistics(FactSource source, FactQuery query, Dimension... by) {
        StatisticsAggregator agg = new StatisticsAggregator(List.of(by), fx, rateType);
        try (Stream<FilingFact> facts = source.facts(query)) {
            facts.forEach(agg);
        }
        return agg.result(query.from(), query.to());
    }

    /** One scorecard per seller ({@code ebcCode}) and platform ({@code ebpCode}); late tax judged on today (China). */
    public List<Scorecard> scorecards(FactSource source, FactQuery query) {
        ScorecardAggregator agg = new ScorecardAggregator(today());
        try (Stream<FilingFact> facts = source.facts(query)) {
            facts.forEach(agg);
        }
        return agg.result();
    }

    /** Replays the facts of {@code query} in submission order through a new {@link #riskEngine()}. */
    public RiskReport risk(FactSource source, FactQuery query) {
        RiskEngine engine = riskEngine();
        RiskReport.Collector report = new RiskReport.Collector();
        try (Stream<FilingFact> facts = source.facts(query)) {
            facts.forEach(f -> {
                if (f.messageType().equals(risk.basisType()) && !f.status().isRefusal()) {
                    report.checked();
                }
                for (RiskAlert a : engine.replay(f)) {
                    report.add(a);
                }
            });
        }
        return report.report();
    }

    /** A new, empty risk engine with this instance's thresholds and rates: for checks before filing. */
    public RiskEngine riskEngine() {
        return new RiskEngine(risk, fx);
    }

    /** Today in China. */
    public LocalDate today() {
        return CustomsTime.now(clock).toLocalDate();
    }

    /** Settings of a {@link CbecInsights}. */
    public static final class Builder {
        private CbecFx fx;
        private RateType rateType = RateType.CUSTOMS_MONTHLY;
        private RiskConfig risk = RiskConfig.defaults();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Converts values in other currencies to CNY; without it they are left out of the CNY totals and noted. */
        public Builder fx(CbecFx value) {
            fx = Objects.requireNonNull(value, "fx");
            return this;
        }

        /** Which rates statistics convert with; default the customs monthly rate (海关计征汇率). */
        public Builder rateType(RateType value) {
            rateType = Objects.requireNonNull(value, "rateType");
            return this;
        }

        /** The risk thresholds. */
        public Builder risk(RiskConfig value) {
            risk = Objects.requireNonNull(value, "risk");
            return this;
        }

        /** The clock that says what day it is (for late tax payments). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The instance. */
        public CbecInsights build() {
            return new CbecInsights(this);
        }
    }
}
