package org.cbec.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.fx.RateSources;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.CbecFx;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.spi.RateSource;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.FilingStatus;
import org.cbec.insights.facts.InMemoryFactSource;

class StatisticsPropertiesTest {

    private final CbecInsights insights = CbecInsights.builder()
            .fx(CbecFx.of(RateSources.inMemory(List.of(ExchangeRate.customsMonthly(CurrencyCode.USD, YearMonth.of(2026, 1), "7.1"),
                    ExchangeRate.customsMonthly(CurrencyCode.EUR, YearMonth.of(2026, 2), "7.7")))))
            .build();

    @Property(tries = 200)
    void totalsOfAnyGroupingSumToTheOverallTotal(@ForAll("facts") List<FilingFact> facts,
                                                 @ForAll("dimensions") List<Dimension> by) {
        Statistics s = insights.statistics(InMemoryFactSource.of(facts), FactQuery.all(), by.toArray(Dimension[]::new));

        Totals t = s.total();
        assertThat(t.count()).isEqualTo(facts.size());
        if (by.isEmpty()) {
            assertThat(s.groups()).isEmpty();
            return;
        }
        assertThat(s.groups().stream().mapToLong(g -> g.totals().count()).sum()).isEqualTo(t.count());
        assertThat(s.groups().stream().mapToLong(g -> g.totals().released()).sum()).isEqualTo(t.released());
        assertThat(s.groups().stream().mapToLong(g -> g.totals().refused()).sum()).isEqualTo(t.refused());
        assertThat(s.groups().stream().mapToLong(g -> g.totals().unconverted()).sum()).isEqualTo(t.unconverted());
        assertThat(s.groups().stream().map(g -> g.totals().declaredCny()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(t.declaredCny());
        assertThat(s.groups().stream().map(g -> g.totals().releasedCny()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(t.releasedCny());
        assertThat(s.groups().stream().mapToLong(g -> g.totals().latency().count()).sum()).isEqualTo(t.latency().count());
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        s.groups().forEach(g -> g.totals().byCurrency().forEach((k, v) -> byCurrency.merge(k, v, BigDecimal::add)));
        assertThat(byCurrency.keySet()).isEqualTo(t.byCurrency().keySet());
        byCurrency.forEach((k, v) -> assertThat(v).isEqualByComparingTo(t.byCurrency().get(k)));
    }

    @Provide
    Arbitrary<List<Dimension>> dimensions() {
        return Arbitraries.of(Dimension.class).list().uniqueElements().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<FilingFact>> facts() {
        Arbitrary<FilingFact> fact = Combinators.combine(
                Arbitraries.of("CEB311", "CEB411", "CEB621", "CEB603"),
                Arbitraries.of("9610", "1210", "9710", "9810", null),
                Arbitraries.of(FilingStatus.class),
                Arbitraries.of("142", "502", "300", "116", null),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(2).injectNull(0.1),
                Arbitraries.integers().between(0, 24 * 90),
                Arbitraries.integers().between(0, 3 * 24 * 3600),
                Arbitraries.of("1105910159", "3301960XYZ", null)
        ).as((type, mode, status, currency, value, hours, releaseSeconds, ebc) -> {
            Instant at = CustomsTime.toInstant(LocalDateTime.of(2026, 1, 1, 0, 0).plusHours(hours));
            return FilingFact.builder().guid(java.util.UUID.randomUUID().toString().toUpperCase()).messageType(type)
                    .tradeMode(mode).status(status).currency(currency).value(value).ebcCode(ebc).customsCode("5100")
                    .submittedAt(at).releasedAt(status == FilingStatus.RELEASED ? at.plusSeconds(releaseSeconds) : null)
                    .refusalCode(status.isRefusal() ? "100" : null).refusalReason(status.isRefusal() ? "退单" : null)
                    .build();
        });
        return fact.list().ofMaxSize(60).map(ArrayList::new);
    }
}
