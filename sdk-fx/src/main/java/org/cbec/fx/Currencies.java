package org.cbec.fx;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cbec.customs.codes.CurrencyCode;

/**
 * Customs currency codes ↔ ISO 4217 letters and minor units.
 *
 * <p>The customs code table itself is {@link CurrencyCode} (sdk-customs), not repeated here; this class adds
 * what customs does not define, keyed by the customs code. Sources:
 * <ul>
 *   <li>numeric codes and Chinese names: the customs currency code set, JGS-20 海关业务代码集 · 币制代码表
 *       (as carried by {@link CurrencyCode});</li>
 *   <li>alphabetic codes and minor units: ISO 4217 (List One, current currency and funds). Every entry has
 *       2 decimals except JPY and KRW, which have 0.</li>
 * </ul>
 * A test checks every entry against {@link java.util.Currency}, the JDK's copy of ISO 4217, and that every
 * {@link CurrencyCode} constant has an entry, so a code added to the dictionary cannot be forgotten here.
 *
 * <pre>{@code
 * Currencies.iso(CurrencyCode.USD);          // "USD"
 * Currencies.fromIso("jpy");                 // Optional[JPY] (customs 116)
 * Currencies.fromCustoms("502");             // Optional[USD]
 * Currencies.minorUnits(CurrencyCode.KRW);   // 0
 * }</pre>
 */
public final class Currencies {

    private record Iso(String letters, int minorUnits) {
    }

    private static final Map<CurrencyCode, Iso> ISO;
    private static final Map<String, CurrencyCode> BY_LETTERS;

    static {
        Map<CurrencyCode, Iso> m = new EnumMap<>(CurrencyCode.class);
        put(m, CurrencyCode.HKD, "HKD", 2); // 110 港币
        put(m, CurrencyCode.JPY, "JPY", 0); // 116 日本元
        put(m, CurrencyCode.MOP, "MOP", 2); // 121 澳门元
        put(m, CurrencyCode.PHP, "PHP", 2); // 129 菲律宾比索
        put(m, CurrencyCode.SGD, "SGD", 2); // 132 新加坡元
        put(m, CurrencyCode.KRW, "KRW", 0); // 133 韩国元
        put(m, CurrencyCode.THB, "THB", 2); // 136 泰国铢
        put(m, CurrencyCode.CNY, "CNY", 2); // 142 人民币
        put(m, CurrencyCode.EUR, "EUR", 2); // 300 欧元
        put(m, CurrencyCode.DKK, "DKK", 2); // 302 丹麦克朗
        put(m, CurrencyCode.GBP, "GBP", 2); // 303 英镑
        put(m, CurrencyCode.NOK, "NOK", 2); // 326 挪威克朗
        put(m, CurrencyCode.SEK, "SEK", 2); // 330 瑞典克朗
        put(m, CurrencyCode.CHF, "CHF", 2); // 331 瑞士法郎
        put(m, CurrencyCode.RUB, "RUB", 2); // 344 俄罗斯卢布
        put(m, CurrencyCode.CAD, "CAD", 2); // 501 加拿大元
        put(m, CurrencyCode.USD, "USD", 2); // 502 美元
        put(m, CurrencyCode.AUD, "AUD", 2); // 601 澳大利亚元
        put(m, CurrencyCode.NZD, "NZD", 2); // 609 新西兰元
        ISO = Collections.unmodifiableMap(m);
        Map<String, CurrencyCode> letters = new HashMap<>();
        m.forEach((customs, iso) -> letters.put(iso.letters(), customs));
        BY_LETTERS = Map.copyOf(letters);
    }

    private Currencies() {
    }

    private static void put(Map<CurrencyCode, Iso> m, CurrencyCode customs, String letters, int minorUnits) {
        m.put(customs, new Iso(letters, minorUnits));
    }

    /** The ISO 4217 alphabetic code of a customs currency, e.g. {@code "USD"} for 502. */
    public static String iso(CurrencyCode currency) {
        return entry(currency).letters();
    }

    /** The ISO 4217 minor units (decimals) of a customs currency: 2, or 0 for JPY and KRW. */
    public static int minorUnits(CurrencyCode currency) {
        return entry(currency).minorUnits();
    }

    /** The customs currency of an ISO 4217 alphabetic code (case-insensitive), if customs lists it. */
    public static Optional<CurrencyCode> fromIso(String isoLetters) {
        Objects.requireNonNull(isoLetters, "isoLetters");
        return Optional.ofNullable(BY_LETTERS.get(isoLetters.trim().toUpperCase(Locale.ROOT)));
    }

    /** The customs currency of a customs numeric code such as {@code "142"}, if the SDK knows it. */
    public static Optional<CurrencyCode> fromCustoms(String customsCode) {
        Objects.requireNonNull(customsCode, "customsCode");
        return CurrencyCode.LIST.find(customsCode.trim());
    }

    /** The customs currency of a customs numeric code; a clear error if unknown. */
    public static CurrencyCode requireCustoms(String customsCode) {
        return fromCustoms(customsCode).orElseThrow(() -> new IllegalArgumentException(
                "unknown customs currency code '" + customsCode + "' (expected e.g. 142 CNY, 502 USD)"));
    }

    /** {@code "USD (502)"}: how the SDK names a currency in messages and errors. */
    public static String label(CurrencyCode currency) {
        return iso(currency) + " (" + currency.code() + ")";
    }

    private static Iso entry(CurrencyCode currency) {
        Iso iso = ISO.get(Objects.requireNonNull(currency, "currency"));
        if (iso == null) {
            throw new IllegalStateException("no ISO 4217 entry for customs currency " + currency.code());
        }
        return iso;
    }
}
