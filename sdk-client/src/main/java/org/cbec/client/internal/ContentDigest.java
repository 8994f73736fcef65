package org.cbec.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The content digest of a filing (spi-wave-b: what makes a guid an idempotency key): SHA-256 over the destination
 * (sender DXP id, receiver ids, message type) and the message. For a message the client signed, the message is its
 * canonical unsigned bytes: the signed bytes without the {@code ds:Signature} element the codec inserted, because an SM2
 * signature is randomised and the same message signed twice differs. For a message submitted already signed, the
 * signed bytes as given.
 */
final class ContentDigest {

    private static final byte[] SIGNATURE_START = "<ds:Signature".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNATURE_END = "</ds:Signature>".getBytes(StandardCharsets.US_ASCII);

    private ContentDigest() {
    }

    /** The digest of a message this client signed ({@code signed} as the codec wrote it). */
    static byte[] ofSignedHere(String senderId, List<String> receiverIds, String messageType, byte[] signed) {
        MessageDigest sha = destination(senderId, receiverIds, messageType);
        int start = indexOf(signed, SIGNATURE_START, 0);
        int end = start < 0 ? -1 : indexOf(signed, SIGNATURE_END, start);
        if (end < 0) {
            sha.update(signed);
        } else {
            // the codec's bytes are canonical XML: markup in text is escaped, so the first "<ds:Signature" is the element
            sha.update(signed, 0, start);
            int after = end + SIGNATURE_END.length;
            sha.update(signed, after, signed.length - after);
        }
        return sha.digest();
    }

    /** The digest of a message submitted already signed: its bytes as given. */
    static byte[] ofSignedElsewhere(String senderId, List<String> receiverIds, String messageType, byte[] signed) {
        MessageDigest sha = destination(senderId, receiverIds, messageType);
        sha.update(signed);
        return sha.digest();
    }

    private static MessageDigest destination(String senderId, List<String> receiverIds, String messageType) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        update(sha, senderId);
        update(sha, String.join(",", receiverIds));
        update(sha, messageType);
        return sha;
    }

    private static void update(MessageDigest sha, String field) {
        sha.update(field.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
