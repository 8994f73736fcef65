package org.cbec.core.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field format in the notation of the specification's field tables: {@code C36} (exactly 36 characters),
 * {@code C..60} (up to 60), {@code an..10}, {@code N19,5} (decimal, 19 digits of which at most 5 after the
 * point), {@code N4} (up to 4 digits).
 *
 * <pre>{@code
 * FieldFormat f = FieldFormat.parse("N19,5");
 * f.numeric();        // true
 * f.fractionDigits(); // 5
 * }</pre>
 *
 * @param notation       the notation as written in the specification
 * @param numeric        {@code N…} rather than {@code C…}/{@code an…}
 * @param fixedLength    {@code C36}: exact length; {@code C..60}: false
 * @param length         the (maximum) length, or total digits when numeric
 * @param fractionDigits digits allowed after the point (numeric only)
 */
public record FieldFormat(String notation, boolean numeric, boolean fixedLength, int length, int fractionDigits) {

    private static final Pattern SYNTAX = Pattern.compile("(C|an|a|N|n)(\\.\\.)?(\\d+)(?:,(\\d+))?");

    /** Parses the specification's notation. */
    public static FieldFormat parse(String notation) {
        Matcher m = SYNTAX.matcher(notation);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown field format notation: " + notation);
        }
        boolean numeric = m.group(1).equalsIgnoreCase("N");
        int length = Integer.parseInt(m.group(3));
        int fraction = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        boolean fixed = !numeric && m.group(2) == null;
        return new FieldFormat(notation, numeric, fixed, length, fraction);
    }

    @Override
    public String toString() {
        return notation;
    }
}
