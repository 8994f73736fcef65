package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.cbec.core.CebCodec;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.ValidationException;
import org.cbec.core.validation.ValidationReport;
import org.cbec.core.validation.Violation;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;

class Ceb311MessageTest {

    private static final String IMPORT_XSD = "ceb-import-202205.xsd";
    private final CebCodec codec = CebCodec.ofDefaults();

    @Test
    void officialSampleReadsAndItsRewriteValidatesAgainstTheOfficialSchema() throws Exception {
        byte[] sample = Files.readAllBytes(OfficialSpec.sample("import/CEB311Message.xml"));
        assertThat(sample[0]).as("the sample starts with a UTF-8 byte-order mark").isEqualTo((byte) 0xEF);

        CebCodec.Parsed<Ceb311Message> parsed = codec.parse(sample, Ceb311Message.SPEC);

        assertThat(parsed.report().errors()).noneMatch(v -> v.rule().schemaLevel());
        assertThat(parsed.signed()).isTrue();
        Ceb311Message m = parsed.message();
        assertThat(m.orders()).hasSize(6);
        assertThat(m.orders().get(0).orderHead().acturalPaid()).isEqualByComparingTo("19050");
        assertThat(m.orders().get(0).orderList()).extracting(OrderList::gnum).containsExactly(1, 2);
        assertThat(m.baseTransfer().dxpId()).isEqualTo("EXP2016522002580001");

        byte[] rewritten = CebCodec.builder().writeCheck(CebCodec.WriteCheck.SCHEMA).build().write(m);
        OfficialSpec.assertValid(rewritten, IMPORT_XSD);
        assertThat(codec.read(rewritten, Ceb311Message.SPEC)).isEqualTo(m);
    }

    @Test
    void officialSampleBusinessDefectsAreReportedWithMaskedValues() throws Exception {
        byte[] sample = Files.readAllBytes(OfficialSpec.sample("import/CEB311Message.xml"));

        ValidationReport report = codec.parse(sample, Ceb311Message.SPEC).report();

        Violation id = report.errors().stream().filter(v -> v.rule() == Rule.RESIDENT_ID_CHECK).findFirst().orElseThrow();
        assertThat(id.path()).isEqualTo("Order[1].OrderHead.buyerIdNumber");
        assertThat(id.fieldName()).isEqualTo("订购人证件号码");
        assertThat(id.value()).isEqualTo("130***********3332").doesNotContain("130681136250023332");
        assertThat(report.errors()).anySatisfy(v -> assertThat(v.message()).contains("OrderList[2].totalPrice 12000 is not qty × price = 2000.00"));
    }

    @Test
    void builtOrderIsValidSchemaValidAndReadsBackEqual() {
        Ceb311Message order = Orders.valid();

        assertThat(codec.validate(order).violations()).isEmpty();
        byte[] xml = codec.write(order);

        OfficialSpec.assertValid(xml, IMPORT_XSD);
        assertThat(codec.read(xml, Ceb311Message.SPEC)).isEqualTo(order);
    }

    @Test
    void writtenMessageUsesTheCebPrefixSchemaOrderAndUpperCaseGuid() {
        String xml = new String(codec.write(Orders.valid()), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"")
                .contains("guid=\"B1F2A0C3-0000-4000-8000-000000000001\" version=\"1.0\">")
                .contains("<ceb:appTime>20261123103000</ceb:appTime>")
                .contains("<ceb:goodsValue>160.00</ceb:goodsValue>");
        assertThat(xml.indexOf("<ceb:Order>")).isLessThan(xml.indexOf("<ceb:BaseTransfer>"));
        assertThat(xml.indexOf("<ceb:orderNo>")).isLessThan(xml.indexOf("<ceb:ebpCode>"));
    }

    @Test
    void validationReportsEveryViolationWithPathSpecNameRuleAndCode() {
        Ceb311Message bad = Orders.message()
                .orders(java.util.List.of(Order.builder()
                        .orderHead(Orders.head().orderNo("").currency("502").appType("9").build())
                        .addOrderList(Orders.line(1, "1", "160.00").toBuilder().itemName("x".repeat(251)).build())
                        .build()))
                .build();

        ValidationReport report = codec.validate(bad);

        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(Violation::path, Violation::rule).contains(
                org.assertj.core.groups.Tuple.tuple("Order[1].OrderHead.orderNo", Rule.LENGTH),
                org.assertj.core.groups.Tuple.tuple("Order[1].OrderHead.currency", Rule.FIXED),
                org.assertj.core.groups.Tuple.tuple("Order[1].OrderHead.appType", Rule.CODE_LIST),
                org.assertj.core.groups.Tuple.tuple("Order[1].OrderList[1].itemName", Rule.LENGTH));
        Violation name = report.errors().stream().filter(v -> v.path().endsWith("itemName")).findFirst().orElseThrow();
        assertThat(name.fieldName()).isEqualTo("企业商品名称");
        assertThat(name.code()).isEqualTo("CEB-V003");
        assertThat(name.toString()).contains("ERROR CEB-V003 Order[1].OrderList[1].itemName (企业商品名称): length 251");
    }

    @Test
    void writeRefusesAMessageWithErrorsAndSaysWhy() {
        Ceb311Message bad = Orders.message().guid("lower-case-guid").build();

        assertThatThrownBy(() -> codec.write(bad))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("@guid")
                .satisfies(e -> assertThat(((ValidationException) e).report().errors()).isNotEmpty());
    }

    @Test
    void paidAmountMustEqualGoodsPlusFreightPlusTaxMinusDiscount() {
        Ceb311Message bad = Orders.message()
                .orders(java.util.List.of(Order.builder()
                        .orderHead(Orders.head().acturalPaid(new BigDecimal("179.71")).build())
                        .addOrderList(Orders.line(1, "2", "50.00"))
                        .addOrderList(Orders.line(2, "3", "20.00"))
                        .build()))
                .build();

        assertThat(codec.validate(bad).errors()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("Order[1].OrderHead.acturalPaid");
            assertThat(v.rule()).isEqualTo(Rule.CONSISTENCY);
            assertThat(v.message()).contains("179.70");
        });
    }

    @Test
    void toStringMasksPersonalData() {
        String text = Orders.valid().toString();

        assertThat(text).doesNotContain(Orders.BUYER_ID).doesNotContain("13522652231").contains("110***********4514");
    }
}
