package org.cbec.client.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a transport sends: the stored {@code DxpMsg} bytes of one message, with the facts a transport or gateway dialect
 * may need (sender and receivers are in the envelope's {@code TransInfo}). A resend is the same object again: same ids, identical bytes.
 *
 * <pre>{@code
 * SendResult ack = transport.send(new OutboundEnvelope(guid, "CEB311Message", guid, dxpMsgBytes));
 * }</pre>
 *
 * @param messageId   the message guid
 * @param messageType e.g. {@code CEB311Message}
 * @param copMsgId    the envelope's {@code CopMsgId}
 * @param envelope    the {@code DxpMsg} bytes as stored
 */
public record OutboundEnvelope(String messageId, String messageType, String copMsgId, byte[] envelope) {

    public OutboundEnvelope {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(copMsgId, "copMsgId");
        Objects.requireNonNull(envelope, "envelope");
    }

    /** Equal when every field is, the envelope compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OutboundEnvelope e && messageId.equals(e.messageId) && messageType.equals(e.messageType)
                && copMsgId.equals(e.copMsgId) && Arrays.equals(envelope, e.envelope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, messageType, copMsgId, Arrays.hashCode(envelope));
    }

    /** Ids and the envelope's size, never its content. */
    @Override
    public String toString() {
        return "OutboundEnvelope[" + messageType + " " + messageId + ", " + envelope.length + " bytes]";
    }
}
