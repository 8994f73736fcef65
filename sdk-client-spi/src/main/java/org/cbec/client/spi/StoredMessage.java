package org.cbec.client.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

import org.cbec.client.status.Status;

/**
 * One row of the store.
 *
 * <pre>{@code
 * store.find(guid).map(StoredMessage::status);
 * }</pre>
 *
 * @param id             the message guid
 * @param messageType    its message type
 * @param copMsgId       its {@code CopMsgId}
 * @param state          delivery state
 * @param status         business status, the highest ranked seen
 * @param attempts       failed attempts so far
 * @param nextAttemptAt  when it is due (pending rows)
 * @param lastErrorClass the class of the last error, or {@code null}
 * @param lastError      the last error's text, or {@code null}
 * @param signedBytes    the signed message as persisted
 * @param envelope       the envelope as persisted
 * @param createdAt      when it entered the outbox (the store's clock)
 * @param contentDigest  the {@link OutboxEntry#contentDigest()} it was enqueued with, or {@code null} for a row stored
 *                       before stores kept digests (such a row is a duplicate only of identical signed bytes)
 */
public record StoredMessage(String id, String messageType, String copMsgId, DeliveryState state, Status status,
        int attempts, Instant nextAttemptAt, String lastErrorClass, String lastError, byte[] signedBytes, byte[] envelope,
        Instant createdAt, byte[] contentDigest) {

    /** Equal when every field is, the byte arrays compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessage m && Objects.equals(id, m.id) && Objects.equals(messageType, m.messageType)
                && Objects.equals(copMsgId, m.copMsgId) && state == m.state && status == m.status && attempts == m.attempts
                && Objects.equals(nextAttemptAt, m.nextAttemptAt) && Objects.equals(lastErrorClass, m.lastErrorClass)
                && Objects.equals(lastError, m.lastError) && Arrays.equals(signedBytes, m.signedBytes)
                && Arrays.equals(envelope, m.envelope) && Objects.equals(createdAt, m.createdAt)
                && Arrays.equals(contentDigest, m.contentDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, messageType, copMsgId, state, status, attempts, nextAttemptAt, lastErrorClass, lastError,
                Arrays.hashCode(signedBytes), Arrays.hashCode(envelope), createdAt, Arrays.hashCode(contentDigest));
    }

    /** Ids, state, status and sizes; never the content (it holds personal data) nor the error text. */
    @Override
    public String toString() {
        return "StoredMessage[" + messageType + " " + id + ", " + state + ", " + status + ", attempts=" + attempts + ", signed "
                + (signedBytes == null ? 0 : signedBytes.length) + " bytes, envelope " + (envelope == null ? 0 : envelope.length)
                + " bytes, created " + createdAt + ", digest "
                + (contentDigest == null ? "none" : HexFormat.of().formatHex(contentDigest, 0, Math.min(4, contentDigest.length)) + "…") + "]";
    }
}
