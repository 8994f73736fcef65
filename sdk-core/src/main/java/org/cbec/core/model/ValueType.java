package org.cbec.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How the Java value of a field maps to its text on the wire. Parsing is strict: text that does not parse is
 * reported by the validator with the field's path, never silently changed.
 *
 * <p>Customs times carry no zone on the wire; they are local times in China (Asia/Shanghai), see
 * {@link CustomsTime}.
 *
 * @param <T> the Java type of the value
 */
public final class ValueType<T> {

    private static final DateTimeFormatter DATE8_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Text, unchanged. */
    public static final ValueType<String> STRING = new ValueType<>("string", "text", String.class, s -> s, s -> s, s -> true);
    /** {@code xs:decimal}: written with {@link BigDecimal#toPlainString()}, so the scale chosen by the caller stays. */
    public static final ValueType<BigDecimal> DECIMAL = new ValueType<>("decimal", "123.45", BigDecimal.class, ValueType::parseDecimal,
            BigDecimal::toPlainString, ValueType::isDecimalText);
    /** {@code xs:int}. */
    public static final ValueType<Integer> INT = new ValueType<>("int", "123", Integer.class, ValueType::parseInt, String::valueOf, null);
    /** {@code YYYYMMDDhhmmss}, China local time. */
    public static final ValueType<LocalDateTime> DATETIME14 = dateTime("datetime14", "YYYYMMDDhhmmss", "uuuuMMddHHmmss", 14);
    /** {@code YYYYMMDDhhmmssfff}, China local time with milliseconds (receipts). */
    public static final ValueType<LocalDateTime> DATETIME17 = dateTime("datetime17", "YYYYMMDDhhmmssfff", "uuuuMMddHHmmssSSS", 17);
    /** {@code YYYYMMDD}. */
    public static final ValueType<LocalDate> DATE8 = new ValueType<>("date8", "YYYYMMDD", LocalDate.class,
            s -> LocalDate.parse(s, DATE8_FORMAT), d -> d.format(DATE8_FORMAT), s -> isDigitDateTime(s, 8));
    /** A well-formed XML fragment carried verbatim (the content of {@code ExtendMessage/Message}). */
    public static final ValueType<String> XML = new ValueType<>("xml", "<xml/>", String.class, s -> s, s -> s, s -> true);

    private final String name;
    private final String pattern;
    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    /** Tells without parsing that text is of this type ({@code true}); on {@code false} parsing decides. */
    private final Predicate<String> quickAccept;

    private ValueType(String name, String pattern, Class<T> javaType, Function<String, T> parser, Function<T, String> formatter,
                      Predicate<String> quickAccept) {
        this.name = name;
        this.pattern = pattern;
        this.javaType = javaType;
        this.parser = parser;
        this.formatter = formatter;
        this.quickAccept = quickAccept;
    }

    private static ValueType<LocalDateTime> dateTime(String name, String specPattern, String pattern, int length) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
        return new ValueType<>(name, specPattern, LocalDateTime.class, s -> LocalDateTime.parse(s, f), t -> t.format(f),
                s -> isDigitDateTime(s, length));
    }

    /**
     * True when {@code s} is {@code length} ASCII digits forming {@code uuuuMMdd}, then (for 14 and 17) {@code HHmmss}
     * and any milliseconds, of a real date and time: exactly what the strict formatters accept, told without them.
     */
    private static boolean isDigitDateTime(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        int year = number(s, 0, 4);
        int month = number(s, 4, 6);
        int day = number(s, 6, 8);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return false;
        }
        return length == 8 || (number(s, 8, 10) <= 23 && number(s, 10, 12) <= 59 && number(s, 12, 14) <= 59);
    }

    private static int number(String digits, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + digits.charAt(i) - '0';
        }
        return n;
    }

    private static BigDecimal parseDecimal(String s) {
        if (!isDecimalText(s)) {
            throw new IllegalArgumentException("not a decimal number");
        }
        return new BigDecimal(s);
    }

    /** {@code xs:decimal}: optional sign, ASCII digits with at most one point and at least one digit, no exponent, no spaces. */
    private static boolean isDecimalText(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        boolean point = false;
        boolean digit = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    private static Integer parseInt(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        if (i == s.length()) {
            throw new IllegalArgumentException("not a whole number");
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new IllegalArgumentException("not a whole number");
            }
        }
        return Integer.valueOf(s);
    }

    /** Short name used in the field dictionary, e.g. {@code decimal}. */
    public String name() {
        return name;
    }

    /** The form of the text in the specification's words, e.g. {@code YYYYMMDDhhmmss}. */
    public String pattern() {
        return pattern;
    }

    public Class<T> javaType() {
        return javaType;
    }

    /**
     * Parses wire text.
     *
     * @throws IllegalArgumentException when the text is not of this type
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a valid " + name, e);
        }
    }

    /** Tells whether {@code text} parses as this type. */
    public boolean accepts(String text) {
        if (quickAccept != null && quickAccept.test(Objects.requireNonNull(text, "text"))) {
            return true;
        }
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Formats a value as wire text. */
    public String format(T value) {
        return formatter.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
