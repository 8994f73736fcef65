package org.cbec.core.validation;

/**
 * Every rule the validator applies, with a stable code that tools can rely on across releases.
 *
 * <p>A rule is {@link #schemaLevel() schema level} when the official XSD checks the same thing; the others come
 * from the specification's field tables and business rules, which the XSD cannot see (check characters, code lists,
 * date formats, totals). A strict reader rejects schema-level violations; {@code validate} reports all of them.
 */
public enum Rule {
    REQUIRED("CEB-V001", true, "a mandatory element is missing"),
    EMPTY("CEB-V002", false, "a mandatory field is present but empty"),
    LENGTH("CEB-V003", true, "text length outside the schema's bounds"),
    DECIMAL("CEB-V004", true, "not a decimal within the schema's digits"),
    INTEGER("CEB-V005", true, "not a whole number within xs:int"),
    FIXED("CEB-V006", true, "differs from the schema's fixed value"),
    CARDINALITY("CEB-V007", true, "too many or too few occurrences"),
    ORDER("CEB-V008", true, "element out of the schema's order"),
    UNKNOWN_ELEMENT("CEB-V009", true, "element the schema does not define here"),
    NAMESPACE("CEB-V010", true, "element or root in the wrong namespace"),
    FORMAT("CEB-V011", false, "does not match the specification's data format"),
    DATETIME("CEB-V012", false, "not a valid date or time in the specification's format"),
    CODE_LIST("CEB-V013", false, "not a code of the field's code list"),
    GUID("CEB-V014", false, "not a 36-character upper-case GUID"),
    USCC_CHECK("CEB-V015", false, "unified social credit code fails its GB 32100 check character"),
    RESIDENT_ID_CHECK("CEB-V016", false, "resident ID number fails its GB 11643 check character or birth date"),
    XML_CHARACTER("CEB-V017", true, "contains a character XML 1.0 cannot carry"),
    CONSISTENCY("CEB-V018", false, "fields of the message disagree with each other"),
    /** Not a specification rule: the user's goods list (正面清单) does not hold the line's HS code ({@code GoodsList}). */
    GOODS_NOT_LISTED("CEB-G001", false, "HS code not on the cross-border retail import list (正面清单)"),
    /** Not a specification rule: the goods list holds the code only under a condition the filing breaks (仅限网购保税). */
    GOODS_LIST_CONDITION("CEB-G002", false, "goods listed only under a condition the filing does not meet");

    private final String code;
    private final boolean schemaLevel;
    private final String description;

    Rule(String code, boolean schemaLevel, String description) {
        this.code = code;
        this.schemaLevel = schemaLevel;
        this.description = description;
    }

    /** Stable code, e.g. {@code CEB-V003}. */
    public String code() {
        return code;
    }

    /** True when the official XSD enforces this rule too. */
    public boolean schemaLevel() {
        return schemaLevel;
    }

    public String description() {
        return description;
    }
}
