package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.time.Instant;

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
 */
public record StoredMessage(String id, String messageType, String copMsgId, DeliveryState state, Status status,
        int attempts, Instant nextAttemptAt, String lastErrorClass, String lastError, byte[] signedBytes, byte[] envelope,
        Instant createdAt) {
}
