package org.cbec.client;

/**
 * A message the client gave up sending, with its reason; kept in the store, never dropped.
 *
 * <pre>{@code
 * for (DeadLetter d : client.deadLetters(100)) log.warn("{} {}: {}", d.messageType(), d.guid(), d.reason());
 * }</pre>
 *
 * @param guid        the message guid
 * @param messageType its type
 * @param attempts    attempts made
 * @param errorClass  the class of the last error
 * @param reason      the last error's text
 */
public record DeadLetter(String guid, String messageType, int attempts, String errorClass, String reason) {
}
