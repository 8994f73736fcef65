package org.cbec.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.core.validation.Rule;
import org.cbec.core.validation.ValidationReport;
import org.cbec.core.validation.Violation;
import org.cbec.core.validation.internal.WireValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XsdFacetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"36", "1..60", "..100", "decimal19,5", "decimal", "int", "int5", "any", "1 collapse", "..200 collapse"})
    void notationRoundTrips(String notation) {
        assertThat(XsdFacets.parse(notation).notation()).isEqualTo(notation);
    }

    @Test
    void intWithTotalDigitsRefusesMoreDigitsAsASchemaRuleIgnoringSignAndLeadingZeros() {
        FieldDef<Integer> gnum = FieldDef.of("gnum", "序号", ValueType.INT, "N5", "int5");

        assertThat(findings(gnum, "99999")).isEmpty();
        assertThat(findings(gnum, "000099999")).isEmpty();
        assertThat(findings(gnum, "100000")).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.INTEGER);
            assertThat(v.rule().schemaLevel()).isTrue();
            assertThat(v.message()).isEqualTo("6 digits, at most 5 allowed");
        });
    }

    @Test
    void collapsedWhiteSpaceCountsTheCollapsedLength() {
        FieldDef<String> trafMode = FieldDef.of("trafMode", "运输方式", ValueType.STRING, "C..3", "1 collapse");

        assertThat(XsdFacets.parse("1 collapse").lexical("  5 \t\n")).isEqualTo("5");
        assertThat(findings(trafMode, " 5 ")).isEmpty();
        assertThat(findings(trafMode, " ")).extracting(Violation::rule).containsExactly(Rule.LENGTH);
        assertThat(findings(trafMode, "5 5")).extracting(Violation::rule).containsExactly(Rule.LENGTH);
    }

    private static java.util.List<Violation> findings(FieldDef<?> def, String text) {
        NodeSpec<Object, Object> spec = NodeSpec.<Object, Object>builder("N", "节点", Object::new, b -> b)
                .field(def, n -> null, (b, v) -> { })
                .build();
        WireNode wire = new WireNode("N", 0);
        wire.addField(def.tag(), text, 0);
        ValidationReport report = WireValidator.validate(spec, wire);
        return report.violations();
    }
}
