package org.cbec.insights.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.validation.Severity;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.Filings;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.FilingFacts;
import org.cbec.insights.facts.InMemoryFactSource;
import org.cbec.insights.facts.PartyKeys;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 6, 1, 9, 0);

    private final PartyKeys keys = PartyKeys.random();
    private final InMemoryFactSource.Builder source = InMemoryFactSource.builder(keys);
    private int n;

    /** Files one inventory of {@code buyer} (own phone and address unless given) at {@code at}, {@code price} CNY. */
    private Ceb621Message file(String buyer, LocalDateTime at, String price, String gcode) {
        return file(Filings.inventory(++n).buyer(buyer).phone("1390000" + buyer.substring(14)).address("地址" + buyer)
                .at(at).price(price).gcode(gcode));
    }

    private Ceb621Message file(Filings.InventoryBuilder b) {
        Ceb621Message m = b.build();
        source.filed(m, CustomsTime.toInstant(m.inventorys().get(0).inventoryHead().appTime()));
        return m;
    }

    private static String buyer(int i) {
        return String.format("11010119900307%04d", i);
    }

    private RiskReport report(RiskConfig config) {
        return CbecInsights.builder().risk(config).build().risk(source.build(), FactQuery.all());
    }

    @Test
    void ordersSplitToStayUnderTheSingleLimitAreOneAlertNamingEveryOrder() {
        file(buyer(1), T, "2000.00", "3304990099");
        file(buyer(1), T.plusHours(2), "2000.00", "3304990091"); // same six digits: similar goods
        file(buyer(1), T.plusHours(5), "2000.00", "3304990099");
        file(buyer(2), T, "3000.00", "3304990099");
        file(buyer(2), T.plusHours(1), "3000.00", "8518300000"); // other goods
        file(buyer(3), T, "3000.00", "3304990099");
        file(buyer(3), T.plusHours(30), "3000.00", "3304990099"); // outside the window

        RiskReport r = report(RiskConfig.defaults());

        assertThat(r.alerts()).hasSize(1);
        RiskAlert a = r.alerts().get(0);
        assertThat(a.rule()).isEqualTo(RiskRule.SPLIT_ORDER);
        assertThat(a.rule().code()).isEqualTo("RISK-01");
        assertThat(a.orders()).containsExactly("ORDER-1", "ORDER-2", "ORDER-3");
        assertThat(a.subject()).isEqualTo("buyer 110***********0001");
        assertThat(a.detail()).contains("3 orders", "330499", "6000.00 CNY");
        assertThat(a.severity()).isEqualTo(Severity.WARNING);
        assertThat(r.filingsChecked()).isEqualTo(7);
    }

    @Test
    void aBuyerNearingAndThenOverTheAnnualLimitIsOneAlertSayingOver() {
        for (int month = 0; month < 6; month++) {
            file(buyer(4), T.plusMonths(month - 5), "4900.00", "3304990099");
        }

        RiskReport r = report(RiskConfig.defaults());

        assertThat(r.alerts()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(RiskRule.ANNUAL_LIMIT);
            assertThat(a.detail()).startsWith("over the annual limit: 29400.00 of 26000.00 CNY in 2026");
            assertThat(a.orders()).containsExactly("ORDER-6");
        });
    }

    @Test
    void refusedFilingsDoNotCount() {
        for (int month = 0; month < 6; month++) {
            Ceb621Message m = file(buyer(5), T.plusMonths(month - 5), "4900.00", "3304990099");
            if (month == 2) {
                source.receipt(Filings.receipt(m, "100", T.plusMonths(month - 5).plusHours(1), "退单", null));
            }
        }
        assertThat(report(RiskConfig.defaults()).alerts()).extracting(a -> a.detail().substring(0, 7))
                .containsExactly("nearing");
    }

    @Test
    void onePhoneForManyBuyersNamesTheBuyersOnlyMasked() throws Exception {
        for (int i = 1; i <= 4; i++) {
            file(Filings.inventory(++n).buyer(buyer(10 + i)).phone("13811112222").address("地址" + i)
                    .at(T.plusDays(i)).price("100.00"));
        }

        RiskReport r = report(RiskConfig.defaults());

        assertThat(r.alerts()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(RiskRule.SHARED_PHONE);
            assertThat(a.subject()).isEqualTo("phone 138****2222");
            assertThat(a.buyers()).containsExactly("110***********0011", "110***********0012", "110***********0013",
                    "110***********0014");
            assertThat(a.orders()).hasSize(4);
        });
        StringWriter text = new StringWriter();
        StringWriter json = new StringWriter();
        RiskReportWriter.text(r, text);
        RiskReportWriter.json(r, json);
        assertThat(text.toString() + json).doesNotContain(buyer(11), "13811112222")
                .contains("RISK-03", "4 filings checked, 1 alert (RISK-03 1)");
    }

    @Test
    void oneAddressForManyBuyers() {
        for (int i = 1; i <= 3; i++) {
            file(Filings.inventory(++n).buyer(buyer(20 + i)).phone("1370000000" + i).address("上海市浦东新区 世纪大道 100号")
                    .at(T.plusDays(i)));
        }
        assertThat(report(RiskConfig.defaults()).alerts()).extracting(RiskAlert::rule)
                .containsExactly(RiskRule.SHARED_ADDRESS);
    }

    @Test
    void aPriceFarBelowTheItemsHistory() {
        for (int i = 1; i <= 6; i++) {
            file(Filings.inventory(++n).buyer(buyer(30 + i)).phone("1360000000" + i).address("地址" + i).itemNo("SKU-P")
                    .price(i == 6 ? "30.00" : "100.00").at(T.plusDays(i)));
        }

        RiskReport r = report(RiskConfig.defaults());

        assertThat(r.alerts()).singleElement().satisfies(a -> {
            assertThat(a.rule()).isEqualTo(RiskRule.PRICE_DEVIATION);
            assertThat(a.subject()).isEqualTo("item SKU-P");
            assertThat(a.detail()).contains("unit price 30 is below 0.5 × the median 100 of its last 5 prices");
            assertThat(a.orders()).containsExactly("ORDER-6");
        });
    }

    @Test
    void aRuleConfiguredToBlockGivesErrors() {
        file(buyer(1), T, "2600.00", "3304990099");
        file(buyer(1), T.plusHours(1), "2600.00", "3304990099");

        RiskReport r = report(RiskConfig.builder().blocking(RiskRule.SPLIT_ORDER).build());

        assertThat(r.alerts()).extracting(RiskAlert::severity).containsExactly(Severity.ERROR);
        assertThat(r.blocks()).isTrue();
    }

    @Test
    void beforeFilingAWarmedEngineWarnsAboutTheNextOrderOfASplit() {
        CbecInsights insights = CbecInsights.ofDefaults();
        RiskEngine engine = insights.riskEngine();
        file(buyer(1), T, "2000.00", "3304990099");
        file(buyer(1), T.plusHours(1), "2000.00", "3304990099");
        source.build().facts(FactQuery.all()).forEach(engine::observe);

        Ceb621Message next = Filings.inventory(99).buyer(buyer(1)).phone("13900000001").address("地址" + buyer(1))
                .at(T.plusHours(2)).price("2000.00").build();
        FilingFact candidate = FilingFacts.of(next, CustomsTime.toInstant(T.plusHours(2)), List.of(), keys).get(0);

        assertThat(engine.assess(candidate)).extracting(RiskAlert::rule, RiskAlert::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RiskRule.SPLIT_ORDER,
                        List.of("ORDER-1", "ORDER-2", "ORDER-99")));
        assertThat(engine.assess(candidate)).hasSize(1); // assessing records nothing
    }
}
