package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message entering the outbox: its id is fixed here, once, and every resend reuses it with the same bytes. The id is
 * an idempotency key: {@link MessageStore#enqueue} compares {@link #contentDigest} with the stored row's.
 *
 * <pre>{@code
 * store.enqueue(new OutboxEntry(guid, "CEB311Message", guid, signed, envelope, Status.QUEUED, keys, digest));
 * }</pre>
 *
 * @param id              the message guid
 * @param messageType     e.g. {@code CEB311Message}
 * @param copMsgId        the envelope's {@code CopMsgId}
 * @param signedBytes     the signed business message, persisted once
 * @param envelope        the {@code DxpMsg} carrying it, the bytes a transport sends
 * @param status          the initial status (its rank is stored beside it)
 * @param correlationKeys keys stored with it in the same transaction (document guids, {@code orderNo:} keys), see
 *                        {@link MessageStore#correlate}
 * @param contentDigest   32 bytes, the SHA-256 of what identifies the filing: the client computes it over the message's
 *                        canonical unsigned bytes (SM2 signatures are randomised) and its destination (sender DXP id,
 *                        receiver ids, message type); for a message submitted already signed, over the signed bytes as
 *                        given and the destination
 */
public record OutboxEntry(String id, String messageType, String copMsgId, byte[] signedBytes, byte[] envelope, Status status,
        List<String> correlationKeys, byte[] contentDigest) {

    /**
     * An entry whose digest is the SHA-256 of its message type and signed bytes: for stores' own tests and tools that
     * move rows; the client always gives the digest of {@link OutboxEntry the record's definition}.
     */
    public OutboxEntry(String id, String messageType, String copMsgId, byte[] signedBytes, byte[] envelope, Status status,
            List<String> correlationKeys) {
        this(id, messageType, copMsgId, signedBytes, envelope, status, correlationKeys, digestOf(messageType, signedBytes));
    }

    /** An entry without correlation keys, digested as {@link #OutboxEntry(String, String, String, byte[], byte[], Status, List)}. */
    public OutboxEntry(String id, String messageType, String copMsgId, byte[] signedBytes, byte[] envelope, Status status) {
        this(id, messageType, copMsgId, signedBytes, envelope, status, List.of());
    }

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(copMsgId, "copMsgId");
        Objects.requireNonNull(signedBytes, "signedBytes");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contentDigest, "contentDigest");
        if (contentDigest.length != 32) {
            throw new IllegalArgumentException("contentDigest is a SHA-256 of 32 bytes, not " + contentDigest.length);
        }
        correlationKeys = List.copyOf(correlationKeys);
    }

    private static byte[] digestOf(String messageType, byte[] signedBytes) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(messageType.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(signedBytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Equal when every field is, the signed message, the envelope and the digest compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OutboxEntry e && id.equals(e.id) && messageType.equals(e.messageType) && copMsgId.equals(e.copMsgId)
                && Arrays.equals(signedBytes, e.signedBytes) && Arrays.equals(envelope, e.envelope) && status == e.status
                && correlationKeys.equals(e.correlationKeys) && Arrays.equals(contentDigest, e.contentDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, messageType, copMsgId, Arrays.hashCode(signedBytes), Arrays.hashCode(envelope), status,
                correlationKeys, Arrays.hashCode(contentDigest));
    }

    /** Ids, status and sizes, never the content (it holds personal data). */
    @Override
    public String toString() {
        return "OutboxEntry[" + messageType + " " + id + ", " + status + ", signed " + signedBytes.length
                + " bytes, envelope " + envelope.length + " bytes, " + correlationKeys.size() + " correlation keys]";
    }
}
