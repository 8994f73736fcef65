package org.cbec.client.spi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An inbound envelope the client could not match to a stored message (or could not decode), kept durably with its raw
 * bytes until its message appears: no receipt is ever discarded. See {@link MessageStore#recordUnmatched}.
 *
 * <pre>{@code
 * store.recordUnmatched(new UnmatchedReceipt(UnmatchedReceipt.keyOf(raw), clock.instant(), "CEB622Message", List.of(docGuid, "copNo:" + copNo), raw));
 * }</pre>
 *
 * @param key             a stable id of the inbound envelope: the hex SHA-256 of its bytes ({@link #keyOf}; at most 128
 *                        characters)
 * @param receivedAt      when it was received (stores keep at least millisecond precision)
 * @param messageType     the receipt's message type as far as it was decoded, or {@code null}
 * @param correlationKeys the document guids, {@code copNo:…} keys and CopMsgIds the decoder found in it (kept distinct, in
 *                        the order given, each at most 255 characters); empty when it could not be decoded
 * @param envelope        the raw inbound bytes as received
 */
public record UnmatchedReceipt(String key, Instant receivedAt, String messageType, List<String> correlationKeys, byte[] envelope) {

    public UnmatchedReceipt {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty() || key.length() > 128) {
            throw new IllegalArgumentException("an unmatched receipt's key has 1 to 128 characters");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        correlationKeys = List.copyOf(new LinkedHashSet<>(correlationKeys));
        Objects.requireNonNull(envelope, "envelope");
    }

    /** The key of an inbound envelope: the lower-case hex SHA-256 of its bytes as received. */
    public static String keyOf(byte[] envelope) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(envelope));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Equal when every field is, the envelope compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnmatchedReceipt r && key.equals(r.key) && receivedAt.equals(r.receivedAt)
                && Objects.equals(messageType, r.messageType) && correlationKeys.equals(r.correlationKeys)
                && Arrays.equals(envelope, r.envelope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, receivedAt, messageType, correlationKeys, Arrays.hashCode(envelope));
    }

    /** Key, time, type and sizes; never the content (it may hold personal data). */
    @Override
    public String toString() {
        return "UnmatchedReceipt[" + key + ", " + receivedAt + ", " + messageType + ", " + correlationKeys.size()
                + " correlation keys, " + envelope.length + " bytes]";
    }
}
