package org.cbec.core.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Check characters of the two identifiers CEB messages carry most: the unified social credit code of a company
 * (统一社会信用代码, GB 32100-2015) and the resident identity card number of a buyer (公民身份号码, GB 11643-1999).
 *
 * <pre>{@code
 * CheckDigits.isValidUnifiedSocialCreditCode("91350100M000100Y43");   // true
 * CheckDigits.isValidResidentIdNumber(order.buyerIdNumber());         // check char and birth date
 * String id = first17 + CheckDigits.residentIdCheckChar(first17);
 * }</pre>
 *
 * <p>Only upper-case letters are accepted, in both identifiers: the value a filing carries must be exactly the one
 * customs checks, so a lower-case {@code x} in an ID number is reported as invalid rather than silently accepted;
 * callers that take user input should upper-case it first. The region codes (positions 3–8 of a credit code,
 * 1–6 of an ID number) are not checked against the GB/T 2260 division list.
 */
public final class CheckDigits {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_ID_CHECK_CHARS = "10X98765432";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private CheckDigits() {
    }

    /**
     * Whether {@code code} is a well-formed unified social credit code: 18 characters from
     * {@code 0-9 A-H J-N P-R T U W-Y}, the last one the GB 32100-2015 check character of the first 17, and the subject
     * identifier at positions 9–17, which GB 32100 takes from the organization code (GB 11714), carrying a correct
     * GB 11714 check character at position 17.
     */
    public static boolean isValidUnifiedSocialCreditCode(String code) {
        if (code == null || code.length() != 18 || !inUsccAlphabet(code)) {
            return false;
        }
        return code.charAt(17) == usccCheckChar(code) && code.charAt(16) == organizationCodeCheckChar(code.substring(8, 16));
    }

    /**
     * The GB 32100-2015 check character (position 18) of a unified social credit code.
     *
     * @param first17 the first 17 characters, from the code's alphabet
     * @throws IllegalArgumentException if {@code first17} is not 17 characters of that alphabet
     */
    public static char unifiedSocialCreditCodeCheckChar(String first17) {
        if (first17 == null || first17.length() != 17 || !inUsccAlphabet(first17)) {
            throw new IllegalArgumentException("expected 17 characters from " + USCC_ALPHABET + ", got " + first17);
        }
        return usccCheckChar(first17);
    }

    /**
     * Whether {@code id} is a well-formed 18-character resident identity card number: 17 digits, the GB 11643-1999
     * check character (a digit or upper-case {@code X}) and, at positions 7–14, a real birth date {@code yyyyMMdd}
     * that is not after today in China.
     */
    public static boolean isValidResidentIdNumber(String id) {
        return isValidResidentIdNumber(id, Clock.system(CHINA));
    }

    /** As {@link #isValidResidentIdNumber(String)}, with "today" taken from {@code clock} in Asia/Shanghai. */
    public static boolean isValidResidentIdNumber(String id, Clock clock) {
        if (id == null || id.length() != 18 || !allDigits(id, 17)) {
            return false;
        }
        return id.charAt(17) == residentIdCheckCharOf(id) && birthDateIsReal(id, LocalDate.now(clock.withZone(CHINA)));
    }

    /**
     * The GB 11643-1999 check character (position 18) of a resident identity card number: a digit or {@code X}.
     *
     * @param first17 the first 17 digits
     * @throws IllegalArgumentException if {@code first17} is not 17 digits
     */
    public static char residentIdCheckChar(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17, 17)) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17);
        }
        return residentIdCheckCharOf(first17);
    }

    private static boolean inUsccAlphabet(String s) {
        return s.chars().allMatch(c -> USCC_ALPHABET.indexOf(c) >= 0);
    }

    private static char usccCheckChar(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(s.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: digits count 0–9 and letters A–Z 10–35; check = 11 − sum mod 11, where 10 is X and 11 is 0. */
    private static char organizationCodeCheckChar(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANIZATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static char residentIdCheckCharOf(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return RESIDENT_ID_CHECK_CHARS.charAt(sum % 11);
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean birthDateIsReal(String id, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            return !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
