package org.cbec.core.validation;

/**
 * Field checks the specification asks for on many messages. The field dictionary refers to them by name.
 *
 * <pre>{@code
 * FieldDef.of("guid", "系统唯一序号", ValueType.STRING, "C36", "36").check(FieldChecks.GUID);
 * }</pre>
 */
public final class FieldChecks {

    /** A message or document id: 36 characters, no lower-case letters ("英文字母大写"). */
    public static final FieldCheck GUID = (text, out) -> {
        if (text.length() != 36 || !text.chars().allMatch(c -> c == '-' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            out.error(Rule.GUID, "must be 36 characters of digits, upper-case letters and hyphens, e.g. 4CDE1CFD-EDED-46B1-946C-B8022E42FC94");
        }
    };

    private FieldChecks() {
    }
}
