package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Sensitivity;
import org.cbec.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Field rules that only the SDK checks, each shown on one field of a CEB311, and the XSD's view of the same value. */
class FieldRulesTest {

    private final CebCodec codec = CebCodec.ofDefaults();

    private String validXml() {
        return new String(codec.write(Orders.valid()), StandardCharsets.UTF_8);
    }

    private Violation onlyError(String xml) {
        var report = codec.parse(xml.getBytes(StandardCharsets.UTF_8), Ceb311Message.SPEC).report();
        assertThat(report.errors()).hasSize(1);
        return report.errors().get(0);
    }

    @Test
    void eighteenCharacterEnterpriseCodeMustCarryAValidGb32100CheckCharacter() {
        assertThat(codec.validate(Orders.message().baseTransfer(Orders.valid().baseTransfer().toBuilder()
                .copCode("91350100M000100Y43").build()).build()).violations()).isEmpty();

        Violation v = onlyError(validXml().replace("<ceb:copCode>1105910159</ceb:copCode>", "<ceb:copCode>91350100M000100Y44</ceb:copCode>"));

        assertThat(v.rule()).isEqualTo(Rule.USCC_CHECK);
        assertThat(v.path()).isEqualTo("BaseTransfer.copCode");
        assertThat(v.fieldName()).isEqualTo("传输企业代码");
    }

    @Test
    void appTimeMustBeARealDateAlthoughTheSchemaOnlyCountsItsLength() {
        String xml = validXml().replace("<ceb:appTime>20261123103000</ceb:appTime>", "<ceb:appTime>20261399103000</ceb:appTime>");

        Violation v = onlyError(xml);

        assertThat(v.rule()).isEqualTo(Rule.DATETIME);
        assertThat(v.path()).isEqualTo("Order[1].OrderHead.appTime");
        assertThat(v.message()).contains("YYYYMMDDhhmmss");
        assertThat(OfficialSpec.schemaError(xml.getBytes(StandardCharsets.UTF_8), "ceb-import-202205.xsd")).isNull();
    }

    @Test
    void characterXmlCannotCarryIsReportedNotWritten() {
        Ceb311Message bad = Orders.message().orders(java.util.List.of(Order.builder()
                .orderHead(Orders.head().orderNo("A\u0001B").build())
                .addOrderList(Orders.line(1, "2", "50.00")).addOrderList(Orders.line(2, "3", "20.00")).build())).build();

        assertThat(codec.validate(bad).errors()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.XML_CHARACTER);
            assertThat(v.path()).isEqualTo("Order[1].OrderHead.orderNo");
        });
    }

    @Test
    void elementOutOfSchemaOrderIsReportedAtItsPath() {
        String xml = validXml();
        String orderNo = "<ceb:orderNo>ORDER-2026-0001</ceb:orderNo>";
        String moved = xml.replace("\t\t\t" + orderNo + "\n", "").replace("</ceb:consigneeDistrict>", "</ceb:consigneeDistrict>" + orderNo);
        assertThat(moved).isNotEqualTo(xml).contains(orderNo);

        Violation v = onlyError(moved);

        assertThat(v.rule()).isEqualTo(Rule.ORDER);
        assertThat(v.path()).isEqualTo("Order[1].OrderHead.orderNo");
    }

    @Test
    void addressesAreMaskedAfterTheirFirstCharacters() {
        assertThat(Sensitivity.ADDRESS.mask("北京市海淀区中关村大街1号")).isEqualTo("北京市海淀区*******");
        assertThat(Sensitivity.NAME.mask("张三")).isEqualTo("张*");
    }
}
