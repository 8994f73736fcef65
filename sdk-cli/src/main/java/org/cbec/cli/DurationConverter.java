package org.cbec.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option: a whole number with a unit ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}) or ISO-8601
 * ({@code PT30S}).
 *
 * <pre>{@code
 * @Option(names = "--timeout", defaultValue = "60s", converter = DurationConverter.class)
 * private Duration timeout;
 * }</pre>
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            Duration d = Duration.parse(value.strip());
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new TypeConversionException("'" + value + "' is not a duration such as 500ms, 30s, 5m, 2h or PT30S");
    }
}
