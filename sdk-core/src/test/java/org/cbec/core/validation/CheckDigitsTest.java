package org.cbec.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTest {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Clock NOON_1_JUNE_2024 = Clock.fixed(Instant.parse("2024-06-01T04:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T", "914403001922038216"})
    void acceptsPublishedUnifiedSocialCreditCodes(String code) {
        assertThat(CheckDigits.isValidUnifiedSocialCreditCode(code)).isTrue();
        assertThat(CheckDigits.unifiedSocialCreditCodeCheckChar(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100m000100Y43", "91350100M000100Y4", "91350100M000100Y433", "91350100M0001O0Y43", ""})
    void rejectsMalformedUnifiedSocialCreditCodes(String code) {
        assertThat(CheckDigits.isValidUnifiedSocialCreditCode(code)).isFalse();
    }

    @Test
    void rejectsCreditCodeWhoseOrganizationCodePartHasAWrongCheckCharacter() {
        String first17 = "91350100M000100Y5"; // GB 11714 check of M000100Y is 4, not 5
        String code = first17 + CheckDigits.unifiedSocialCreditCodeCheckChar(first17);
        assertThat(CheckDigits.isValidUnifiedSocialCreditCode(code)).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThat(CheckDigits.isValidUnifiedSocialCreditCode(null)).isFalse();
        assertThat(CheckDigits.isValidResidentIdNumber(null)).isFalse();
    }

    @Test
    void refusesToComputeCheckCharsOfMalformedPrefixes() {
        assertThatThrownBy(() -> CheckDigits.unifiedSocialCreditCodeCheckChar("91350100M000100I4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckDigits.residentIdCheckChar("1101011990010112")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckDigits.residentIdCheckChar("1101011990010112A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsResidentIdWithComputedCheckChar() {
        String first17 = "11010519491231002";
        assertThat(CheckDigits.residentIdCheckChar(first17)).isEqualTo('X');
        assertThat(CheckDigits.isValidResidentIdNumber(first17 + 'X', NOON_1_JUNE_2024)).isTrue();
    }

    @Test
    void rejectsLowerCaseX() {
        assertThat(CheckDigits.isValidResidentIdNumber("11010519491231002x", NOON_1_JUNE_2024)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519490230001", "11010519491301001", "11010520240602001"})
    void rejectsResidentIdWhoseBirthDateIsNotARealPastDate(String first17) {
        String id = first17 + CheckDigits.residentIdCheckChar(first17);
        assertThat(CheckDigits.isValidResidentIdNumber(id, NOON_1_JUNE_2024)).isFalse();
    }

    @Test
    void acceptsResidentIdBornToday() {
        String first17 = "11010520240601001";
        assertThat(CheckDigits.isValidResidentIdNumber(first17 + CheckDigits.residentIdCheckChar(first17), NOON_1_JUNE_2024)).isTrue();
    }

    @Property
    void anyCreditCodePrefixWithComputedCheckCharIsValid(@ForAll("creditCodes") String code) {
        assertThat(CheckDigits.isValidUnifiedSocialCreditCode(code)).isTrue();
    }

    @Property
    void changingOneCharacterOfACreditCodeMakesItInvalid(@ForAll("creditCodes") String code, @ForAll @IntRange(max = 17) int position,
            @ForAll @CharRange(from = '0', to = 'Z') char replacement) {
        Assume.that(code.charAt(position) != replacement);
        assertThat(CheckDigits.isValidUnifiedSocialCreditCode(replace(code, position, replacement))).isFalse();
    }

    @Property
    void anyResidentIdPrefixWithComputedCheckCharIsValid(@ForAll("residentIds") String id) {
        assertThat(CheckDigits.isValidResidentIdNumber(id, NOON_1_JUNE_2024)).isTrue();
    }

    @Property
    void changingOneCharacterOfAResidentIdMakesItInvalid(@ForAll("residentIds") String id, @ForAll @IntRange(max = 17) int position,
            @ForAll @CharRange(from = '0', to = 'Z') char replacement) {
        Assume.that(id.charAt(position) != replacement);
        assertThat(CheckDigits.isValidResidentIdNumber(replace(id, position, replacement), NOON_1_JUNE_2024)).isFalse();
    }

    /** 17-character prefixes whose organization-code part (positions 9–17) is itself valid, plus the check char. */
    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<String> head = Arbitraries.strings().withChars(USCC_ALPHABET.toCharArray()).ofLength(8);
        Arbitrary<String> organizationBody = Arbitraries.strings().withChars(USCC_ALPHABET.toCharArray()).ofLength(8);
        return Combinators.combine(head, organizationBody).as((h, o) -> {
            String withOrgCheck = h + o + organizationCheckChar(o);
            return withOrgCheck + CheckDigits.unifiedSocialCreditCodeCheckChar(withOrgCheck);
        });
    }

    @Provide
    Arbitrary<String> residentIds() {
        Arbitrary<String> region = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<LocalDate> birth = Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2024, 6, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> {
            String first17 = r + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s;
            return first17 + CheckDigits.residentIdCheckChar(first17);
        });
    }

    /** Independent GB 11714 reference: weights 3 7 9 10 5 8 4 2, letters A=10 … Z=35, check 11 − sum mod 11. */
    private static char organizationCheckChar(String first8) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = first8.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        return "0123456789X0".charAt(check);
    }

    private static String replace(String s, int position, char c) {
        return s.substring(0, position) + c + s.substring(position + 1);
    }
}
