package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cbec.customs.codes.CurrencyCode;
import org.junit.jupiter.api.Test;

class CurrenciesTest {

    /** The table of issue 10: customs numeric code → ISO 4217 letters. */
    private static final Map<String, String> CUSTOMS_TO_ISO = Map.ofEntries(
            Map.entry("110", "HKD"), Map.entry("116", "JPY"), Map.entry("121", "MOP"), Map.entry("129", "PHP"),
            Map.entry("132", "SGD"), Map.entry("133", "KRW"), Map.entry("136", "THB"), Map.entry("142", "CNY"),
            Map.entry("300", "EUR"), Map.entry("302", "DKK"), Map.entry("303", "GBP"), Map.entry("326", "NOK"),
            Map.entry("330", "SEK"), Map.entry("331", "CHF"), Map.entry("344", "RUB"), Map.entry("501", "CAD"),
            Map.entry("502", "USD"), Map.entry("601", "AUD"), Map.entry("609", "NZD"));

    @Test
    void mapsEveryCustomsCodeOfTheIssueBothWays() {
        CUSTOMS_TO_ISO.forEach((customs, iso) -> {
            CurrencyCode c = Currencies.fromCustoms(customs).orElseThrow();
            assertThat(Currencies.iso(c)).as(customs).isEqualTo(iso);
            assertThat(Currencies.fromIso(iso)).as(iso).contains(c);
        });
    }

    @Test
    void everyCustomsCurrencyOfTheDictionaryHasAnIsoEntry() {
        for (CurrencyCode c : CurrencyCode.values()) {
            assertThat(Currencies.iso(c)).as(c.code()).hasSize(3);
            assertThat(c.enName()).startsWith(Currencies.iso(c));
        }
    }

    @Test
    void lettersAndMinorUnitsAgreeWithTheJdksIso4217() {
        for (CurrencyCode c : CurrencyCode.values()) {
            java.util.Currency jdk = java.util.Currency.getInstance(Currencies.iso(c));
            assertThat(Currencies.minorUnits(c)).as(c.code()).isEqualTo(jdk.getDefaultFractionDigits());
        }
    }

    @Test
    void yenAndWonHaveNoMinorUnitsTheOthersTwo() {
        assertThat(Currencies.minorUnits(CurrencyCode.JPY)).isZero();
        assertThat(Currencies.minorUnits(CurrencyCode.KRW)).isZero();
        assertThat(Currencies.minorUnits(CurrencyCode.CNY)).isEqualTo(2);
        assertThat(Currencies.minorUnits(CurrencyCode.USD)).isEqualTo(2);
    }

    @Test
    void isoLookupIgnoresCaseAndUnknownCodesAreEmpty() {
        assertThat(Currencies.fromIso(" usd ")).contains(CurrencyCode.USD);
        assertThat(Currencies.fromIso("XAU")).isEmpty();
        assertThat(Currencies.fromCustoms("999")).isEmpty();
        assertThatThrownBy(() -> Currencies.requireCustoms("999"))
                .hasMessage("unknown customs currency code '999' (expected e.g. 142 CNY, 502 USD)");
        assertThat(Currencies.label(CurrencyCode.USD)).isEqualTo("USD (502)");
    }
}
