package org.cbec.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cbec.core.validation.CodeList;
import org.cbec.core.validation.FieldCheck;
import org.cbec.core.validation.Sensitivity;

/**
 * Everything the specification says about one field: its tag, Chinese name, value type, the specification's data
 * format, the XSD's facets, whether it is mandatory, its code list, fixed value, sensitivity and extra checks.
 * Instances are immutable; each {@code with…} method returns a copy. Generated message classes declare their fields
 * with it.
 *
 * <pre>{@code
 * FieldDef<String> orderNo = FieldDef.of("orderNo", "订单编号", ValueType.STRING, "C..60", "1..60");
 * FieldDef<String> payCode = FieldDef.of("payCode", "支付企业代码", ValueType.STRING, "C..18", "..18").optional();
 * }</pre>
 *
 * @param <T> Java type of the value
 */
public final class FieldDef<T> {

    private final String tag;
    private final String cnName;
    private final ValueType<T> type;
    private final FieldFormat format;
    private final XsdFacets xsd;
    private final boolean required;
    private final boolean attribute;
    private final String fixed;
    private final CodeList<?> codes;
    private final Sensitivity sensitivity;
    private final List<FieldCheck> checks;

    private FieldDef(String tag, String cnName, ValueType<T> type, FieldFormat format, XsdFacets xsd, boolean required,
                     boolean attribute, String fixed, CodeList<?> codes, Sensitivity sensitivity, List<FieldCheck> checks) {
        this.tag = tag;
        this.cnName = cnName;
        this.type = type;
        this.format = format;
        this.xsd = xsd;
        this.required = required;
        this.attribute = attribute;
        this.fixed = fixed;
        this.codes = codes;
        this.sensitivity = sensitivity;
        this.checks = List.copyOf(checks);
    }

    /**
     * A mandatory element field.
     *
     * @param format specification notation, e.g. {@code C..60}
     * @param xsd    {@link XsdFacets} notation, e.g. {@code 1..60}
     */
    public static <T> FieldDef<T> of(String tag, String cnName, ValueType<T> type, String format, String xsd) {
        return new FieldDef<>(Objects.requireNonNull(tag), cnName, type, FieldFormat.parse(format), XsdFacets.parse(xsd),
                true, false, null, null, Sensitivity.NONE, List.of());
    }

    /** May be absent. */
    public FieldDef<T> optional() {
        return new FieldDef<>(tag, cnName, type, format, xsd, false, attribute, fixed, codes, sensitivity, checks);
    }

    /** Written as an XML attribute rather than a child element (the root's {@code guid} and {@code version}). */
    public FieldDef<T> asAttribute() {
        return new FieldDef<>(tag, cnName, type, format, xsd, required, true, fixed, codes, sensitivity, checks);
    }

    /** The schema fixes the value (e.g. currency {@code 142} in import orders). */
    public FieldDef<T> fixed(String value) {
        return new FieldDef<>(tag, cnName, type, format, xsd, required, attribute, value, codes, sensitivity, checks);
    }

    /** Values must be codes of {@code list}. */
    public FieldDef<T> codes(CodeList<?> list) {
        return new FieldDef<>(tag, cnName, type, format, xsd, required, attribute, fixed, list, sensitivity, checks);
    }

    /** Personal data: masked wherever shown. */
    public FieldDef<T> sensitive(Sensitivity s) {
        return new FieldDef<>(tag, cnName, type, format, xsd, required, attribute, fixed, codes, s, checks);
    }

    /** Adds a check run on present, non-empty text. */
    public FieldDef<T> check(FieldCheck check) {
        List<FieldCheck> c = new ArrayList<>(checks);
        c.add(check);
        return new FieldDef<>(tag, cnName, type, format, xsd, required, attribute, fixed, codes, sensitivity, c);
    }

    public String tag() {
        return tag;
    }

    public String cnName() {
        return cnName;
    }

    public ValueType<T> type() {
        return type;
    }

    public FieldFormat format() {
        return format;
    }

    public XsdFacets xsd() {
        return xsd;
    }

    public boolean required() {
        return required;
    }

    public boolean isAttribute() {
        return attribute;
    }

    /** The fixed value, or {@code null}. */
    public String fixedValue() {
        return fixed;
    }

    /** The code list, or {@code null}. */
    public CodeList<?> codeList() {
        return codes;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    public List<FieldCheck> checks() {
        return checks;
    }

    @Override
    public String toString() {
        return tag + " " + format + (required ? "" : " optional");
    }
}
