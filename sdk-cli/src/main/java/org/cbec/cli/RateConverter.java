package org.cbec.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a rate as messages per minute: {@code 600/min}, {@code 10/s} (600 a minute) or a bare {@code 600}.
 *
 * <pre>{@code
 * @Option(names = "--rate", converter = RateConverter.class) Integer perMinute;
 * }</pre>
 */
final class RateConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        int perUnit = 1;
        if (v.endsWith("/min")) {
            v = v.substring(0, v.length() - 4);
        } else if (v.endsWith("/s")) {
            v = v.substring(0, v.length() - 2);
            perUnit = 60;
        }
        try {
            long n = Long.parseLong(v.trim()) * perUnit;
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new TypeConversionException("a rate of at least 1 message a minute, e.g. 600/min: " + value);
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a rate like 600/min or 10/s: " + value);
        }
    }
}
