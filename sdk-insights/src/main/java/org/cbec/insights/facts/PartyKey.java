package org.cbec.insights.facts;

import java.util.Objects;

/**
 * A person's identity, telephone or address as the facts keep it: never in clear. {@link #key()} is a keyed hash
 * (HMAC-SHA256 of the normalised value, see {@link PartyKeys}) that only compares equal for the same value under the
 * same secret; {@link #masked()} is the value masked as the SDK masks personal data, for people to read.
 *
 * <pre>{@code
 * PartyKey buyer = keys.idNumber("110101199003074514"); // key "9f2c…", masked "110***********4514"
 * }</pre>
 *
 * @param key    the keyed hash, lower-case hex
 * @param masked the masked value
 */
public record PartyKey(String key, String masked) {

    /** Both parts are required. */
    public PartyKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(masked, "masked");
    }

    /** The masked value. */
    @Override
    public String toString() {
        return masked;
    }
}
