package org.cbec.customs.receipt;

import java.util.ArrayList;
import java.util.List;

import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;

/**
 * The typed view of any receipt: every node of the message that has a {@code returnStatus} becomes one
 * {@link CustomsReceipt}. It reads the receipt through its descriptors, not its class, so it works for every receipt type
 * of the catalogue (CEB312 … CEB712, CEB900) and for types added later.
 *
 * <pre>{@code
 * CebCodec.Parsed<?> parsed = CebCodec.ofDefaults().parseAny(bytes, CebMessages::resolve);
 * List<CustomsReceipt> receipts = CustomsReceipts.of((CebMessage) parsed.message()); // empty for a message that is no receipt
 * }</pre>
 */
public final class CustomsReceipts {

    private CustomsReceipts() {
    }

    /** The receipt lines of {@code message}, in document order; empty when it carries no {@code returnStatus}. */
    public static List<CustomsReceipt> of(CebMessage message) {
        List<CustomsReceipt> out = new ArrayList<>();
        collect(message.spec(), wire(message), out);
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> WireNode wire(CebMessage message) {
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }

    private static void collect(MessageSpec<?> spec, WireNode node, List<CustomsReceipt> out) {
        String status = node.text("returnStatus");
        if (status != null) {
            String time = node.text("returnTime");
            out.add(new CustomsReceipt(spec.messageType(), node.text("guid"), node.text("copNo"), node.text("orderNo"),
                    node.text("invtNo"), node.text("logisticsNo"), node.text("preNo"), node.text("payTransactionId"),
                    ReceiptStatus.of(status), time == null || !ValueType.DATETIME17.accepts(time) ? null : ValueType.DATETIME17.parse(time),
                    node.text("returnInfo")));
        }
        for (WireNode.Item item : node.items()) {
            if (item.node() != null) {
                collect(spec, item.node(), out);
            }
        }
    }
}
