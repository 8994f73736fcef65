package org.cbec.client.spi;

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

    @Override
    public String toString() {
        return "OutboundEnvelope[" + messageType + " " + messageId + ", " + envelope.length + " bytes]";
    }
}
