package org.cbec.customs;

import java.util.Locale;
import java.util.UUID;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.WireNode;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.receipt.ReceiptTable;

/**
 * The official sample of a business message type (read from {@code ../shared}, leniently: the samples carry the
 * deviations their README lists), ready to be filed again and again.
 *
 * <pre>{@code
 * CebMessage waybillStatus = OfficialSamples.fresh(ReceiptTables.forMessage("CEB513"));
 * }</pre>
 */
public final class OfficialSamples {

    private static final CebCodec LENIENT = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();

    private OfficialSamples() {
    }

    /**
     * The sample of {@code table}'s message with new guids for the message and each document: the official samples share
     * document guids across types (and some are lower case), and a receipt finds its submission by the document guid
     * it names.
     */
    public static CebMessage fresh(ReceiptTable table) {
        String direction = table.message().direction() == MessageSpec.Direction.IMPORT ? "import" : "export";
        CebMessage sample = (CebMessage) LENIENT.parse(OfficialSpec.read(OfficialSpec.sample(direction + "/" + table.messageType()
                + "Message.xml")), table.message()).message();
        return renewed(sample);
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> CebMessage renewed(CebMessage sample) {
        MessageSpec<M> spec = (MessageSpec<M>) sample.spec();
        return (CebMessage) spec.root().fromWire(renewed(spec.root().toWire((M) sample)));
    }

    private static WireNode renewed(WireNode node) {
        WireNode copy = new WireNode(node.name(), node.line());
        node.attributes().forEach((k, v) -> copy.putAttribute(k, "guid".equals(k) ? newGuid() : v));
        for (WireNode.Item item : node.items()) {
            if (item.node() != null) {
                copy.addChild(renewed(item.node()));
            } else if ("guid".equals(item.tag())) {
                copy.addField("guid", newGuid(), item.line());
            } else {
                copy.add(item);
            }
        }
        return copy;
    }

    /** A new upper-case guid. */
    public static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
