package org.cbec.customs.flow;

import java.util.List;
import java.util.Objects;
import org.cbec.core.model.MessageSpec;

/**
 * An optional filing beside a flow's main steps: a cancellation, a return, a logistics status, a change or deletion
 * (appType 2 / 3) of a filed document. It follows one step, when its condition holds, and waits for its own receipts.
 *
 * <pre>{@code
 * FlowBranch cancel = ImportFlow.of(ImportMode.RETAIL_9610).branch(FlowBranch.Kind.CANCEL).orElseThrow();
 * cancel.messageType();   // "CEB623"
 * cancel.after();         // "CEB621"
 * cancel.receipts();      // [CEB624Message]
 * }</pre>
 *
 * @param kind      what it does
 * @param message   the message sent; for {@link Kind#CHANGE} and {@link Kind#DELETE} {@code null}: the step's own type
 * @param sender    who sends it; {@code null} for a change or deletion (the step's sender)
 * @param receipts  the receipts it waits for; for a change or deletion, those of the step's type
 * @param after     the message type it follows, e.g. {@code CEB621}; {@code *} for any step
 * @param condition when it may be sent, in words (the SDK checks it: see {@code org.cbec.customs.lifecycle})
 */
public record FlowBranch(Kind kind, MessageSpec<?> message, Party sender, List<MessageSpec<?>> receipts, String after, String condition) {

    public FlowBranch {
        Objects.requireNonNull(kind, "kind");
        receipts = List.copyOf(receipts);
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(condition, "condition");
    }

    /** The message type sent, e.g. {@code CEB623}; {@code *} for a change or deletion (any step's type). */
    public String messageType() {
        return message == null ? "*" : message.messageType();
    }

    /** What a branch does. */
    public enum Kind {
        /** Cancel an inventory (import CEB623, export CEB605). */
        CANCEL,
        /** Return goods (import CEB625, export CEB213). */
        RETURN,
        /** The tally of returned export goods at the yard (CEB215). */
        RETURN_TALLY,
        /** The logistics status of an import waybill (CEB513: signed for). */
        LOGISTICS_STATUS,
        /** Total and sub bills of export inventories (CEB607). */
        TOTAL_SUB_BILL,
        /** Change a filed document: the same type with appType 2 (变更). */
        CHANGE,
        /** Delete a filed document: the same type with appType 3 (删除). */
        DELETE
    }
}
