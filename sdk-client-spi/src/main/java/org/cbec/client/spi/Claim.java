package org.cbec.client.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message leased to one worker by {@link MessageStore#claimDue}: valid while {@code claimToken} is the row's token.
 *
 * <pre>{@code
 * for (Claim c : store.claimDue(10, Duration.ofSeconds(30))) { ... store.complete(c, "SENT", 30); }
 * }</pre>
 *
 * @param id          the message guid
 * @param messageType its message type
 * @param copMsgId    its {@code CopMsgId}
 * @param claimToken  the token that must still match to complete
 * @param attempts    failed attempts so far
 * @param envelope    the stored envelope bytes
 */
public record Claim(String id, String messageType, String copMsgId, String claimToken, int attempts, byte[] envelope) {

    /** Equal when every field is, the envelope compared byte for byte. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && Objects.equals(id, c.id) && Objects.equals(messageType, c.messageType)
                && Objects.equals(copMsgId, c.copMsgId) && Objects.equals(claimToken, c.claimToken) && attempts == c.attempts
                && Arrays.equals(envelope, c.envelope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, messageType, copMsgId, claimToken, attempts, Arrays.hashCode(envelope));
    }

    /** Ids, attempts and the envelope's size, never its content. */
    @Override
    public String toString() {
        return "Claim[" + messageType + " " + id + ", attempts=" + attempts + ", " + (envelope == null ? 0 : envelope.length) + " bytes]";
    }
}
