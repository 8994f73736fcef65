package org.cbec.tax;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.CustomsReceipts;
import org.cbec.tax.spi.BookingResult;

/**
 * The tax side of an import's lifecycle, driven by what was filed and what customs answered, never typed by hand:
 * <ul>
 *   <li>{@link #filed} an inventory (CEB621): its parcels are known by head guid and {@code copNo};</li>
 *   <li>its release (CEB622 800) counts the parcel in the buyer's year ({@link CbecTax#recordRelease});</li>
 *   <li>customs' tax bill (CEB816) and its status updates (CEB818) are kept for the {@link #paymentCalendar()};</li>
 *   <li>a concluded return (CEB626 399) or a concluded cancellation of a released inventory (CEB624 399) restores the
 *       buyer's quota ({@link CbecTax#recordReturn}) and marks the bill returned (nothing payable); a cancellation
 *       concluded before release books nothing and restores nothing.</li>
 * </ul>
 * Feed it every message the client receives (CEB622, CEB624, CEB626, CEB816, CEB818; others are ignored). CustomsReceipts
 * arrive in any order: a return concluded before its release was seen restores once the release is counted. Thread safe.
 *
 * <pre>{@code
 * TaxLifecycle life = tax.lifecycle();
 * life.filed(ceb621);
 * life.received(ceb622);      // [QUOTA_BOOKED …] on 800
 * life.received(ceb816);      // [BILL_RECEIVED …]
 * life.received(ceb626);      // [QUOTA_RESTORED …, BILL_RETURNED …] on 399
 * life.paymentCalendar();     // the returned inventory's bill is not payable
 * }</pre>
 */
public final class TaxLifecycle {

    private static final String RELEASED = "800";
    private static final String CONCLUDED = "399";

    private final CbecTax tax;
    private final Map<String, Inventory> byKey = new ConcurrentHashMap<>();
    private final Map<String, Inventory> byInvtNo = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> released = new ConcurrentHashMap<>();
    private final Map<String, Boolean> returned = new ConcurrentHashMap<>();
    private final Map<String, CustomsTaxBill> bills = new LinkedHashMap<>();
    private final Set<String> booked = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    TaxLifecycle(CbecTax tax, Clock clock) {
        this.tax = tax;
        this.clock = clock;
    }

    /** Notes the parcels of a filed inventory message, by each inventory's head guid and {@code copNo}. */
    public void filed(Ceb621Message message) {
        for (Inventory inv : message.inventorys()) {
            byKey.put(inv.inventoryHead().guid(), inv);
            if (inv.inventoryHead().copNo() != null) {
                byKey.put(inv.inventoryHead().copNo(), inv);
            }
        }
    }

    /** Applies one received message; returns what it did (empty for a message that says nothing about tax). */
    public synchronized List<TaxEvent> received(CebMessage message) {
        String type = message.spec().messageType();
        List<TaxEvent> events = new ArrayList<>();
        switch (type) {
            case "CEB622" -> CustomsReceipts.of(message).forEach(r -> inventoryReceipt(r, events));
            case "CEB624", "CEB626" -> CustomsReceipts.of(message).stream().filter(r -> CONCLUDED.equals(r.status().code()))
                    .forEach(r -> concluded(r.invtNo(), "CEB626".equals(type) ? "return" : "cancellation", events));
            case "CEB816" -> TaxBills.fromCeb816((Ceb816Message) message).forEach(b -> {
                bills.put(b.taxNo(), b);
                released.putIfAbsent(b.head().invtNo(), b.head().returnTime().toLocalDate());
                events.add(new TaxEvent(TaxEvent.Kind.BILL_RECEIVED, b.head().invtNo(), b.total(), "tax bill " + b.taxNo()));
            });
            case "CEB818" -> TaxBills.fromCeb818((Ceb818Message) message).forEach(u -> {
                CustomsTaxBill bill = bills.get(u.taxNo());
                if (bill != null) {
                    bills.put(u.taxNo(), bill.with(u));
                    events.add(new TaxEvent(TaxEvent.Kind.BILL_STATUS, bill.head().invtNo(), bill.total(), "tax bill " + u.taxNo() + " "
                            + u.status() + (u.entDutyNo() == null ? "" : " on payment form " + u.entDutyNo())));
                }
            });
            default -> {
            }
        }
        return events;
    }

    private void inventoryReceipt(CustomsReceipt r, List<TaxEvent> events) {
        Inventory inv = Optional.ofNullable(r.guid()).map(byKey::get).or(() -> Optional.ofNullable(r.copNo()).map(byKey::get)).orElse(null);
        if (inv == null || r.invtNo() == null) {
            return;
        }
        byInvtNo.put(r.invtNo(), inv);
        if (!RELEASED.equals(r.status().code()) || !booked.add(r.invtNo())) {
            return; // not a release, or its release was counted already (a duplicate receipt)
        }
        LocalDateTime at = r.returnTime() != null ? r.returnTime() : CustomsTime.now(clock);
        released.put(r.invtNo(), at.toLocalDate());
        TaxAssessment a = tax.estimate(TaxableParcels.of(inv));
        if (a.limitStatus() == LimitStatus.OVER_SINGLE_LIMIT) {
            events.add(new TaxEvent(TaxEvent.Kind.QUOTA_REFUSED, r.invtNo(), a.dutiableValue(), "over the single-transaction limit"));
            return;
        }
        BookingResult b = tax.recordRelease(r.invtNo(), a, CustomsTime.toInstant(at));
        events.add(new TaxEvent(b.counted() ? TaxEvent.Kind.QUOTA_BOOKED : TaxEvent.Kind.QUOTA_REFUSED, r.invtNo(), a.dutiableValue(),
                "release " + at + ": " + b.outcome() + ", year-to-date " + b.yearToDate()));
        if (returned.containsKey(r.invtNo())) {
            restore(r.invtNo(), "return concluded before the release was seen", events);
        }
    }

    private void concluded(String invtNo, String what, List<TaxEvent> events) {
        if (invtNo == null || returned.putIfAbsent(invtNo, Boolean.TRUE) != null) {
            return;
        }
        if (!booked.contains(invtNo)) {
            events.add(new TaxEvent(TaxEvent.Kind.NOTHING_BOOKED, invtNo, null, what + " concluded before release: nothing was booked"));
            return;
        }
        restore(invtNo, what + " concluded (399)", events);
    }

    private void restore(String invtNo, String why, List<TaxEvent> events) {
        Inventory inv = byInvtNo.get(invtNo);
        if (tax.recordReturn(invtNo)) {
            events.add(new TaxEvent(TaxEvent.Kind.QUOTA_RESTORED, invtNo, inv == null ? null : TaxableParcels.of(inv).dutiableValue(), why));
        }
        bills.values().stream().filter(b -> invtNo.equals(b.head().invtNo())).forEach(b ->
                events.add(new TaxEvent(TaxEvent.Kind.BILL_RETURNED, invtNo, b.total(), "tax bill " + b.taxNo() + " is not payable")));
    }

    /** Every tax bill received, with its latest status, release date and whether its inventory was returned or cancelled. */
    public synchronized List<ReleasedTaxBill> bills() {
        return bills.values().stream().map(b -> new ReleasedTaxBill(b, released.getOrDefault(b.head().invtNo(), b.head().returnTime().toLocalDate()),
                returned.containsKey(b.head().invtNo()), false)).toList();
    }

    /** The bill of {@code invtNo}, if it arrived. */
    public Optional<ReleasedTaxBill> bill(String invtNo) {
        return bills().stream().filter(b -> invtNo.equals(b.bill().head().invtNo())).findFirst();
    }

    /** What must be paid and when, from the bills and their status: see {@link PaymentCalendar}. */
    public PaymentCalendar paymentCalendar() {
        return tax.paymentCalendar(bills());
    }
}
