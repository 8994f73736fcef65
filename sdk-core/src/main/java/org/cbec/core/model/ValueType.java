package org.cbec.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

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

    /** {@code xs:decimal}: optional sign, digits with at most one point, no exponent, no spaces. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INT_TEXT = Pattern.compile("[+-]?\\d+");
    private static final DateTimeFormatter DATE8_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Text, unchanged. */
    public static final ValueType<String> STRING = new ValueType<>("string", "text", String.class, s -> s, s -> s);
    /** {@code xs:decimal}: written with {@link BigDecimal#toPlainString()}, so the scale chosen by the caller stays. */
    public static final ValueType<BigDecimal> DECIMAL = new ValueType<>("decimal", "123.45", BigDecimal.class, ValueType::parseDecimal, BigDecimal::toPlainString);
    /** {@code xs:int}. */
    public static final ValueType<Integer> INT = new ValueType<>("int", "123", Integer.class, ValueType::parseInt, String::valueOf);
    /** {@code YYYYMMDDhhmmss}, China local time. */
    public static final ValueType<LocalDateTime> DATETIME14 = dateTime("datetime14", "YYYYMMDDhhmmss", "uuuuMMddHHmmss");
    /** {@code YYYYMMDDhhmmssfff}, China local time with milliseconds (receipts). */
    public static final ValueType<LocalDateTime> DATETIME17 = dateTime("datetime17", "YYYYMMDDhhmmssfff", "uuuuMMddHHmmssSSS");
    /** {@code YYYYMMDD}. */
    public static final ValueType<LocalDate> DATE8 = new ValueType<>("date8", "YYYYMMDD", LocalDate.class,
            s -> LocalDate.parse(s, DATE8_FORMAT), d -> d.format(DATE8_FORMAT));
    /** A well-formed XML fragment carried verbatim (the content of {@code ExtendMessage/Message}). */
    public static final ValueType<String> XML = new ValueType<>("xml", "<xml/>", String.class, s -> s, s -> s);

    private final String name;
    private final String pattern;
    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    private ValueType(String name, String pattern, Class<T> javaType, Function<String, T> parser, Function<T, String> formatter) {
        this.name = name;
        this.pattern = pattern;
        this.javaType = javaType;
        this.parser = parser;
        this.formatter = formatter;
    }

    private static ValueType<LocalDateTime> dateTime(String name, String specPattern, String pattern) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
        return new ValueType<>(name, specPattern, LocalDateTime.class, s -> LocalDateTime.parse(s, f), t -> t.format(f));
    }

    private static BigDecimal parseDecimal(String s) {
        if (!DECIMAL_TEXT.matcher(s).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        return new BigDecimal(s);
    }

    private static Integer parseInt(String s) {
        if (!INT_TEXT.matcher(s).matches()) {
            throw new IllegalArgumentException("not a whole number");
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
