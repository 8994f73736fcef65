package org.cbec.mock;

import java.time.Instant;

import org.cbec.core.model.CebMessage;

/**
 * One send request the mock processed, with its answer: what {@link MockSingleWindow#takeMessage} and
 * {@link MockSingleWindow#received()} return for assertions. Requests failed by a {@link Fault.Kind#HTTP_STATUS}
 * fault were never processed and are not recorded.
 *
 * <pre>{@code
 * ReceivedMessage m = mock.takeMessage(Duration.ofSeconds(5));
 * assertThat(m.messageType()).isEqualTo("CEB311Message");
 * assertThat(m.responseCode()).isEqualTo("0000");
 * }</pre>
 *
 * @param receivedAt   when it arrived, by the mock's clock
 * @param messageType  the envelope's {@code MsgType}, or {@code null} when the envelope was unreadable
 * @param copMsgId     the envelope's {@code CopMsgId}, or {@code null}
 * @param senderId     the envelope's {@code SenderId}, or {@code null}
 * @param guid         the message's {@code guid}, or {@code null} when the message was unreadable
 * @param data         the signed CEB message the envelope carried (the whole body when the envelope was unreadable)
 * @param message      the typed message, or {@code null} when it could not be typed
 * @param responseCode the {@code DxpRep} code answered: {@code 0000} when accepted
 * @param responseInfo the {@code DxpRep} text answered
 * @param resend       whether it repeated an earlier request byte for byte (answered again, not processed again)
 * @param trust        which trust decided about the signing certificate ({@link org.cbec.core.signature.TrustDecision#label()}):
 *                     {@code pinned <subject>}, {@code anchor <subject>}, {@code untrusted}, or {@code embedded-untrusted}
 *                     when the mock runs without {@link MockSingleWindow.Builder#trust trust} (it then accepts any intact
 *                     signature); {@code null} when the signature was not judged (unreadable envelope or message)
 */
public record ReceivedMessage(Instant receivedAt, String messageType, String copMsgId, String senderId, String guid, byte[] data,
        CebMessage message, String responseCode, String responseInfo, boolean resend, String trust) {

    /** Whether the exchange accepted it ({@code 0000}). */
    public boolean accepted() {
        return MockSingleWindow.ACCEPTED.equals(responseCode);
    }

    /** Whether its signing certificate was trusted (pinned or through an anchor), not only the one it carried. */
    public boolean trusted() {
        return trust != null && (trust.startsWith("pinned ") || trust.startsWith("anchor "));
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + messageType + " " + guid + ", " + responseCode + (resend ? ", resend" : "")
                + (trust == null ? "" : ", " + trust) + "]";
    }
}
