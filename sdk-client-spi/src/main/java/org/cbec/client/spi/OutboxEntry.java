package org.cbec.client.spi;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.cbec.client.status.Status;

/**
 * A message entering the outbox: its id is fixed here, once, and every resend reuses it with the same bytes. The id is
 * an idempotency key: {@link MessageStore#enqueue} compares {@code contentDigest} with the stored row's to tell a
 * repeated submission ({@link EnqueueResult.Outcome#DUPLICATE}) from another filing under a used id
 * ({@link EnqueueResult.Outcome#CONFLICT}).
 *
 * <pre>{@code
 * store.enqueue(new OutboxEntry(guid, "CEB311Message", guid, signed, envelope, Status.QUEUED, List.of("orderNo:" + no), digest));
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
 * @param contentDigest   32 bytes, SHA-256 over what identifies the filing: the message's canonical unsigned bytes (SM2
 *                        signatures are randomised, so signed bytes of one message differ) and its destination (sender
 *                        DXP id, receiver ids, message type); for a message submitted already signed, over the signed
 *                        bytes as given and the destination
 */
public record OutboxEntry(String id, String messageType, String copMsgId, byte[] signedBytes, byte[] envelope, Status status,
        List<String> correlationKeys, byte[] contentDigest) {

    /** The length of {@link #contentDigest}: a SHA-256. */
    public static final int DIGEST_BYTES = 32;

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(copMsgId, "copMsgId");
        Objects.requireNonNull(signedBytes, "signedBytes");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contentDigest, "contentDigest");
        if (contentDigest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("contentDigest is a SHA-256 of " + DIGEST_BYTES + " bytes, not " + contentDigest.length);
        }
        correlationKeys = List.copyOf(correlationKeys);
    }

    /** Equal when every field is, the byte arrays compared byte for byte. */
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

    /** Ids, status and sizes, and the digest's first bytes; never the content (it holds personal data). */
    @Override
    public String toString() {
        return "OutboxEntry[" + messageType + " " + id + ", " + status + ", signed " + signedBytes.length
                + " bytes, envelope " + envelope.length + " bytes, " + correlationKeys.size() + " correlation keys, digest "
                + HexFormat.of().formatHex(contentDigest, 0, 4) + "…]";
    }
}
