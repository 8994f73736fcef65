package org.cbec.mock.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cbec.core.model.CebMessage;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Ceb605Message;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.Ceb625Message;
import org.cbec.customs.receipt.ReceiptTable;
import org.cbec.customs.receipt.ReceiptTables;
import org.cbec.mock.Scenario;

/**
 * A filing answered by one {@code *Return} node per business document, named by the document's guid as customs does:
 * every export message with a receipt (CEB303 → CEB304, CEB403 → CEB404, CEB505 → CEB506, CEB507 → CEB508, CEB509 →
 * CEB510, CEB603 → CEB604, CEB605 → CEB606, CEB607 → CEB608, CEB213 → CEB214, CEB215 → CEB216, CEB701 → CEB702) and
 * the import ones {@link Declaration} does not answer: waybill status (CEB513 → CEB514), cancellation (CEB623 → CEB624),
 * return (CEB625 → CEB626) and bonded inbound details (CEB711 → CEB712). A return node takes each of its fields from the document's head where
 * the head has it; the numbers customs assigns ({@code preNo}, {@code invtNo}, {@code sumNo}, {@code rkdNo}) are made
 * stable from the document's customs code and guid.
 *
 * <p>Each type goes only through the statuses its receipt table lists ({@link ReceiptTables}, spec chapters 2 and 3):
 * an export order ends at 120, a waybill, arrival, departure, cancellation, return, tally or summary at 399, an export
 * return at 800, an inventory at 800; the default timeline's other progress steps are left out, their time kept. An
 * export order, collection, waybill or inventory brings its part of the export 四单, checked by the {@link ParcelBook}. An
 * import cancellation or return is refused as customs would ({@link AfterRelease}). Besides: an export inventory is noted in the {@link InventoryBook} and
 * released there with its 800; a concluded cancellation (399) cancels it; a summary application is refused (100)
 * unless every inventory it names was received, released and not cancelled, and after its 399 comes its CEB792
 * summary result ({@link SummaryResults}).
 */
final class ReturnedFiling implements Filing {

    /** Progress statuses of a default timeline a type leaves out unless its receipt table lists them; errors are never left out. */
    private static final Set<String> PROGRESS = Set.of("120", "300", "399", "500", "501", "502", "503", "505", "599", "600",
            "700", "800", "899");
    /** The types {@link Declaration} answers; every other business type of both catalogues is answered here. */
    private static final Set<String> DECLARATIONS = Set.of("CEB311", "CEB411", "CEB511", "CEB621");

    /** Children of a message root that are no business document. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("BaseTransfer", "BaseSubscribe", "ExtendMessage");

    private final CebMessage message;
    private final ReceiptTable table;
    private final List<WireNode> heads;
    private final MockState state;
    private final InventoryBook inventories;

    private ReturnedFiling(CebMessage message, ReceiptTable table, List<WireNode> heads, MockState state) {
        this.message = message;
        this.table = table;
        this.heads = heads;
        this.state = state;
        this.inventories = state.exports();
    }

    /**
     * The filing {@code message} is when its type is one of these; an export inventory is noted in {@code inventories}
     * once a step of an accepted timeline is scheduled for it (a rejected one is never noted).
     */
    static Optional<Filing> of(CebMessage message, MockState state) {
        String type = message.spec().messageType();
        return ReceiptTables.find(type).filter(t -> !DECLARATIONS.contains(type))
                .map(t -> new ReturnedFiling(message, t, heads(wire(message)), state));
    }

    @Override
    public CebMessage receipt(String status, String info, LocalDateTime time) {
        WireNode root = new WireNode(table.receipt().rootName(), 0);
        root.putAttribute("guid", Declaration.newGuid());
        root.putAttribute("version", "1.0");
        NodeSpec<?, ?> returned = returnNode(table.receipt());
        for (WireNode head : heads) {
            root.addChild(returned(returned, head, status, info, time));
        }
        return (CebMessage) table.receipt().root().fromWire(root);
    }

    @Override
    public Scenario timeline(Scenario timeline) {
        return cut(table, timeline);
    }

    /**
     * {@code timeline} as a message with receipt {@code table} follows it: the progress statuses the table does not list
     * are left out, their time carried to the next step kept; errors are never left out.
     */
    static Scenario cut(ReceiptTable table, Scenario timeline) {
        List<Scenario.Step> kept = new ArrayList<>();
        Duration carried = Duration.ZERO;
        for (Scenario.Step step : timeline.steps()) {
            if (PROGRESS.contains(step.returnStatus()) && !table.lists(step.returnStatus())) {
                carried = carried.plus(step.after());
                continue;
            }
            kept.add(new Scenario.Step(carried.plus(step.after()), step.returnStatus(), step.info()));
            carried = Duration.ZERO;
        }
        return new Scenario(kept);
    }

    /** The export 四单 this filing brings: orders (CEB303), collections (CEB403), waybills (CEB505) and inventories (CEB603). */
    @Override
    public List<ParcelBook.Part> parts() {
        if (message instanceof Ceb303Message m) {
            return m.orders().stream().<ParcelBook.Part>map(ParcelBook.ExportPart::order).toList();
        }
        if (message instanceof Ceb403Message m) {
            return m.paymentCollections().stream().<ParcelBook.Part>map(ParcelBook.ExportPart::collection).toList();
        }
        if (message instanceof Ceb505Message m) {
            return m.logisticss().stream().<ParcelBook.Part>map(ParcelBook.ExportPart::waybill).toList();
        }
        if (message instanceof Ceb603Message m) {
            return m.inventorys().stream().<ParcelBook.Part>map(ParcelBook.ExportPart::inventory).toList();
        }
        return List.of();
    }

    @Override
    public Optional<String> refusal(Instant now) {
        if (message instanceof Ceb701Message m) {
            return SummaryResults.refusal(m, inventories, now);
        }
        if (message instanceof Ceb623Message m) {
            return AfterRelease.cancellationRefusal(m, state, now);
        }
        if (message instanceof Ceb625Message m) {
            return AfterRelease.returnRefusal(m, state, now);
        }
        return Optional.empty();
    }

    @Override
    public List<CebMessage> after(String status, Instant due, LocalDateTime time) {
        if (message instanceof Ceb603Message m && !rejects(status)) {
            m.inventorys().forEach(i -> inventories.received(invtNo(i.inventoryHead()), i));
            if ("800".equals(status)) {
                m.inventorys().forEach(i -> inventories.released(invtNo(i.inventoryHead()), due));
            }
        } else if (message instanceof Ceb605Message m && "399".equals(status)) {
            m.invtCancels().forEach(c -> inventories.cancelled(c.invtNo(), due));
        } else if (message instanceof Ceb701Message m && "399".equals(status)) {
            return List.of(SummaryResults.result(m, inventories, time));
        } else if (message instanceof Ceb623Message m && "399".equals(status)) {
            return AfterRelease.cancelled(m, state, due, time);
        } else if (message instanceof Ceb625Message m && "399".equals(status)) {
            return AfterRelease.returned(m, state, time);
        }
        return List.of();
    }

    /** Whether a receipt with {@code status} refuses its message: 100 (退单) or a negative error code. */
    private static boolean rejects(String status) {
        return "100".equals(status) || status.startsWith("-");
    }

    /** The number customs gives an export inventory: {@code I}, its customs code and 13 digits from its guid. */
    static String invtNo(InventoryHead head) {
        return "I" + number(head.customsCode(), head.guid());
    }

    /** A stable 18-character customs number: {@code prefix}, the customs code and 13 digits derived from the document guid. */
    static String number(char prefix, String customsCode, String guid) {
        return prefix + number(customsCode, guid);
    }

    private static String number(String customsCode, String guid) {
        return (customsCode == null ? "0000" : customsCode) + String.format("%013d", Integer.toUnsignedLong(guid.hashCode()));
    }

    /** The return node for {@code head}; an optional field whose copied value would break the receipt's schema is left out. */
    private static WireNode returned(NodeSpec<?, ?> spec, WireNode head, String status, String info, LocalDateTime time) {
        WireNode node = new WireNode(spec.name(), 0);
        for (Member<?, ?> member : spec.members()) {
            String tag = member.tag();
            String value = switch (tag) {
                case "returnStatus" -> status;
                case "returnTime" -> ValueType.DATETIME17.format(time);
                case "returnInfo" -> info;
                default -> head.text(tag) != null ? head.text(tag) : assigned(tag, head);
            };
            if (value != null && (fits(member, value) || required(member))) {
                node.addField(tag, value, 0);
            }
        }
        return node;
    }

    /** Whether {@code value} is within the length bounds of the receipt field {@code member} (a copied head value may not be). */
    private static boolean fits(Member<?, ?> member, String value) {
        if (!(member instanceof Member.Field<?, ?, ?> f) || f.def().xsd().isDecimal() || f.def().xsd().isInt() || "any".equals(f.def().xsd().base())) {
            return true;
        }
        int length = f.def().xsd().lexical(value).length();
        return length >= f.def().xsd().minLength() && length <= f.def().xsd().maxLength();
    }

    private static boolean required(Member<?, ?> member) {
        return member instanceof Member.Field<?, ?, ?> f && f.def().required();
    }

    /** The numbers customs gives a document that its head does not carry yet. */
    private static String assigned(String tag, WireNode head) {
        String customsCode = head.text("customsCode");
        String guid = head.text("guid");
        return switch (tag) {
            case "preNo" -> number('B', customsCode, guid);
            case "invtNo" -> number('I', customsCode, guid);
            case "sumNo" -> number('S', customsCode, guid);
            case "rkdNo" -> number('R', customsCode, guid);
            default -> null;
        };
    }

    /** The {@code *Return} node of a receipt type. */
    private static NodeSpec<?, ?> returnNode(MessageSpec<?> receipt) {
        return receipt.root().members().stream().filter(m -> m instanceof Member.Child<?, ?, ?>)
                .map(m -> ((Member.Child<?, ?, ?>) m).spec()).filter(s -> s.name().endsWith("Return")).findFirst()
                .orElseThrow(() -> new IllegalStateException(receipt.rootName() + " has no *Return node"));
    }

    /** Each business document's head: the document itself when it has a guid (e.g. {@code Logistics}), else its child that has one. */
    private static List<WireNode> heads(WireNode root) {
        List<WireNode> heads = new ArrayList<>();
        for (WireNode.Item item : root.items()) {
            if (item.node() == null || NOT_DOCUMENTS.contains(item.tag())) {
                continue;
            }
            WireNode document = item.node();
            if (document.text("guid") != null) {
                heads.add(document);
            } else {
                document.items().stream().map(WireNode.Item::node).filter(n -> n != null && n.text("guid") != null).findFirst()
                        .ifPresent(heads::add);
            }
        }
        return heads;
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> WireNode wire(CebMessage message) {
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }
}
