package org.cbec.insights.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.InvtCancel;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.Filings;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.InMemoryFactSource;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 10, 1, 9, 0);
    private static final String SELLER = "1105910159";
    private static final String OTHER = "3301960XYZ";

    /** Seller A: 4 inventories (2 released, one of them paying tax late; 1 四单 rejection; 1 other rejection), 1 cancellation. */
    private static InMemoryFactSource source() {
        InMemoryFactSource.Builder b = InMemoryFactSource.builder();
        for (int i = 0; i < 2; i++) {
            Ceb621Message m = Filings.inventory(i).at(T).build();
            String invtNo = "5100202600000000" + i;
            b.filed(m, CustomsTime.toInstant(T)).receipt(Filings.receipt(m, "800", T.plusHours(1 + i), "放行", invtNo))
                    .receipt(Filings.taxBill(invtNo, "9.10", T.plusDays(1)));
        }
        b.taxPaid("TAX51002026000000000", LocalDate.of(2026, 11, 1))   // within 45 days of 10-01
                .taxPaid("TAX51002026000000001", LocalDate.of(2026, 11, 30)); // late
        Ceb621Message mismatch = Filings.inventory(2).at(T).build();
        Ceb621Message refused = Filings.inventory(3).at(T).build();
        b.filed(mismatch, CustomsTime.toInstant(T)).receipt(Filings.receipt(mismatch, "100", T.plusHours(1),
                "四单比对未通过: 订购人证件号码不一致", null));
        b.filed(refused, CustomsTime.toInstant(T)).receipt(Filings.receipt(refused, "100", T.plusHours(1),
                "商品编码不在正面清单内", null));
        b.filed(Filings.inventory(4).seller(OTHER).at(T).build(), CustomsTime.toInstant(T));
        b.filed(cancellation("51002026000000000"), CustomsTime.toInstant(T.plusDays(2)));
        return b.build();
    }

    private static Ceb623Message cancellation(String invtNo) {
        return Ceb623Message.builder().guid(Filings.guid(623, 623)).addInvtCancel(InvtCancel.builder()
                        .guid(Filings.guid(623, 624)).appType("1").appTime(T.plusDays(2)).appStatus("2").customsCode("5100")
                        .orderNo("ORDER-0").ebpCode(SELLER).ebpName("平台").ebcCode(SELLER).ebcName("卖家").logisticsNo("LP0")
                        .logisticsCode("1105910160").logisticsName("物流").copNo("CANCEL-0").invtNo(invtNo).buyerIdType("1")
                        .buyerIdNumber(Filings.BUYER).buyerName("张三").buyerTelephone("13522652231").agentCode(SELLER)
                        .agentName("报关").reason("买家取消").build())
                .baseTransfer(BaseTransfer.builder().copCode(SELLER).copName("卖家").dxpId("DXPENT0000458763").build())
                .build();
    }

    @Test
    void aSellersCardShowsRefusalsMismatchesReleaseCancellationsAndLateTax() {
        CbecInsights insights = CbecInsights.builder()
                .clock(Clock.fixed(CustomsTime.toInstant(LocalDateTime.of(2026, 12, 31, 12, 0)), ZoneOffset.UTC)).build();

        List<Scorecard> cards = insights.scorecards(source(), FactQuery.all());

        Scorecard a = cards.stream().filter(c -> c.role() == Scorecard.Role.SELLER && c.code().equals(SELLER))
                .findFirst().orElseThrow();
        assertThat(a.filings()).isEqualTo(5);
        assertThat(a.refused()).isEqualTo(2);
        assertThat(a.refusalRate()).isEqualTo(0.4);
        assertThat(a.crossCheckFilings()).isEqualTo(4);
        assertThat(a.crossCheckRefusals()).isEqualTo(1);
        assertThat(a.mismatchRate()).isEqualTo(0.25);
        assertThat(a.topReasons()).extracting(r -> r.reason()).containsExactly(
                "100 商品编码不在正面清单内", "100 四单比对未通过: 订购人证件号码不一致");
        assertThat(a.releaseLatency().max().toHours()).isEqualTo(2);
        assertThat(a.cancellations()).isEqualTo(1);
        assertThat(a.returns()).isZero();
        assertThat(a.taxBills()).isEqualTo(2);
        assertThat(a.lateTaxPayments()).isEqualTo(1);
        Scorecard other = cards.stream().filter(c -> c.code().equals(OTHER)).findFirst().orElseThrow();
        assertThat(other.filings()).isEqualTo(1);
        assertThat(other.refusalRate()).isZero();
        assertThat(cards).anyMatch(c -> c.role() == Scorecard.Role.PLATFORM);
    }

    @Test
    void refusalKindsAreReadFromCodeAndText() {
        var facts = source().facts(FactQuery.all()).toList();
        assertThat(facts.stream().map(RefusalKind::of).filter(java.util.Objects::nonNull))
                .containsExactlyInAnyOrder(RefusalKind.CROSS_CHECK, RefusalKind.OTHER);
    }

    @Test
    void writersRenderEveryCard() throws Exception {
        List<Scorecard> cards = CbecInsights.ofDefaults().scorecards(source(), FactQuery.all());
        StringWriter text = new StringWriter();
        StringWriter json = new StringWriter();
        ScorecardWriter.text(cards, text);
        ScorecardWriter.json(cards, json);

        assertThat(text.toString()).contains("seller", SELLER, "40.0%", "25.0%", "platform");
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString());
        assertThat(root).hasSize(cards.size());
        assertThat(root.get(0).path("mismatchRate").decimalValue()).isEqualByComparingTo("0.25");
    }
}
