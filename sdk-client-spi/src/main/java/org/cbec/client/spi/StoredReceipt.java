package org.cbec.client.spi;

import java.util.Objects;

/**
 * A receipt as the store keeps it; {@code key} identifies it for idempotent recording.
 *
 * <pre>{@code
 * boolean first = store.recordReceipt(guid, new StoredReceipt(key, "CEB312Message", "CUSTOMS", docGuid, null, "120", "20240101120000000", "入库"));
 * }</pre>
 *
 * @param key          identity of the receipt (type, status, time and text), at most 200 characters
 * @param messageType  the receipt's message type, e.g. {@code CEB312Message}, {@code DxpRep}
 * @param kind         the receipt kind name
 * @param guid         the answered document guid as received, or {@code null}
 * @param copMsgId     the answered {@code CopMsgId} as received, or {@code null}
 * @param returnStatus the code as received
 * @param returnTime   the time as received, or {@code null}
 * @param info         the text, or {@code null}
 */
public record StoredReceipt(String key, String messageType, String kind, String guid, String copMsgId, String returnStatus, String returnTime, String info) {

    public StoredReceipt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }
}
