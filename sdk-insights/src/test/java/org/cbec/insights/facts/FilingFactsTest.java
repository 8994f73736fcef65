package org.cbec.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb900Message;
import org.cbec.customs.imports.MessageReturn;
import org.cbec.customs.imports.Parcels;
import org.cbec.insights.Filings;
import org.junit.jupiter.api.Test;

class FilingFactsTest {

    private static final LocalDateTime FILED = LocalDateTime.of(2026, 11, 23, 10, 30);
    private static final String INVT_NO = "51002026I000000001";
    private final PartyKeys keys = PartyKeys.random();

    @Test
    void anInventoryBecomesOneFactWithItsPartiesNumbersAndValue() {
        Ceb621Message m = Parcels.inventoryMessage();

        FilingFact f = single(FilingFacts.of(m, CustomsTime.toInstant(FILED), List.of(), keys));

        assertThat(f.messageType()).isEqualTo("CEB621");
        assertThat(f.guid()).isEqualTo(m.inventorys().get(0).inventoryHead().guid());
        assertThat(f.messageGuid()).isEqualTo(m.guid());
        assertThat(f.orderNo()).isEqualTo("ORDER-2026-0001");
        assertThat(f.tradeMode()).isEqualTo("9610");
        assertThat(f.customsCode()).isEqualTo("5100");
        assertThat(f.ebcCode()).isEqualTo("1105910159");
        assertThat(f.currency()).isEqualTo("142");
        assertThat(f.value()).isEqualByComparingTo("170.00"); // 2 × 50 + 3 × 20 + freight 10
        assertThat(f.lines()).extracting(LineFact::hsCode).containsOnly("3304990099");
        assertThat(f.status()).isEqualTo(FilingStatus.SENT);
        assertThat(f.month()).hasToString("2026-11");
    }

    @Test
    void personalDataIsKeptOnlyHashedAndMasked() {
        FilingFact f = single(FilingFacts.of(Parcels.inventoryMessage(), Instant.now(), List.of(), keys));

        assertThat(f.buyer().masked()).isEqualTo("110***********4514");
        assertThat(f.phone().masked()).isEqualTo("135****2231");
        assertThat(f.toString()).doesNotContain(Filings.BUYER, "13522652231", "中关村大街1号");
        assertThat(f.buyer()).isEqualTo(keys.idNumber(" " + Filings.BUYER.toLowerCase() + " "));
        assertThat(keys.phone("+86 135-2265-2231")).isEqualTo(f.phone());
        assertThat(PartyKeys.random().idNumber(Filings.BUYER).key()).isNotEqualTo(f.buyer().key());
    }

    @Test
    void receiptsGiveStatusReleaseTimeInventoryNumberAndTaxBill() {
        Ceb621Message m = Filings.inventory(1).at(FILED).build();
        LocalDateTime released = FILED.plusHours(3);
        List<FilingFact> facts = FilingFacts.of(m, CustomsTime.toInstant(FILED), List.of(
                Filings.receipt(m, "2", FILED.plusMinutes(1), "申报中", INVT_NO),
                Filings.receipt(m, "800", released, "放行", INVT_NO),
                Filings.receipt(m, "120", released.plusMinutes(5), "入库", INVT_NO), // late: changes nothing
                Filings.receipt(Filings.inventory(2).build(), "100", FILED, "not ours", "51002026I000000002"),
                Filings.taxBill(INVT_NO, "9.10", released.plusDays(1))), keys);

        FilingFact f = single(facts);
        assertThat(f.status()).isEqualTo(FilingStatus.RELEASED);
        assertThat(f.releasedAt()).isEqualTo(CustomsTime.toInstant(released));
        assertThat(f.invtNo()).isEqualTo(INVT_NO);
        assertThat(f.refusalCode()).isNull();
        assertThat(f.tax().taxNo()).isEqualTo("TAX" + INVT_NO);
        assertThat(f.tax().amount()).isEqualByComparingTo("9.10");
        assertThat(f.tax().late(f.releasedOn(), f.releasedOn().plusDays(45))).isFalse();
        assertThat(f.tax().late(f.releasedOn(), f.releasedOn().plusDays(46))).isTrue();
        assertThat(f.tax().paid(f.releasedOn().plusDays(40)).late(f.releasedOn(), LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void aRejectionGivesItsCodeAndReason() {
        Ceb621Message m = Filings.inventory(1).build();
        FilingFact f = single(FilingFacts.of(m, Instant.now(), List.of(
                Filings.receipt(m, "100", FILED.plusMinutes(3), "四单比对未通过: 订购人不一致", null)), keys));

        assertThat(f.status()).isEqualTo(FilingStatus.REJECTED);
        assertThat(f.refusalCode()).isEqualTo("100");
        assertThat(f.refusalReason()).isEqualTo("四单比对未通过: 订购人不一致");
        assertThat(f.releasedAt()).isNull();
    }

    @Test
    void aFormatCheckNamingTheMessageRefusesEveryDocumentOfIt() {
        Ceb621Message m = Filings.inventory(1).build();
        Ceb900Message ceb900 = Ceb900Message.builder().guid(Filings.guid(9, 900)).version("1.0")
                .messageReturn(MessageReturn.builder().guid(Filings.guid(9, 901)).returnStatus("-1")
                        .returnInfo("报文格式校验未通过").returnTime(FILED).oriCopMsgId(m.guid()).oriMessageType("CEB621Message")
                        .oriBizMessage("<x/>").build()).build();

        FilingFact f = single(FilingFacts.of(m, Instant.now(), List.of(ceb900), keys));

        assertThat(f.status()).isEqualTo(FilingStatus.ERROR);
        assertThat(f.refusalCode()).isEqualTo("CEB900");
        assertThat(FilingFacts.numbersNamedBy(ceb900)).containsExactly(m.guid());
    }

    @Test
    void aPaymentsBuyerIsThePayerAndItsValueTheAmountPaid() {
        FilingFact f = single(FilingFacts.of(Parcels.paymentMessage(), Instant.now(), List.of(), keys));

        assertThat(f.messageType()).isEqualTo("CEB411");
        assertThat(f.buyer()).isEqualTo(keys.idNumber(Filings.BUYER));
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal("179.70"));
        assertThat(f.documentNo()).isEqualTo("ORDER-2026-0001");
    }

    @Test
    void clientStatusNamesMapToFilingStatuses() {
        assertThat(FilingStatus.ofClientStatus("DEAD_LETTER")).isEqualTo(FilingStatus.ERROR);
        assertThat(FilingStatus.ofClientStatus("QUEUED")).isEqualTo(FilingStatus.QUEUED);
        assertThat(FilingStatus.ofClientStatus("STORED")).isEqualTo(FilingStatus.DECLARING);
        assertThat(FilingStatus.ofClientStatus("RELEASED")).isEqualTo(FilingStatus.RELEASED);
    }

    private static FilingFact single(List<FilingFact> facts) {
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }
}
