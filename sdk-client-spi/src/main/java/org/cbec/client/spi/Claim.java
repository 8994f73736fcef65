package org.cbec.client.spi;

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
}
