package org.cbec.customs.flow;

import java.util.List;
import org.cbec.core.model.MessageSpec;

/**
 * One filing of an export: who sends which message, and the receipts it waits for before the flow goes on.
 *
 * <pre>{@code
 * ExportStep s = flow.step("CEB603").orElseThrow();
 * s.sender();    // Sender.DECLARING_AGENT
 * s.receipts();  // [CEB604Message]
 * }</pre>
 *
 * @param message  the message sent
 * @param sender   who sends it
 * @param receipts the receipts it waits for, in the order they arrive
 */
public record ExportStep(MessageSpec<?> message, Sender sender, List<MessageSpec<?>> receipts) {

    public ExportStep {
        receipts = List.copyOf(receipts);
    }

    /** The message type, e.g. {@code CEB303}. */
    public String messageType() {
        return message.messageType();
    }

    /** Who files an export message (spec chapter 2; the code field that names them). */
    public enum Sender {
        /** 电商平台 or, without a platform, the e-commerce enterprise ({@code ebpCode}). */
        PLATFORM,
        /** 电商企业, the seller and consignor ({@code ebcCode}). */
        SELLER,
        /** 物流企业 ({@code logisticsCode}). */
        LOGISTICS,
        /** 申报企业, the declaring agent ({@code agentCode}). */
        DECLARING_AGENT,
        /** 监管场所经营人, the yard operator ({@code operatorCode}). */
        YARD_OPERATOR
    }
}
