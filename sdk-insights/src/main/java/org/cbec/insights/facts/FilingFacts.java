package org.cbec.insights.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.CustomsReceipts;

/**
 * Builds {@link FilingFact}s from the SDK's typed messages and the receipts they got: one fact per business node
 * (order, payment, waybill, inventory, cancellation…) of a filed message. It reads messages through their descriptors,
 * so every modelled message type works.
 *
 * <ul>
 *   <li>Parties and numbers come from the node's head ({@code OrderHead}, {@code InventoryHead}…, or the node itself):
 *       {@code orderNo}, {@code invtNo}, {@code tradeMode}, {@code customsCode}, {@code ebpCode}, {@code ebcCode},
 *       {@code agentCode}; the buyer is {@code buyerIdNumber} (a payment's {@code payerIdNumber}); the telephone
 *       {@code consigneeTelephone}, else {@code buyerTelephone}, else {@code telephone}; the address
 *       {@code consigneeAddress}. Personal values become {@link PartyKey}s at once.</li>
 *   <li>The value is {@code goodsValue}, else {@code amountPaid}, else {@code charge}, else the sum of the lines'
 *       {@code totalPrice}; plus {@code freight} when the document declares goods and its freight is in the same
 *       currency. The currency is the head's, else the first line's, else 142 for an import message (the import
 *       schema fixes it).</li>
 *   <li>CustomsReceipts: a receipt line answers a document when its type follows the document's (CEB622 for CEB621,
 *       CEB792 for CEB701) and it names the document's {@code guid}, {@code copNo}, {@code invtNo},
 *       {@code logisticsNo}, {@code payTransactionId} or {@code orderNo}. The status is the highest-ranked receipt's
 *       ({@link FilingStatus}); the release time is the first 800's {@code returnTime}; a refusal (100, a negative
 *       status, CEB900 for the whole message) gives the refusal's code and text; customs' {@code invtNo} is taken
 *       from the receipt. A tax bill (CEB816) names the import inventory (CEB621) by {@code invtNo}; CEB818 status 3 voids it.</li>
 * </ul>
 *
 * <pre>{@code
 * PartyKeys keys = PartyKeys.random();
 * List<FilingFact> filed = FilingFacts.of(ceb621, submittedAt, List.of(ceb622Released, ceb816), keys);
 * List<FilingFact> aboutToFile = FilingFacts.of(ceb621, clock.instant(), List.of(), keys); // status SENT
 * }</pre>
 */
public final class FilingFacts {

    private static final Set<String> NOT_BUSINESS = Set.of("BaseTransfer", "BaseSubscribe", "ExtendMessage", "Signature");
    private static final String FORMAT_CHECK = "CEB900";

    private FilingFacts() {
    }

    /**
     * The facts of {@code filed}, submitted at {@code submittedAt}, with what {@code receipts} say about them
     * (receipts of other messages are ignored, so a whole inbox may be passed).
     */
    public static List<FilingFact> of(CebMessage filed, Instant submittedAt, Collection<? extends CebMessage> receipts,
                                      PartyKeys keys) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(keys, "keys");
        String type = filed.spec().messageType();
        List<CustomsReceipt> lines = new ArrayList<>();
        List<WireNode> taxBills = new ArrayList<>();
        Set<String> voided = new LinkedHashSet<>();
        CustomsReceipt formatCheck = null;
        for (CebMessage r : receipts) {
            String rt = r.spec().messageType();
            if (rt.equals("CEB816") || rt.equals("CEB818")) {
                taxNodes(wire(r), taxBills, voided);
            } else if (rt.equals(FORMAT_CHECK)) {
                if (namesMessage(wire(r), filed.guid())) {
                    formatCheck = CustomsReceipts.of(r).stream().findFirst().orElse(formatCheck);
                }
            } else if (answers(rt, type)) {
                lines.addAll(CustomsReceipts.of(r));
            }
        }
        return build(filed, submittedAt, lines, formatCheck, taxBills, voided, keys);
    }

    /**
     * The facts of {@code filed} from receipt lines as a store keeps them (no tax bills): the lines of receipts that
     * answer its documents, and a CEB900 line ({@code messageType} {@code CEB900}) for a format-check refusal of the
     * whole message. What a store adapter uses; lines of other messages are ignored.
     */
    public static List<FilingFact> ofReceiptLines(CebMessage filed, Instant submittedAt, Collection<CustomsReceipt> receiptLines,
                                                  PartyKeys keys) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(keys, "keys");
        String type = filed.spec().messageType();
        List<CustomsReceipt> lines = new ArrayList<>();
        CustomsReceipt formatCheck = null;
        for (CustomsReceipt r : receiptLines) {
            if (FORMAT_CHECK.equals(r.messageType())) {
                formatCheck = r;
            } else if (answers(r.messageType(), type)) {
                lines.add(r);
            }
        }
        return build(filed, submittedAt, lines, formatCheck, List.of(), Set.of(), keys);
    }

    private static List<FilingFact> build(CebMessage filed, Instant submittedAt, List<CustomsReceipt> lines, CustomsReceipt formatCheck,
                                          List<WireNode> taxBills, Set<String> voided, PartyKeys keys) {
        String type = filed.spec().messageType();
        boolean isImport = filed.spec().direction() == MessageSpec.Direction.IMPORT;
        List<CustomsReceipt> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(CustomsReceipt::returnTime, Comparator.nullsLast(Comparator.naturalOrder())));
        List<FilingFact> out = new ArrayList<>();
        for (WireNode node : businessNodes(wire(filed))) {
            out.add(fact(filed, type, isImport, node, submittedAt, sorted, formatCheck, taxBills, voided, keys));
        }
        return List.copyOf(out);
    }

    /**
     * Every number a receipt could name one of {@code filed}'s documents by (guids, {@code copNo}, {@code orderNo},
     * {@code invtNo}, {@code logisticsNo}, {@code payTransactionId}): to find its receipts in an index.
     */
    public static Set<String> numbers(CebMessage filed) {
        Set<String> out = new LinkedHashSet<>();
        out.add(filed.guid());
        for (WireNode node : businessNodes(wire(filed))) {
            WireNode h = head(node);
            for (String tag : List.of("guid", "copNo", "orderNo", "invtNo", "logisticsNo", "payTransactionId")) {
                String v = h.text(tag);
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /**
     * The numbers a receipt names its documents by (as {@link #numbers}), the original message's CopMsgId of a
     * CEB900, and the {@code invtNo} of tax bills: the keys to index receipts under.
     */
    public static Set<String> numbersNamedBy(CebMessage receipt) {
        Set<String> out = new LinkedHashSet<>();
        String rt = receipt.spec().messageType();
        WireNode root = wire(receipt);
        if (rt.equals(FORMAT_CHECK)) {
            for (WireNode n : root.children("MessageReturn")) {
                add(out, n.text("oriCopMsgId"));
            }
        } else if (rt.equals("CEB816") || rt.equals("CEB818")) {
            List<WireNode> bills = new ArrayList<>();
            taxNodes(root, bills, new LinkedHashSet<>());
            bills.forEach(b -> add(out, b.text("invtNo")));
            for (WireNode s : nodes(root, "TaxHeadStatus")) {
                add(out, s.text("invtNo"));
            }
        } else {
            for (CustomsReceipt r : CustomsReceipts.of(receipt)) {
                add(out, r.guid());
                add(out, r.copNo());
                add(out, r.orderNo());
                add(out, r.invtNo());
                add(out, r.logisticsNo());
                add(out, r.payTransactionId());
            }
        }
        return out;
    }

    private static void add(Set<String> out, String v) {
        if (v != null && !v.isBlank()) {
            out.add(v);
        }
    }

    private static FilingFact fact(CebMessage filed, String type, boolean isImport, WireNode node, Instant submittedAt,
                                   List<CustomsReceipt> receipts, CustomsReceipt formatCheck, List<WireNode> taxBills,
                                   Set<String> voided, PartyKeys keys) {
        WireNode h = head(node);
        List<WireNode> lineNodes = lineNodes(node);
        String currency = first(h.text("currency"), lineNodes.isEmpty() ? null : lineNodes.get(0).text("currency"),
                isImport ? "142" : null);
        List<LineFact> lines = new ArrayList<>();
        for (WireNode l : lineNodes) {
            lines.add(new LineFact(integer(l.text("gnum")), l.text("gcode"), l.text("itemNo"),
                    first(l.text("gname"), l.text("itemName")), decimal(l.text("qty")), decimal(l.text("price")),
                    decimal(l.text("totalPrice")), first(l.text("currency"), currency)));
        }
        FilingFact.Builder b = FilingFact.builder()
                .guid(first(h.text("guid"), filed.guid())).messageGuid(filed.guid()).messageType(type)
                .orderNo(h.text("orderNo")).invtNo(h.text("invtNo"))
                .documentNo(first(h.text("invtNo"), h.text("orderNo"), h.text("logisticsNo"), h.text("payTransactionId"),
                        h.text("copNo")))
                .tradeMode(h.text("tradeMode")).customsCode(h.text("customsCode"))
                .ebpCode(h.text("ebpCode")).ebcCode(h.text("ebcCode")).agentCode(h.text("agentCode"))
                .buyer(keys.idNumber(first(h.text("buyerIdNumber"), h.text("payerIdNumber"))))
                .phone(keys.phone(first(h.text("consigneeTelephone"), h.text("buyerTelephone"), h.text("telephone"))))
                .address(keys.address(h.text("consigneeAddress")))
                .currency(currency).value(value(h, lines, currency)).lines(lines)
                .submittedAt(submittedAt).status(FilingStatus.SENT);
        fold(b, h, type, receipts, formatCheck);
        FilingFact f = b.build();
        if (f.invtNo() != null && type.equals("CEB621")) {
            for (WireNode bill : taxBills) {
                if (f.invtNo().equals(bill.text("invtNo"))) {
                    String taxNo = bill.text("taxNo");
                    BigDecimal amount = sum(decimal(bill.text("customsTax")), decimal(bill.text("valueAddedTax")),
                            decimal(bill.text("consumptionTax")));
                    f = f.toBuilder().tax(new TaxFact(taxNo, amount, voided.contains(taxNo), null)).build();
                }
            }
        }
        return f;
    }

    /** Folds the receipts answering this document into status, release time, refusal and customs' invtNo. */
    private static void fold(FilingFact.Builder b, WireNode h, String type, List<CustomsReceipt> receipts, CustomsReceipt formatCheck) {
        FilingStatus status = FilingStatus.SENT;
        Instant released = null;
        String invtNo = h.text("invtNo");
        for (CustomsReceipt r : receipts) {
            if (!names(r, h)) {
                continue;
            }
            FilingStatus s = FilingStatus.of(r.status());
            status = s.max(status);
            if (s == FilingStatus.RELEASED && released == null && r.returnTime() != null) {
                released = CustomsTime.toInstant(r.returnTime());
            }
            if (s.isRefusal()) {
                b.refusalCode(r.status().code()).refusalReason(r.returnInfo() != null ? r.returnInfo() : r.status().text());
            }
            if (invtNo == null && r.invtNo() != null) {
                invtNo = r.invtNo();
            }
        }
        if (formatCheck != null) {
            status = FilingStatus.ERROR.max(status);
            b.refusalCode(FORMAT_CHECK).refusalReason(formatCheck.returnInfo());
        }
        b.status(status).releasedAt(status == FilingStatus.RELEASED ? released : null).invtNo(invtNo);
        if (h.text("invtNo") == null && invtNo != null && h.text("orderNo") == null) {
            b.documentNo(invtNo);
        }
    }

    private static boolean names(CustomsReceipt r, WireNode h) {
        return same(r.guid(), h.text("guid")) || same(r.copNo(), h.text("copNo")) || same(r.invtNo(), h.text("invtNo"))
                || same(r.logisticsNo(), h.text("logisticsNo")) || same(r.payTransactionId(), h.text("payTransactionId"))
                || r.copNo() == null && r.invtNo() == null && same(r.orderNo(), h.text("orderNo"));
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }

    /** Whether a receipt of type {@code receiptType} answers a message of type {@code filedType}. */
    static boolean answers(String receiptType, String filedType) {
        int r = number(receiptType);
        int f = number(filedType);
        return r > 0 && f > 0 && (r == f + 1 || f == 701 && r == 792);
    }

    private static int number(String type) {
        try {
            return Integer.parseInt(type.substring(3));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static boolean namesMessage(WireNode ceb900, String guid) {
        for (WireNode n : ceb900.children("MessageReturn")) {
            if (guid.equals(n.text("oriCopMsgId"))) {
                return true;
            }
        }
        return false;
    }

    private static void taxNodes(WireNode root, List<WireNode> bills, Set<String> voided) {
        bills.addAll(nodes(root, "TaxHeadRd"));
        for (WireNode s : nodes(root, "TaxHeadStatus")) {
            if ("3".equals(s.text("status")) && s.text("taxNo") != null) {
                voided.add(s.text("taxNo"));
            }
        }
    }

    private static List<WireNode> nodes(WireNode root, String name) {
        List<WireNode> out = new ArrayList<>();
        collect(root, name, out);
        return out;
    }

    private static void collect(WireNode node, String name, List<WireNode> out) {
        for (WireNode.Item i : node.items()) {
            if (i.node() != null) {
                if (i.tag().equals(name)) {
                    out.add(i.node());
                }
                collect(i.node(), name, out);
            }
        }
    }

    private static List<WireNode> businessNodes(WireNode root) {
        List<WireNode> out = new ArrayList<>();
        for (WireNode.Item i : root.items()) {
            if (i.node() != null && !NOT_BUSINESS.contains(i.tag())) {
                out.add(i.node());
            }
        }
        return out;
    }

    private static WireNode head(WireNode node) {
        for (WireNode.Item i : node.items()) {
            if (i.node() != null && i.tag().endsWith("Head")) {
                return i.node();
            }
        }
        return node;
    }

    private static List<WireNode> lineNodes(WireNode node) {
        List<WireNode> out = new ArrayList<>();
        for (WireNode.Item i : node.items()) {
            if (i.node() != null && i.tag().endsWith("List")) {
                out.add(i.node());
            }
        }
        return out;
    }

    private static BigDecimal value(WireNode h, List<LineFact> lines, String currency) {
        BigDecimal goods = first(decimal(h.text("goodsValue")), decimal(h.text("amountPaid")), decimal(h.text("charge")));
        if (goods == null && lines.stream().anyMatch(l -> l.totalPrice() != null)) {
            goods = lines.stream().map(LineFact::totalPrice).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        BigDecimal freight = decimal(h.text("freight"));
        String fCurrency = h.text("fCurrency");
        if (goods != null && freight != null && (fCurrency == null || fCurrency.equals(currency))) {
            return goods.add(freight);
        }
        return goods;
    }

    private static BigDecimal sum(BigDecimal... parts) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            s = p == null ? s : s.add(p);
        }
        return s;
    }

    private static BigDecimal decimal(String text) {
        if (text == null || !ValueType.DECIMAL.accepts(text)) {
            return null;
        }
        return new BigDecimal(text.strip());
    }

    private static int integer(String text) {
        return text != null && ValueType.INT.accepts(text) ? Integer.parseInt(text.strip()) : 0;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> WireNode wire(CebMessage message) {
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }
}
