package org.cbec.core.model;

import java.util.Objects;

/**
 * The description of one message type: its root node, its namespace, its direction and code, and where its
 * enveloped signature goes.
 *
 * <pre>{@code
 * MessageSpec<Ceb311Message> spec = Ceb311Message.SPEC;
 * spec.messageType(); // "CEB311"
 * spec.rootName();    // "CEB311Message"
 * }</pre>
 *
 * @param root          the root node
 * @param messageType   short code, e.g. {@code CEB311}
 * @param cnName        the specification's name, e.g. 电子订单
 * @param direction     import or export schema
 * @param signature     where {@code ds:Signature} goes in this message
 * @param <M> the typed message
 */
public record MessageSpec<M>(NodeSpec<M, ?> root, String messageType, String cnName, Direction direction, SignatureSlot signature) {

    public MessageSpec {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(signature, "signature");
    }

    /** Root element local name, e.g. {@code CEB311Message}. */
    public String rootName() {
        return root.name();
    }

    /** Which schema a message type belongs to. */
    public enum Direction {
        IMPORT,
        EXPORT
    }

    /** Whether and where the schema allows the enveloped {@code ds:Signature}. */
    public enum SignatureSlot {
        /** The schema has no signature element for this message. */
        NONE,
        /** Optional, last child of the root (import schema). */
        OPTIONAL_LAST,
        /** Mandatory, last child of the root (import CEB621, CEB623, CEB625, CEB711). */
        REQUIRED_LAST,
        /** Optional, before {@code ExtendMessage} (export schema). */
        OPTIONAL_BEFORE_EXTEND_MESSAGE;

        public boolean allowed() {
            return this != NONE;
        }
    }
}
