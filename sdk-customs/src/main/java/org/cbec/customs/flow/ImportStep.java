package org.cbec.customs.flow;

import java.util.List;
import org.cbec.core.model.MessageSpec;

/**
 * One filing of an import: who sends which message, and the receipts it waits for before the flow goes on.
 *
 * <pre>{@code
 * ImportStep s = ImportFlow.of(ImportMode.RETAIL_9610).step("CEB621").orElseThrow();
 * s.sender();    // Party.DECLARING_AGENT
 * s.receipts();  // [CEB622Message, CEB816Message, CEB818Message]
 * }</pre>
 *
 * @param message  the message sent
 * @param sender   who sends it
 * @param receipts what answers it, in the order it arrives (for the inventory also customs' tax bill and its status)
 */
public record ImportStep(MessageSpec<?> message, Party sender, List<MessageSpec<?>> receipts) {

    public ImportStep {
        receipts = List.copyOf(receipts);
    }

    /** The message type, e.g. {@code CEB311}. */
    public String messageType() {
        return message.messageType();
    }
}
