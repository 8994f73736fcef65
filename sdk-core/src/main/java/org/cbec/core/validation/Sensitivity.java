package org.cbec.core.validation;

/**
 * Personal data classes. Values of such fields are masked wherever the SDK shows them: violations, logs,
 * {@code toString()}.
 *
 * <pre>{@code
 * Sensitivity.ID_NUMBER.mask("110101199003074514"); // "110***********4514"
 * Sensitivity.PHONE.mask("13522652231");             // "135****2231"
 * }</pre>
 */
public enum Sensitivity {
    /** Not personal; shown as is. */
    NONE,
    /** A person's name: first character kept. */
    NAME,
    /** An identity document number: first 3 and last 4 characters kept. */
    ID_NUMBER,
    /** A telephone number: first 3 and last 4 characters kept. */
    PHONE,
    /** A postal address: first 6 characters kept. */
    ADDRESS;

    /** The value as it may be shown; {@code null} stays {@code null}. */
    public String mask(String value) {
        if (value == null || this == NONE) {
            return value;
        }
        int n = value.codePointCount(0, value.length());
        return switch (this) {
            case NAME -> keep(value, 1, 0, n);
            case ID_NUMBER, PHONE -> n <= 7 ? "*".repeat(n) : keep(value, 3, 4, n);
            case ADDRESS -> keep(value, Math.min(6, n / 2), 0, n);
            case NONE -> value;
        };
    }

    private static String keep(String value, int head, int tail, int n) {
        if (n <= head + tail) {
            return "*".repeat(n);
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(0, n - tail);
        return value.substring(0, headEnd) + "*".repeat(n - head - tail) + value.substring(tailStart);
    }
}
