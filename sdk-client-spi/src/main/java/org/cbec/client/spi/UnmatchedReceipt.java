package org.cbec.client.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An inbound envelope the client could not match to a stored message (or could not decode), kept durably with its raw
 * bytes before it is acknowledged, so that no receipt is ever lost: it is matched again when its message appears
 * ({@link MessageStore#unmatchedFor}), listed, exported and imported into another store.
 *
 * <pre>{@code
 * byte[] raw = inbound.bytes();
 * store.recordUnmatched(new UnmatchedReceipt(UnmatchedReceipt.keyOf(raw), clock.instant(), "CEB312Message", List.of(docGuid), raw));
 * }</pre>
 *
 * @param key             a stable id of the envelope: the hex SHA-256 of its bytes ({@link #keyOf})
 * @param receivedAt      when it was received
 * @param messageType     the receipt's type as decoded (e.g. {@code CEB312Message}), or {@code null} when it could not be
 *                        decoded
 * @param correlationKeys the document guids, {@code copNo:…} keys and CopMsgIds the decoder found in it (empty when it
 *                        could not be decoded)
 * @param envelope        the inbound bytes as received
 */
public record UnmatchedReceipt(String key, Instant receivedAt, String messageType, List<String> correlationKeys, byte[] envelope) {

    public UnmatchedReceipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(envelope, "envelope");
        correlationKeys = List.copyOf(correlationKeys);
    }

    /** The key of an envelope: the lower-case hex SHA-256 of {@code envelope}. */
    public static String keyOf(byte[] envelope) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(envelope));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Equal when every field is, the envelope compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnmatchedReceipt u && key.equals(u.key) && receivedAt.equals(u.receivedAt)
                && Objects.equals(messageType, u.messageType) && correlationKeys.equals(u.correlationKeys)
                && Arrays.equals(envelope, u.envelope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, receivedAt, messageType, correlationKeys, Arrays.hashCode(envelope));
    }

    /** Key, type, keys and size, never the content (it holds personal data). */
    @Override
    public String toString() {
        return "UnmatchedReceipt[" + key + ", " + messageType + ", received " + receivedAt + ", " + correlationKeys.size()
                + " correlation keys, " + envelope.length + " bytes]";
    }
}
