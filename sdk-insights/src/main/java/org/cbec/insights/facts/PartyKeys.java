package org.cbec.insights.facts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cbec.core.validation.Sensitivity;

/**
 * Turns identity numbers, telephones and addresses into {@link PartyKey}s: a keyed hash for matching and a masked
 * value for reading, so facts, statistics and risk alerts never hold personal data in clear.
 *
 * <p>Values are normalised first: identity numbers stripped and upper-cased, telephones to their digits without a
 * leading {@code 86}, addresses without white space and punctuation. The hash is HMAC-SHA256 under a secret: a
 * random one per instance by default (keys compare within one process, e.g. one report or one warmed-up risk engine),
 * or a secret of the caller's for keys that must stay stable across runs (keep it like a password). Thread-safe.
 *
 * <pre>{@code
 * PartyKeys keys = PartyKeys.random();
 * PartyKeys stable = PartyKeys.withSecret(secretBytesFromVault);
 * keys.phone("+86 135-2265-2231").equals(keys.phone("13522652231")); // true
 * }</pre>
 */
public final class PartyKeys {

    private static final int KEY_BYTES = 16;

    private final byte[] secret;

    private PartyKeys(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the secret has at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    /** Keys under a fresh random secret. */
    public static PartyKeys random() {
        byte[] s = new byte[32];
        new SecureRandom().nextBytes(s);
        return new PartyKeys(s);
    }

    /** Keys under {@code secret} (copied; at least 16 bytes), stable across runs. */
    public static PartyKeys withSecret(byte[] secret) {
        return new PartyKeys(secret);
    }

    /** The key of an identity number (证件号码), or {@code null} for a blank one. */
    public PartyKey idNumber(String idNumber) {
        return blank(idNumber) ? null
                : key("id:", idNumber.strip().toUpperCase(Locale.ROOT), Sensitivity.ID_NUMBER.mask(idNumber.strip()));
    }

    /** The key of a telephone number, or {@code null} for a blank one. */
    public PartyKey phone(String telephone) {
        if (blank(telephone)) {
            return null;
        }
        String digits = telephone.replaceAll("[^0-9]", "");
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return key("tel:", digits, Sensitivity.PHONE.mask(digits.isEmpty() ? telephone.strip() : digits));
    }

    /** The key of an address, or {@code null} for a blank one. */
    public PartyKey address(String address) {
        if (blank(address)) {
            return null;
        }
        String normal = address.replaceAll("[\\s\\p{Punct}，。、；：（）“”‘’·－—]", "").toLowerCase(Locale.ROOT);
        return key("addr:", normal, Sensitivity.ADDRESS.mask(address.strip()));
    }

    private PartyKey key(String kind, String normal, String masked) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] h = mac.doFinal((kind + normal).getBytes(StandardCharsets.UTF_8));
            return new PartyKey(HexFormat.of().formatHex(Arrays.copyOf(h, KEY_BYTES)), masked);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "PartyKeys[secret hidden]";
    }
}
