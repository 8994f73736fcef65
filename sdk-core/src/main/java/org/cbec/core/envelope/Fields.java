package org.cbec.core.envelope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.cbec.core.error.ErrorCode;

/** The field rules of the envelope schemas, shared by the records (on construction) and the reader. */
final class Fields {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WIRE_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final int SHOWN_VALUE_LENGTH = 80;

    private Fields() {
    }

    /** A required string of {@code min..max} characters (code points), all legal in XML 1.0. */
    static String text(String path, String value, int min, int max) {
        if (value == null) {
            throw new DxpEnvelopeException(ErrorCode.DXP_MISSING_ELEMENT, path, "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw invalid(path, (min == max ? "must be exactly " + min : "must be " + min + " to " + max) + " characters long, was " + length, value);
        }
        value.codePoints().filter(c -> !isXmlChar(c)).findFirst().ifPresent(c -> {
            throw invalid(path, String.format("character U+%04X is not allowed in XML", c), value);
        });
        return value;
    }

    /** As {@link #text}, for an optional field: {@code null} stays {@code null}. */
    static String optionalText(String path, String value, int min, int max) {
        return value == null ? null : text(path, value, min, max);
    }

    /** An optional {@code xs:ID}: an NCName, at most {@code max} characters and, per spec table 4-1, not all digits. */
    static String optionalId(String path, String value, int max) {
        if (value == null) {
            return null;
        }
        text(path, value, 1, max);
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(path, "must not be purely numeric", value);
        }
        if (!isNcName(value)) {
            throw invalid(path, "must be an XML NCName (xs:ID): a letter or '_' first, then letters, digits, '.', '-', '_', no ':'", value);
        }
        return value;
    }

    static <T> List<T> list(String path, List<T> values, int min, int max) {
        if (values == null) {
            throw new DxpEnvelopeException(ErrorCode.DXP_MISSING_ELEMENT, path, "is required");
        }
        List<T> copy = List.copyOf(values);
        if (copy.size() < min || copy.size() > max) {
            throw new DxpEnvelopeException(ErrorCode.DXP_INVALID_FIELD, path,
                    "must occur " + min + " to " + max + " times, occurs " + copy.size() + " times");
        }
        return copy;
    }

    static <T> T required(String path, T value) {
        if (value == null) {
            throw new DxpEnvelopeException(ErrorCode.DXP_MISSING_ELEMENT, path, "is required");
        }
        return value;
    }

    static DxpEnvelopeException invalid(String path, String rule, String value) {
        String shown = value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
        return new DxpEnvelopeException(ErrorCode.DXP_INVALID_FIELD, path, rule + ", got \"" + shown + "\"");
    }

    /** Whole seconds, the precision of {@code CreatTime} and {@code SendTime} on the wire. */
    static LocalDateTime seconds(String path, LocalDateTime value) {
        return required(path, value).truncatedTo(ChronoUnit.SECONDS);
    }

    static String formatDateTime(LocalDateTime value) {
        return WIRE_DATE_TIME.format(value);
    }

    /** Any {@code xs:dateTime}; one with an offset is converted to China time, fractions of a second are dropped. */
    static LocalDateTime parseDateTime(String path, String text) {
        String collapsed = text.strip();
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(collapsed, OffsetDateTime::from, LocalDateTime::from);
            LocalDateTime local = t instanceof OffsetDateTime o ? o.atZoneSameInstant(CHINA).toLocalDateTime() : (LocalDateTime) t;
            return local.truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            throw invalid(path, "must be a date-time yyyy-MM-ddTHH:mm:ss", text);
        }
    }

    /** Any {@code xs:date}; an offset, if present, is ignored. */
    static LocalDate parseDate(String path, String text) {
        try {
            return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw invalid(path, "must be a date yyyy-MM-dd", text);
        }
    }

    static boolean isXmlWhitespace(String s) {
        return s.chars().allMatch(Fields::isXmlWhitespace);
    }

    static boolean isXmlWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static boolean isNcName(String s) {
        int first = s.codePointAt(0);
        return isNameStartChar(first) && s.codePoints().skip(1).allMatch(Fields::isNameChar);
    }

    /** XML 1.0 (fifth edition) NameStartChar, without ':'. */
    private static boolean isNameStartChar(int c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6)
                || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
                || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
                || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    private static boolean isNameChar(int c) {
        return isNameStartChar(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F)
                || (c >= 0x203F && c <= 0x2040);
    }
}
