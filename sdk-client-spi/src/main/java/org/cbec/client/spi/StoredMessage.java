package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

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
 * @param createdAt      when it entered the outbox
 * @param contentDigest  the {@link OutboxEntry#contentDigest() content digest} it was stored with, or {@code null} for a
 *                       row stored before digests existed
 */
public record StoredMessage(String id, String messageType, String copMsgId, DeliveryState state, Status status,
        int attempts, Instant nextAttemptAt, String lastErrorClass, String lastError, byte[] signedBytes, byte[] envelope,
        Instant createdAt, byte[] contentDigest) {

    /** Equal when every field is, the byte arrays compared by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessage m && id.equals(m.id) && messageType.equals(m.messageType) && Objects.equals(copMsgId, m.copMsgId)
                && state == m.state && status == m.status && attempts == m.attempts && Objects.equals(nextAttemptAt, m.nextAttemptAt)
                && Objects.equals(lastErrorClass, m.lastErrorClass) && Objects.equals(lastError, m.lastError)
                && Arrays.equals(signedBytes, m.signedBytes) && Arrays.equals(envelope, m.envelope)
                && Objects.equals(createdAt, m.createdAt) && Arrays.equals(contentDigest, m.contentDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, messageType, copMsgId, state, status, attempts, nextAttemptAt, lastErrorClass, lastError,
                Arrays.hashCode(signedBytes), Arrays.hashCode(envelope), createdAt, Arrays.hashCode(contentDigest));
    }

    /** Ids, state, status and sizes, never the content (it holds personal data). */
    @Override
    public String toString() {
        return "StoredMessage[" + messageType + " " + id + ", " + state + ", " + status + ", attempts " + attempts + ", signed "
                + (signedBytes == null ? 0 : signedBytes.length) + " bytes]";
    }
}
