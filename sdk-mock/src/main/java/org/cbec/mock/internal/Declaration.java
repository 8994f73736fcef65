package org.cbec.mock.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb312Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb412Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.customs.imports.Ceb512Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryReturn;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.LogisticsReturn;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderReturn;
import org.cbec.customs.imports.PaymentHead;
import org.cbec.customs.imports.PaymentReturn;
import org.cbec.customs.lifecycle.Amendment;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.receipt.ReceiptTables;
import org.cbec.mock.Scenario;

/**
 * An accepted import declaration the mock answers with receipts: the order (CEB311 → CEB312), payment (CEB411 →
 * CEB412), waybill (CEB511 → CEB512) and inventory (CEB621 → CEB622, and on release a CEB816 tax bill computed by the
 * {@link TaxOffice}). Each business document of the message gets its own return node, named by the document's guid, as
 * customs does. Every status scheduled for an inventory is noted in the {@link ImportInventories}, where cancellations,
 * returns and changes are checked; a change (appType 2) or deletion (3) of an inventory is refused as customs would
 * (-621011 when it was never filed, -621012 when the rules do not allow it) and a changed inventory keeps its
 * {@code invtNo}.
 *
 * <p>Each type goes only through the statuses its receipt table lists ({@link ReceiptTables}, message-spec 3.2 – 3.6):
 * the order, payment and waybill end at 120 入库, the inventory goes on to 800 放行.
 */
public final class Declaration implements Filing {

    private final CebMessage message;
    private final Function<Receipt, CebMessage> receipt;
    private final List<ParcelBook.Part> parts;
    private final MockState state;
    private final TransInfo from;

    /** One receipt to write: its status, text and time. */
    record Receipt(String status, String info, LocalDateTime time) {
    }

    private Declaration(CebMessage message, Function<Receipt, CebMessage> receipt, List<? extends ParcelBook.Part> parts, MockState state,
                        TransInfo from) {
        this.message = message;
        this.receipt = receipt;
        this.parts = List.copyOf(parts);
        this.state = state;
        this.from = from;
    }

    /**
     * The declaration {@code message} is, or empty for a type the mock accepts without receipts; {@code state} is what the
     * mock remembers, {@code from} the transmission that brought it (where its tax bills go).
     */
    public static Optional<Declaration> of(CebMessage message, MockState state, TransInfo from) {
        if (message instanceof Ceb311Message m) {
            return Optional.of(new Declaration(m, r -> Ceb312Message.builder().guid(newGuid()).version("1.0")
                    .orderReturns(m.orders().stream().map(o -> orderReturn(o.orderHead(), r)).toList()).build(),
                    m.orders().stream().map(o -> ParcelBook.ImportPart.order(o.orderHead().orderNo(), o)).toList(), state, from));
        }
        if (message instanceof Ceb411Message m) {
            return Optional.of(new Declaration(m, r -> Ceb412Message.builder().guid(newGuid()).version("1.0")
                    .paymentReturns(m.payments().stream().map(p -> paymentReturn(p.paymentHead(), r)).toList()).build(),
                    m.payments().stream().map(p -> ParcelBook.ImportPart.payment(p.paymentHead().orderNo(), p.paymentHead())).toList(), state, from));
        }
        if (message instanceof Ceb511Message m) {
            return Optional.of(new Declaration(m, r -> Ceb512Message.builder().guid(newGuid()).version("1.0")
                    .logisticsReturns(m.logisticss().stream().map(l -> logisticsReturn(l.logisticsHead(), r)).toList()).build(),
                    m.logisticss().stream().map(l -> ParcelBook.ImportPart.waybill(l.logisticsHead().orderNo(), l.logisticsHead())).toList(), state,
                    from));
        }
        if (message instanceof Ceb621Message m) {
            return Optional.of(new Declaration(m, r -> Ceb622Message.builder().guid(newGuid()).version("1.0")
                    .inventoryReturns(m.inventorys().stream().map(i -> inventoryReturn(i.inventoryHead(), invtNo(state, i.inventoryHead()), r))
                            .toList()).build(),
                    m.inventorys().stream().map(i -> ParcelBook.ImportPart.inventory(i.inventoryHead().orderNo(), i)).toList(), state, from));
        }
        return Optional.empty();
    }

    @Override
    public CebMessage receipt(String status, String info, LocalDateTime time) {
        return receipt.apply(new Receipt(status, info, time));
    }

    @Override
    public Scenario timeline(Scenario timeline) {
        return ReceiptTables.find(message.spec().messageType()).map(t -> ReturnedFiling.cut(t, timeline)).orElse(timeline);
    }

    @Override
    public List<ParcelBook.Part> parts() {
        return parts;
    }

    /**
     * For an import inventory: notes the step in the {@link ImportInventories} and, on release, the CEB816 tax bill
     * of each inventory (from the {@link TaxOffice}).
     */
    @Override
    public List<CebMessage> after(String status, Instant due, LocalDateTime time) {
        if (!(message instanceof Ceb621Message m)) {
            return List.of();
        }
        List<CebMessage> out = new ArrayList<>();
        for (Inventory inv : m.inventorys()) {
            String invtNo = invtNo(state, inv.inventoryHead());
            state.imports().step(invtNo, inv, status, due);
            if ("800".equals(status)) {
                out.add(state.taxes().billOnRelease(inv, invtNo, time, from));
            }
        }
        return out;
    }

    /** A change or deletion of an inventory: refused when it was never filed or the rules do not allow it now. */
    @Override
    public Optional<String> refusal(Instant now) {
        if (!(message instanceof Ceb621Message m)) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        for (Inventory inv : m.inventorys()) {
            InventoryHead h = inv.inventoryHead();
            AppType type = AppType.LIST.find(h.appType()).orElse(AppType.ADD);
            if (type == AppType.ADD) {
                continue;
            }
            Optional<FiledInventory> filed = state.imports().byCopNo(h.copNo(), now);
            if (filed.isEmpty()) {
                problems.add("-621011 不存在已申报的清单[" + h.copNo() + "]，无法进行改单操作");
                continue;
            }
            Amendment amendment = type == AppType.CHANGE ? Amendment.change(m) : Amendment.delete(m);
            amendment.documentStatus(filed.get().status()).problems().forEach(f ->
                    problems.add("-621012 清单[" + filed.get().invtNo() + "]的申报状态不符合改单申报的条件: " + f.message()));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    /** The number customs gives an import inventory: a changed one keeps the number of the one it changes. */
    private static String invtNo(MockState state, InventoryHead h) {
        Optional<String> earlier = "1".equals(h.appType()) ? Optional.empty() : state.imports().invtNoOf(h.copNo());
        return earlier.orElseGet(() -> "I" + number(h));
    }

    private static OrderReturn orderReturn(OrderHead h, Receipt r) {
        return OrderReturn.builder().guid(h.guid()).ebpCode(h.ebpCode()).ebcCode(h.ebcCode()).orderNo(h.orderNo())
                .returnStatus(r.status()).returnTime(r.time()).returnInfo(r.info()).build();
    }

    private static PaymentReturn paymentReturn(PaymentHead h, Receipt r) {
        return PaymentReturn.builder().guid(h.guid()).payCode(h.payCode()).payTransactionId(h.payTransactionId())
                .returnStatus(r.status()).returnTime(r.time()).returnInfo(r.info()).build();
    }

    private static LogisticsReturn logisticsReturn(LogisticsHead h, Receipt r) {
        return LogisticsReturn.builder().guid(h.guid()).logisticsCode(h.logisticsCode()).logisticsNo(h.logisticsNo())
                .returnStatus(r.status()).returnTime(r.time()).returnInfo(r.info()).build();
    }

    private static InventoryReturn inventoryReturn(InventoryHead h, String invtNo, Receipt r) {
        return InventoryReturn.builder().guid(h.guid()).customsCode(h.customsCode()).ebpCode(h.ebpCode()).ebcCode(h.ebcCode())
                .agentCode(h.agentCode()).copNo(h.copNo()).preNo(preNo(h)).invtNo(invtNo)
                .returnStatus(r.status()).returnTime(r.time()).returnInfo(r.info()).build();
    }

    /** A stable 18-character pre-entry number: {@code B}, the customs code and 13 digits derived from the document guid. */
    private static String preNo(InventoryHead h) {
        return "B" + number(h);
    }

    private static String number(InventoryHead h) {
        String digits = String.format("%013d", Integer.toUnsignedLong(h.guid().hashCode()));
        return h.customsCode() + digits;
    }

    /** A fresh uppercase guid for a receipt. */
    public static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase();
    }
}
