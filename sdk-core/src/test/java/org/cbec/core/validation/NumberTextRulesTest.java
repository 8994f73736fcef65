package org.cbec.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.cbec.core.model.FieldDef;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.validation.internal.WireValidator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The number checks are hand-written scans (no regular expression per value, for speed); they agree with the
 * regular expressions of {@code xs:decimal}, {@code xs:int} and the specification's {@code N} notation on any text made
 * of digits, signs, points and a few stray characters.
 */
class NumberTextRulesTest {

    private static final Pattern XS_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern XS_INT = Pattern.compile("[+-]?\\d+");
    private static final Pattern SPEC_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    @Property(tries = 3000)
    void decimalAndIntAcceptExactlyTheirLexicalForms(@ForAll @Chars({'0', '1', '9', '+', '-', '.', 'e', ' '}) @StringLength(max = 12) String text) {
        assertThat(ValueType.DECIMAL.accepts(text)).as(text).isEqualTo(XS_DECIMAL.matcher(text).matches());
        assertThat(ValueType.INT.accepts(text)).as(text).isEqualTo(XS_INT.matcher(text).matches() && fitsInt(text));
    }

    @Property(tries = 3000)
    void decimalDigitLimitsCountAsTheSchemaDoes(@ForAll @Chars({'0', '1', '9', '+', '-', '.'}) @StringLength(min = 1, max = 12) String text) {
        FieldDef<java.math.BigDecimal> def = FieldDef.of("amount", "金额", ValueType.DECIMAL, "N6,2", "decimal6,2");

        List<Rule> found = rules(def, text);

        assertThat(found).as(text).isEqualTo(expectedDecimalRules(text));
    }

    @Property(tries = 2000)
    void intDigitLimitIgnoresSignAndLeadingZeros(@ForAll @Chars({'0', '1', '9', '+', '-'}) @StringLength(min = 1, max = 9) String text) {
        FieldDef<Integer> def = FieldDef.of("gnum", "序号", ValueType.INT, "N5", "int5");
        boolean wellFormed = XS_INT.matcher(text).matches();
        int digits = text.replaceFirst("^[+-]?0*", "").length();

        List<Rule> found = rules(def, text);

        if (!wellFormed) {
            assertThat(found).as(text).containsExactly(Rule.INTEGER);
        } else if (digits > 5) {
            assertThat(found).as(text).containsExactly(Rule.INTEGER);
        } else {
            assertThat(found).as(text).doesNotContain(Rule.INTEGER);
        }
    }

    /** The rules the validator reported before its scans replaced these regular expressions. */
    private static List<Rule> expectedDecimalRules(String text) {
        if (!XS_DECIMAL.matcher(text).matches()) {
            return List.of(Rule.DECIMAL);
        }
        String unsigned = text.charAt(0) == '+' || text.charAt(0) == '-' ? text.substring(1) : text;
        int point = unsigned.indexOf('.');
        int intDigits = (point < 0 ? unsigned : unsigned.substring(0, point)).replaceFirst("^0+", "").length();
        int fraction = point < 0 ? 0 : unsigned.length() - point - 1;
        if (fraction > 2 || intDigits + fraction > 6) {
            return List.of(Rule.DECIMAL);
        }
        if (!SPEC_NUMBER.matcher(text).matches()) {
            return List.of(Rule.FORMAT);
        }
        int specPoint = text.indexOf('.');
        int integer = (specPoint < 0 ? text : text.substring(0, specPoint)).replaceFirst("^0+(?=\\d)", "").length();
        return fraction > 2 || integer > 4 ? List.of(Rule.FORMAT) : List.of();
    }

    private static boolean fitsInt(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<Rule> rules(FieldDef<?> def, String text) {
        NodeSpec<Object, Object> spec = NodeSpec.<Object, Object>builder("N", "节点", Object::new, b -> b)
                .field(def, n -> null, (b, v) -> { })
                .build();
        WireNode wire = new WireNode("N", 0);
        wire.addField(def.tag(), text, 0);
        return WireValidator.validate(spec, wire).violations().stream().map(Violation::rule).toList();
    }
}
