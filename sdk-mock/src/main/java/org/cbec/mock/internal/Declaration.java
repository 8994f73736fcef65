package org.cbec.mock.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.cbec.core.model.CebMessage;
import org.cbec.customs.codes.TaxStatus;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb312Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb412Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.customs.imports.Ceb512Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.InventoryReturn;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.LogisticsReturn;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderReturn;
import org.cbec.customs.imports.PaymentHead;
import org.cbec.customs.imports.PaymentReturn;
import org.cbec.customs.imports.TaxBill;
import org.cbec.customs.imports.TaxHeadRd;
import org.cbec.customs.imports.TaxListRd;

/**
 * An accepted import declaration the mock answers with receipts: the order (CEB311 → CEB312), payment (CEB411 →
 * CEB412), waybill (CEB511 → CEB512) and inventory (CEB621 → CEB622, and a CEB816 tax bill on release). Each
 * business document of the message gets its own return node, named by the document's guid, as customs does.
 */
public final class Declaration implements Filing {

    /** Comprehensive VAT of cross-border retail imports: 70 % of the 13 % VAT, customs duty 0 within the limits. */
    private static final BigDecimal RETAIL_VAT = new BigDecimal("0.091");

    private final CebMessage message;
    private final Function<Receipt, CebMessage> receipt;
    private final List<ParcelBook.Part> parts;

    /** One receipt to write: its status, text and time. */
    record Receipt(String status, String info, LocalDateTime time) {
    }

    private Declaration(CebMessage message, Function<Receipt, CebMessage> receipt, List<ParcelBook.Part> parts) {
        this.message = message;
        this.receipt = receipt;
        this.parts = parts;
    }

    /** The declaration {@code message} is, or empty for a type the mock accepts without receipts. */
    public static Optional<Declaration> of(CebMessage message) {
        if (message instanceof Ceb311Message m) {
            return Optional.of(new Declaration(m, r -> Ceb312Message.builder().guid(newGuid()).version("1.0")
                    .orderReturns(m.orders().stream().map(o -> orderReturn(o.orderHead(), r)).toList()).build(),
                    m.orders().stream().map(o -> ParcelBook.Part.order(o.orderHead().orderNo(), o)).toList()));
        }
        if (message instanceof Ceb411Message m) {
            return Optional.of(new Declaration(m, r -> Ceb412Message.builder().guid(newGuid()).version("1.0")
                    .paymentReturns(m.payments().stream().map(p -> paymentReturn(p.paymentHead(), r)).toList()).build(),
                    m.payments().stream().map(p -> ParcelBook.Part.payment(p.paymentHead().orderNo(), p.paymentHead())).toList()));
        }
        if (message instanceof Ceb511Message m) {
            return Optional.of(new Declaration(m, r -> Ceb512Message.builder().guid(newGuid()).version("1.0")
                    .logisticsReturns(m.logisticss().stream().map(l -> logisticsReturn(l.logisticsHead(), r)).toList()).build(),
                    m.logisticss().stream().map(l -> ParcelBook.Part.waybill(l.logisticsHead().orderNo(), l.logisticsHead())).toList()));
        }
        if (message instanceof Ceb621Message m) {
            return Optional.of(new Declaration(m, r -> Ceb622Message.builder().guid(newGuid()).version("1.0")
                    .inventoryReturns(m.inventorys().stream().map(i -> inventoryReturn(i.inventoryHead(), r)).toList()).build(),
                    m.inventorys().stream().map(i -> ParcelBook.Part.inventory(i.inventoryHead().orderNo(), i)).toList()));
        }
        return Optional.empty();
    }

    @Override
    public CebMessage receipt(String status, String info, LocalDateTime time) {
        return receipt.apply(new Receipt(status, info, time));
    }

    @Override
    public List<ParcelBook.Part> parts() {
        return parts;
    }

    /** For a released import inventory, the CEB816 tax bill customs sends after the release. */
    @Override
    public List<CebMessage> after(String status, Instant due, LocalDateTime time) {
        return "800".equals(status) ? taxBill(time).stream().toList() : List.of();
    }

    private Optional<CebMessage> taxBill(LocalDateTime time) {
        if (!(message instanceof Ceb621Message m)) {
            return Optional.empty();
        }
        List<TaxBill> bills = new ArrayList<>();
        for (Inventory inv : m.inventorys()) {
            bills.add(taxBill(inv, time));
        }
        return Optional.of(Ceb816Message.builder().guid(newGuid()).version("1.0").taxBills(bills).build());
    }

    private static TaxBill taxBill(Inventory inv, LocalDateTime time) {
        InventoryHead h = inv.inventoryHead();
        TaxBill.Builder bill = TaxBill.builder();
        BigDecimal vat = BigDecimal.ZERO;
        for (InventoryList line : inv.inventoryList()) {
            BigDecimal lineVat = line.totalPrice().multiply(RETAIL_VAT).setScale(2, RoundingMode.HALF_UP);
            vat = vat.add(lineVat);
            bill.addTaxListRd(TaxListRd.builder().gnum(line.gnum()).gcode(line.gcode()).taxPrice(line.totalPrice())
                    .customsTax(BigDecimal.ZERO).valueAddedTax(lineVat).consumptionTax(BigDecimal.ZERO).build());
        }
        return bill.taxHeadRd(TaxHeadRd.builder().guid(newGuid()).returnTime(time).invtNo(invtNo(h)).taxNo("TAX" + invtNo(h))
                .customsTax(BigDecimal.ZERO).valueAddedTax(vat).consumptionTax(BigDecimal.ZERO).status(TaxStatus.GENERATED)
                .assureCode(h.assureCode()).ebcCode(h.ebcCode()).logisticsCode(h.logisticsCode()).agentCode(h.agentCode())
                .customsCode(h.customsCode()).build()).build();
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

    private static InventoryReturn inventoryReturn(InventoryHead h, Receipt r) {
        return InventoryReturn.builder().guid(h.guid()).customsCode(h.customsCode()).ebpCode(h.ebpCode()).ebcCode(h.ebcCode())
                .agentCode(h.agentCode()).copNo(h.copNo()).preNo(preNo(h)).invtNo(invtNo(h))
                .returnStatus(r.status()).returnTime(r.time()).returnInfo(r.info()).build();
    }

    /** A stable 18-character pre-entry number: {@code B}, the customs code and 13 digits derived from the document guid. */
    private static String preNo(InventoryHead h) {
        return "B" + number(h);
    }

    /** A stable 18-character inventory number: {@code I}, the customs code and the same 13 digits. */
    private static String invtNo(InventoryHead h) {
        return "I" + number(h);
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
