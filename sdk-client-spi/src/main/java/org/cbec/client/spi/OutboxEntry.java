package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message entering the outbox: its id is fixed here, once, and every resend reuses it with the same bytes.
 *
 * <pre>{@code
 * store.enqueue(new OutboxEntry(guid, "CEB311Message", guid, signed, envelope, "QUEUED", 20));
 * }</pre>
 *
 * @param id           the message guid
 * @param messageType  e.g. {@code CEB311Message}
 * @param copMsgId     the envelope's {@code CopMsgId}
 * @param signedBytes  the signed business message, persisted once
 * @param envelope     the {@code DxpMsg} carrying it, the bytes a transport sends
 * @param status       the initial status (its rank is stored beside it)
 * @param correlationKeys keys stored with it in the same transaction (document guids, {@code orderNo:} keys), see
 *                     {@link MessageStore#correlate}
 */
public record OutboxEntry(String id, String messageType, String copMsgId, byte[] signedBytes, byte[] envelope, Status status,
        java.util.List<String> correlationKeys) {

    /** An entry without correlation keys. */
    public OutboxEntry(String id, String messageType, String copMsgId, byte[] signedBytes, byte[] envelope, Status status) {
        this(id, messageType, copMsgId, signedBytes, envelope, status, java.util.List.of());
    }

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(copMsgId, "copMsgId");
        Objects.requireNonNull(signedBytes, "signedBytes");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(status, "status");
        correlationKeys = java.util.List.copyOf(correlationKeys);
    }

    /** Equal when every field is, the signed message and the envelope compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OutboxEntry e && id.equals(e.id) && messageType.equals(e.messageType) && copMsgId.equals(e.copMsgId)
                && Arrays.equals(signedBytes, e.signedBytes) && Arrays.equals(envelope, e.envelope) && status == e.status
                && correlationKeys.equals(e.correlationKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, messageType, copMsgId, Arrays.hashCode(signedBytes), Arrays.hashCode(envelope), status,
                correlationKeys);
    }

    /** Ids, status and sizes, never the content (it holds personal data). */
    @Override
    public String toString() {
        return "OutboxEntry[" + messageType + " " + id + ", " + status + ", signed " + signedBytes.length
                + " bytes, envelope " + envelope.length + " bytes, " + correlationKeys.size() + " correlation keys]";
    }
}
