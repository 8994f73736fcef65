package org.cbec.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.cbec.core.model.FieldDef;
import org.cbec.core.model.FieldFormat;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.model.XsdFacets;
import org.cbec.core.validation.CheckDigits;
import org.cbec.core.validation.Coded;
import org.cbec.core.validation.FieldChecks;
import org.cbec.core.validation.Sensitivity;

/**
 * Random wire trees of any message type that satisfy every field rule of its descriptors (formats, facets, code
 * lists, GUIDs, check characters), driven only by the {@link NodeSpec} descriptions. Cross-field business checks
 * (totals, line numbering) are not aimed at; tests filter {@link org.cbec.core.validation.Rule#CONSISTENCY}.
 *
 * <pre>{@code
 * @Provide Arbitrary<WireNode> messages() { return RandomWire.of(Ceb311Message.SPEC); }
 * }</pre>
 */
public final class RandomWire {

    private static final String CHARS = "abcxyzABCXYZ0189 -_()&<>\"'·，。跨境电商平台有限公司北京上海海关";

    private final Random random;

    private RandomWire(Random random) {
        this.random = random;
    }

    /** Random trees of {@code spec}; each occurrence count stays small (at most 3) to keep messages quick. */
    public static Arbitrary<WireNode> of(MessageSpec<?> spec) {
        return Arbitraries.randomValue(r -> new RandomWire(r).node(spec.root()));
    }

    private WireNode node(NodeSpec<?, ?> spec) {
        WireNode w = new WireNode(spec.name(), 0);
        for (Member.Field<?, ?, ?> a : spec.attributes()) {
            if (a.def().required() || random.nextBoolean()) {
                w.putAttribute(a.tag(), text(a.def()));
            }
        }
        for (Member<?, ?> m : spec.members()) {
            if (m instanceof Member.Field<?, ?, ?> f) {
                if (f.def().required() || random.nextInt(10) < 7) {
                    if (f.def().type() == ValueType.XML) {
                        w.addXmlField(f.tag(), "<ext a=\"1\">v&amp;w</ext>", 0);
                    } else {
                        w.addField(f.tag(), text(f.def()), 0);
                    }
                }
            } else if (m instanceof Member.Child<?, ?, ?> c) {
                int max = Math.min(c.maxOccurs(), Math.max(c.minOccurs(), 3));
                int n = c.minOccurs() + random.nextInt(max - c.minOccurs() + 1);
                for (int i = 0; i < n; i++) {
                    w.addChild(node(c.spec()));
                }
            }
        }
        return w;
    }

    /** Text that passes every rule of {@code def}. */
    public String text(FieldDef<?> def) {
        if (def.fixedValue() != null) {
            return def.fixedValue();
        }
        if (def.codeList() != null) {
            List<? extends Coded> codes = new ArrayList<>(def.codeList().entries());
            return codes.get(random.nextInt(codes.size())).code();
        }
        if (def.checks().contains(FieldChecks.GUID)) {
            return new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT);
        }
        ValueType<?> type = def.type();
        if (type == ValueType.DATETIME14) {
            return ValueType.DATETIME14.format(dateTime());
        }
        if (type == ValueType.DATETIME17) {
            return ValueType.DATETIME17.format(dateTime().plusNanos(random.nextInt(1000) * 1_000_000L));
        }
        if (type == ValueType.DATE8) {
            return ValueType.DATE8.format(dateTime().toLocalDate());
        }
        FieldFormat fmt = def.format();
        XsdFacets xsd = def.xsd();
        if (type == ValueType.INT) {
            int digits = Math.min(Math.min(fmt.length(), 9), xsd.totalDigits() == 0 ? 9 : xsd.totalDigits());
            return String.valueOf(1 + random.nextInt((int) Math.pow(10, digits) - 1));
        }
        if (type == ValueType.DECIMAL || xsd.isDecimal()) {
            int fraction = Math.min(fmt.fractionDigits(), xsd.fractionDigits() < 0 ? fmt.fractionDigits() : xsd.fractionDigits());
            int integer = Math.min(fmt.length() - fmt.fractionDigits(), (xsd.totalDigits() == 0 ? 28 : xsd.totalDigits()) - fraction);
            long intPart = (long) (random.nextDouble() * Math.pow(10, Math.min(integer, 12)));
            int scale = fraction == 0 ? 0 : random.nextInt(fraction + 1);
            return new BigDecimal(intPart).add(BigDecimal.valueOf(random.nextInt(100), 2)).setScale(scale, java.math.RoundingMode.DOWN).toPlainString();
        }
        if (fmt.numeric()) {
            return digits(1 + random.nextInt(Math.min(fmt.length(), Math.min(xsd.maxLength(), 18))));
        }
        int max = Math.min(fmt.length(), xsd.maxLength());
        int min = Math.max(def.required() ? 1 : 0, xsd.minLength());
        if (fmt.fixedLength()) {
            min = max;
        }
        if (def.sensitivity() == Sensitivity.ID_NUMBER && min <= 18 && max >= 18) {
            return residentId();
        }
        if (def.checks().contains(FieldChecks.ENTERPRISE_CODE) && min <= 10 && max >= 10) {
            return "11" + digits(8);
        }
        int len = min + random.nextInt(Math.min(max, min + 40) - min + 1);
        if (len == 18 && def.checks().contains(FieldChecks.ENTERPRISE_CODE)) {
            len = 17;
        }
        String chars = xsd.collapse() ? CHARS.replace(" ", "") : CHARS;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < len; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }

    private LocalDateTime dateTime() {
        return LocalDateTime.of(2000, 1, 1, 0, 0).plusSeconds((long) (random.nextDouble() * 60 * 60 * 24 * 365 * 30));
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private String residentId() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 60));
        String first17 = (110000 + random.nextInt(500000)) + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return first17 + CheckDigits.residentIdCheckChar(first17);
    }
}
