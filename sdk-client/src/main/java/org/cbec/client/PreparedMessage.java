package org.cbec.client;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.cbec.core.model.MessageSpec;

/**
 * A message as it will be stored and sent: its signed bytes and the {@code DxpMsg} envelope carrying them, what
 * {@link EnvelopeInterceptor}s see. Every attempt sends exactly {@link #envelope()}, so an archive written from here is
 * byte for byte what the exchange platform received.
 *
 * <pre>{@code
 * EnvelopeInterceptor archive = chain -> {
 *     PreparedMessage m = chain.message();
 *     Files.write(archiveDir.resolve(m.guid() + ".xml"), m.envelope());
 *     return chain.proceed(m);
 * };
 * }</pre>
 *
 * @param guid            the message guid, also the envelope's {@code CopMsgId}
 * @param messageType     the root element name, e.g. {@code CEB311Message}
 * @param direction       import or export (which receiver the envelope names)
 * @param signedBytes     the signed business message
 * @param envelope        the {@code DxpMsg} bytes a transport sends
 * @param correlationKeys the keys receipts and order queries find the message by (document guids, {@code copNo:},
 *                        {@code orderNo:})
 */
public record PreparedMessage(String guid, String messageType, MessageSpec.Direction direction, byte[] signedBytes, byte[] envelope,
        List<String> correlationKeys) {

    public PreparedMessage {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(signedBytes, "signedBytes");
        Objects.requireNonNull(envelope, "envelope");
        correlationKeys = List.copyOf(correlationKeys);
    }

    /**
     * This message with another envelope (e.g. one a gateway dialect needs); the signed bytes cannot change here, the
     * signature covers them.
     */
    public PreparedMessage withEnvelope(byte[] newEnvelope) {
        return new PreparedMessage(guid, messageType, direction, signedBytes, newEnvelope, correlationKeys);
    }

    /** Equal when every field is, the bytes compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedMessage p && guid.equals(p.guid) && messageType.equals(p.messageType) && direction == p.direction
                && Arrays.equals(signedBytes, p.signedBytes) && Arrays.equals(envelope, p.envelope) && correlationKeys.equals(p.correlationKeys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(guid, messageType, direction, Arrays.hashCode(signedBytes), Arrays.hashCode(envelope), correlationKeys);
    }

    /** Ids and sizes, never the content (it holds personal data). */
    @Override
    public String toString() {
        return "PreparedMessage[" + messageType + " " + guid + ", signed " + signedBytes.length + " bytes, envelope " + envelope.length + " bytes]";
    }
}
