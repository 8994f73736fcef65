package org.cbec.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.tax.TaxRateTables;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.cbec.core.envelope.TransInfo;
import org.cbec.customs.lifecycle.LifecycleRules;
import org.cbec.tax.spi.TaxRateTable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Ceb604Message;
import org.cbec.customs.exports.Ceb605Message;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Ceb702Message;
import org.cbec.customs.exports.Ceb792Message;
import org.cbec.customs.exports.InvtCancel;
import org.cbec.customs.exports.SummaryApply;
import org.cbec.customs.exports.SummaryApplyList;
import org.cbec.customs.exports.SummaryResultHead;
import org.cbec.mock.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The receipts the mock writes for every export message and the bonded inbound details, built from the official
 * samples: each validates against the official schema and names the document it answers; each type goes through the
 * statuses of its receipt table; a summary application is checked against the inventories and ends in its CEB792.
 */
class ReturnedFilingTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 23, 14, 5, 6, 789_000_000);
    private static final Instant NOW = Instant.parse("2026-11-23T06:05:06Z");
    private static final Duration GAP = Duration.ofMillis(10);
    private static final CebCodec LENIENT = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
    private static final CebCodec WRITER = CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).build();

    private static final TransInfo FROM = TransInfo.builder().copMsgId("TEST").senderId("DXPENT0000458763")
            .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Clock.fixed(NOW, ZoneOffset.UTC)).msgType("CEB621Message").build();

    /** A fresh mock state with the sample rates and the default rules. */
    static MockState state() {
        return new MockState(new InventoryBook(), new ImportInventories(), new TaxOffice(TaxRateTables.sample()), LifecycleRules.ofDefaults());
    }

    static Stream<Arguments> answeredTypes() {
        return Stream.of(
                Arguments.of("export", "CEB303", "CEB304Message", List.of("2", "120")),
                Arguments.of("export", "CEB403", "CEB404Message", List.of("2", "120")),
                Arguments.of("export", "CEB505", "CEB506Message", List.of("2", "399")),
                Arguments.of("export", "CEB507", "CEB508Message", List.of("2", "399")),
                Arguments.of("export", "CEB509", "CEB510Message", List.of("2", "399")),
                Arguments.of("export", "CEB603", "CEB604Message", List.of("2", "120", "399", "800")),
                Arguments.of("export", "CEB605", "CEB606Message", List.of("2", "399")),
                Arguments.of("export", "CEB607", "CEB608Message", List.of("2", "120")),
                Arguments.of("export", "CEB213", "CEB214Message", List.of("2", "120", "800")),
                Arguments.of("export", "CEB215", "CEB216Message", List.of("2", "399")),
                Arguments.of("export", "CEB701", "CEB702Message", List.of("2", "399")),
                Arguments.of("import", "CEB513", "CEB514Message", List.of("2", "120")),
                Arguments.of("import", "CEB623", "CEB624Message", List.of("2", "120", "399")),
                Arguments.of("import", "CEB625", "CEB626Message", List.of("2", "120", "399")),
                Arguments.of("import", "CEB711", "CEB712Message", List.of("2", "120", "399")));
    }

    private static CebMessage sample(String direction, String type) {
        MessageSpec<?> spec = CebMessages.byRootName(type + "Message").orElseThrow();
        byte[] xml = OfficialSpec.read(OfficialSpec.sample(direction + "/" + type + "Message.xml"));
        return (CebMessage) LENIENT.parse(xml, spec).message();
    }

    private static String xsd(String direction) {
        return "ceb-" + direction + "-202205.xsd";
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("answeredTypes")
    void everyReceiptStepIsSchemaValidAndNamesTheAnsweredDocuments(String direction, String type, String receiptType,
                                                                    List<String> statuses) {
        CebMessage message = sample(direction, type);
        Filing filing = Filing.of(message, state(), FROM).orElseThrow();

        for (String status : List.of("2", "120", "399", "800", "100", "-" + type.substring(3) + "001")) {
            CebMessage receipt = filing.receipt(status, "回执 " + status, TIME);
            byte[] xml = WRITER.write(receipt);
            assertThat(receipt.spec().rootName()).isEqualTo(receiptType);
            OfficialSpec.assertValid(xml, xsd(direction));
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).contains("<ceb:returnStatus>" + status + "</ceb:returnStatus>", "<ceb:returnTime>20261123140506789</ceb:returnTime>");
        }
    }

    @ParameterizedTest(name = "{1}: {3}")
    @MethodSource("answeredTypes")
    void defaultTimelineKeepsOnlyTheStatusesOfTheTypesReceiptTable(String direction, String type, String receiptType,
                                                                    List<String> statuses) {
        Filing filing = Filing.of(sample(direction, type), state(), FROM).orElseThrow();

        Scenario timeline = filing.timeline(Scenario.releasing(GAP));

        assertThat(timeline.steps()).extracting(Scenario.Step::returnStatus).containsExactlyElementsOf(statuses);
        assertThat(timeline.steps().stream().map(Scenario.Step::after).reduce(Duration.ZERO, Duration::plus))
                .as("the last step is due when it is in the full timeline")
                .isEqualTo(GAP.multipliedBy(List.of("2", "120", "399", "800").indexOf(statuses.get(statuses.size() - 1)) + 1));
    }

    @Test
    void errorStepsOfAScriptedTimelineAreNeverLeftOut() {
        Filing order = Filing.of(sample("export", "CEB303"), state(), FROM).orElseThrow();

        Scenario timeline = order.timeline(Scenario.of(new Scenario.Step(GAP, "2", "申报中"), new Scenario.Step(GAP, "-303001", "错误")));

        assertThat(timeline.steps()).extracting(Scenario.Step::returnStatus).containsExactly("2", "-303001");
    }

    @Test
    void summaryOfReleasedInventoriesIsAcceptedAndEndsInASchemaValidSummaryResult() {
        MockState book = state();
        Ceb603Message inventories = (Ceb603Message) sample("export", "CEB603");
        Filing filed = Filing.of(inventories, book, FROM).orElseThrow();
        String invtNo = invtNo(filed);
        filed.after("800", NOW.minusSeconds(1), TIME);
        Ceb701Message application = applicationFor(invtNo);
        Filing summary = Filing.of(application, book, FROM).orElseThrow();

        assertThat(summary.refusal(NOW)).isEmpty();
        List<CebMessage> after = summary.after("399", NOW, TIME);

        assertThat(after).singleElement().isInstanceOf(Ceb792Message.class);
        byte[] xml = WRITER.write(after.get(0));
        OfficialSpec.assertValid(xml, xsd("export"));
        SummaryResultHead head = ((Ceb792Message) after.get(0)).summaryResults().get(0).summaryResultHead();
        SummaryApply apply = application.summaryApplys().get(0);
        assertThat(head.guid()).as("named by the application's guid").isEqualTo(apply.summaryApplyHead().guid());
        Ceb702Message concluded = (Ceb702Message) summary.receipt("399", "海关审结", TIME);
        assertThat(head.sumNo()).as("the sumNo its CEB702 gave").isEqualTo(concluded.summaryReturns().get(0).sumNo()).hasSize(18);
        assertThat(((Ceb792Message) after.get(0)).summaryResults().get(0).summaryResultList())
                .allSatisfy(l -> assertThat(l.invtNo()).isEqualTo(invtNo))
                .hasSize(inventories.inventorys().get(0).inventoryList().size());
        assertThat(summary.after("2", NOW, TIME)).as("nothing after other steps").isEmpty();
    }

    @Test
    void summaryNamingAnInventoryNotReleasedUnknownOrCancelledIsRefusedNamingEach() {
        MockState book = state();
        Filing filed = Filing.of(sample("export", "CEB603"), book, FROM).orElseThrow();
        String invtNo = invtNo(filed);
        filed.after("2", NOW, TIME);

        assertThat(Filing.of(applicationFor(invtNo, "I53050000000000404"), book, FROM).orElseThrow().refusal(NOW)).hasValue(
                "汇总申请未通过: 清单" + invtNo + "未放行; 清单I53050000000000404不存在");

        filed.after("800", NOW.plusSeconds(1), TIME);
        assertThat(Filing.of(applicationFor(invtNo), book, FROM).orElseThrow().refusal(NOW)).as("release not yet due")
                .hasValue("汇总申请未通过: 清单" + invtNo + "未放行");

        Ceb605Message cancel = (Ceb605Message) sample("export", "CEB605");
        InvtCancel c = cancel.invtCancels().get(0);
        Filing.of(cancel.toBuilder().invtCancels(List.of(c.toBuilder().invtNo(invtNo).build())).build(), book, FROM).orElseThrow()
                .after("399", NOW, TIME);
        assertThat(Filing.of(applicationFor(invtNo), book, FROM).orElseThrow().refusal(NOW.plusSeconds(2)))
                .hasValue("汇总申请未通过: 清单" + invtNo + "已撤销");
    }

    @Test
    void summaryNamingARejectedInventoryIsRefusedAsUnknownNotAsUnreleased() {
        MockState book = state();
        Filing rejected = Filing.of(sample("export", "CEB603"), book, FROM).orElseThrow();
        String invtNo = invtNo(rejected);
        rejected.after("100", NOW, TIME);

        assertThat(Filing.of(applicationFor(invtNo), book, FROM).orElseThrow().refusal(NOW))
                .hasValue("汇总申请未通过: 清单" + invtNo + "不存在");
    }

    private static String invtNo(Filing inventoryFiling) {
        return ((Ceb604Message) inventoryFiling.receipt("800", "放行", TIME)).inventoryReturns().get(0).invtNo();
    }

    private static Ceb701Message applicationFor(String... invtNos) {
        Ceb701Message sample = (Ceb701Message) sample("export", "CEB701");
        SummaryApply apply = sample.summaryApplys().get(0);
        return sample.toBuilder().summaryApplys(List.of(apply.toBuilder().summaryApplyList(
                Stream.of(invtNos).map(n -> SummaryApplyList.builder().invtNo(n).build()).toList()).build())).build();
    }
}
