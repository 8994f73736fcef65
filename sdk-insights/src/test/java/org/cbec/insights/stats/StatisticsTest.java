package org.cbec.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.fx.RateSources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Parcels;
import org.cbec.fx.CbecFx;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.spi.RateSource;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.Filings;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.InMemoryFactSource;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 20, 9, 0);
    private final CbecInsights insights = CbecInsights.builder()
            .fx(CbecFx.of(RateSources.inMemory(List.of(ExchangeRate.customsMonthly(CurrencyCode.USD, YearMonth.of(2026, 11), "7.1026")))))
            .build();

    /** Three released inventories (10 min, 2 h, 4 h), one rejected twice over, one pending; two dollar exports. */
    static InMemoryFactSource source() {
        InMemoryFactSource.Builder b = InMemoryFactSource.builder();
        int[] minutes = {10, 120, 240};
        for (int i = 0; i < 3; i++) {
            Ceb621Message m = Filings.inventory(i).price("100.00").at(T.plusMinutes(i)).build();
            b.filed(m, CustomsTime.toInstant(T.plusMinutes(i)))
                    .receipt(Filings.receipt(m, "800", T.plusMinutes(i + minutes[i]), "放行", "5100202600000000" + i));
        }
        for (int i = 3; i < 5; i++) {
            Ceb621Message rejected = Filings.inventory(i).tradeMode("1210").price("50.00").at(T.plusMinutes(i)).build();
            b.filed(rejected, CustomsTime.toInstant(T.plusMinutes(i))).receipt(Filings.receipt(rejected, "100",
                    T.plusMinutes(30), "订购人身份信息校验未通过 ORDER-" + i, null));
        }
        b.filed(Filings.inventory(5).price("10.00").at(T.plusDays(1)).build(), CustomsTime.toInstant(T.plusDays(1)));
        b.filed(export("EXP-1", "20.00"), CustomsTime.toInstant(T)); // 2 × 20.00 USD
        b.filed(export("EXP-2", "5.00"), CustomsTime.toInstant(T.plusMonths(1))); // no December rate
        return b.build();
    }

    static Ceb603Message export(String orderNo, String usd) {
        return Ceb603Message.builder().guid(Filings.guid(orderNo.hashCode() & 0xffff, 603))
                .addInventory(Inventories.of(Inventories.head().guid(Filings.guid(orderNo.hashCode() & 0xffff, 604))
                                .orderNo(orderNo).build(),
                        Inventories.line(1, "8518300000", "502", "2", usd).toBuilder().currency(CurrencyCode.USD).build()))
                .baseTransfer(Parcels.inventoryMessage().baseTransfer()).build();
    }

    @Test
    void totalsCountAndValueEveryFilingInCny() {
        Statistics s = insights.statistics(source(), FactQuery.all());

        assertThat(s.total().count()).isEqualTo(8);
        assertThat(s.total().released()).isEqualTo(3);
        assertThat(s.total().refused()).isEqualTo(2);
        // 300.00 + 100.00 + 10.00 CNY, 40.00 USD × 7.1026 = 284.10; the December 10.00 USD has no rate
        assertThat(s.total().declaredCny()).isEqualByComparingTo("694.10");
        assertThat(s.total().releasedCny()).isEqualByComparingTo("300.00");
        assertThat(s.total().unconverted()).isEqualTo(1);
        assertThat(s.total().byCurrency()).containsEntry("142", new BigDecimal("410.00")).containsKey("502");
        assertThat(s.total().byCurrency().get("502")).isEqualByComparingTo("50.00");
        assertThat(s.missingRates()).containsExactly("USD 2026-12");
    }

    @Test
    void groupsByTypeModeAndMonth() {
        Statistics s = insights.statistics(source(), FactQuery.all(), Dimension.TYPE, Dimension.MODE);

        assertThat(s.groups()).extracting(Group::key, g -> g.totals().count()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("CEB603", "9610"), 2L),
                org.assertj.core.groups.Tuple.tuple(List.of("CEB621", "1210"), 2L),
                org.assertj.core.groups.Tuple.tuple(List.of("CEB621", "9610"), 4L));
        Statistics byMonth = insights.statistics(source(), FactQuery.all(), Dimension.MONTH);
        assertThat(byMonth.groups()).extracting(Group::key).containsExactly(List.of("2026-11"), List.of("2026-12"));
    }

    @Test
    void latencyPercentilesAreFilingToRelease() {
        Latency l = insights.statistics(source(), FactQuery.all()).total().latency();

        assertThat(l.count()).isEqualTo(3);
        assertThat(l.max()).isEqualTo(Duration.ofMinutes(240));
        assertThat(l.p50().getSeconds()).isBetween(7_200L, 7_200L + 7_200L / 16);
        assertThat(l.p50()).isLessThanOrEqualTo(l.p90());
    }

    @Test
    void rejectionReasonsAreRankedWithTheNumbersOfOrdersTakenOut() {
        List<ReasonCount> r = insights.statistics(source(), FactQuery.all()).rejectionReasons();

        assertThat(r).containsExactly(new ReasonCount("100 订购人身份信息校验未通过 *", 2));
    }

    @Test
    void jsonHasTheTotalBesideTheGroups() throws Exception {
        StringWriter out = new StringWriter();
        StatisticsWriter.json(insights.statistics(source(), FactQuery.all(), Dimension.STATUS), out);

        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("total").path("count").asLong()).isEqualTo(8);
        assertThat(root.path("total").path("declaredCny").decimalValue()).isEqualByComparingTo("694.10");
        assertThat(root.path("groups")).hasSize(3);
        assertThat(root.path("groups").get(0).path("status").asText()).isEqualTo("REJECTED");
        long sum = 0;
        for (JsonNode g : root.path("groups")) {
            sum += g.path("count").asLong();
        }
        assertThat(sum).isEqualTo(8);
        assertThat(root.path("by").get(0).asText()).isEqualTo("status");
    }

    @Test
    void csvHasOneLinePerGroupAndATotalLine() throws Exception {
        StringWriter out = new StringWriter();
        StatisticsWriter.csv(insights.statistics(source(), FactQuery.all(), Dimension.TYPE), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("type,count,released,refused,declaredCny,releasedCny,unconverted,p50Seconds,p90Seconds,maxSeconds");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).startsWith("TOTAL,8,3,2,694.10,300.00,1,");
    }

    @Test
    void textIsATableWithTheTotalAndTheReasons() throws Exception {
        StringWriter out = new StringWriter();
        StatisticsWriter.text(insights.statistics(source(), FactQuery.all(), Dimension.TYPE), out);

        assertThat(out.toString()).contains("type", "declared CNY", "CEB621", "TOTAL", "694.10",
                "Top refusal reasons:", "订购人身份信息校验未通过", "USD 2026-12");
    }

    @Test
    void withoutRatesOnlyCnyIsSummed() {
        Statistics s = CbecInsights.ofDefaults().statistics(source(), FactQuery.all());
        assertThat(s.total().declaredCny()).isEqualByComparingTo("410.00");
        assertThat(s.total().unconverted()).isEqualTo(2);
        assertThat(s.missingRates()).containsExactly("USD 2026-11", "USD 2026-12");
    }
}
