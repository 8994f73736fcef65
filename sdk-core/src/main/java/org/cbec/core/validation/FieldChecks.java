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
        if (text.length() != 36 || !isGuidText(text)) {
            out.error(Rule.GUID, "must be 36 characters of digits, upper-case letters and hyphens, e.g. 4CDE1CFD-EDED-46B1-946C-B8022E42FC94");
        }
    };

    /**
     * An enterprise code: the 10-character customs registration code, or the 18-character unified social credit code,
     * whose GB 32100 check character must then be right.
     */
    public static final FieldCheck ENTERPRISE_CODE = (text, out) -> {
        if (text.length() == 18 && !CheckDigits.isValidUnifiedSocialCreditCode(text)) {
            out.error(Rule.USCC_CHECK, "an 18-character code must be a unified social credit code with a valid GB 32100 check character");
        }
    };

    private FieldChecks() {
    }

    private static boolean isGuidText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' && (c < '0' || c > '9') && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }
}
