package org.cbec.mock.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.receipt.CustomsStatus;
import org.cbec.customs.receipt.ReceiptTables;

/**
 * The import inventories (CEB621) the mock has answered, by the {@code invtNo} it gave them (and by {@code copNo}), with
 * every status it scheduled for them, each due at an instant, and what was returned of them: what a cancellation,
 * return or change is checked against, as customs would, at the time it arrives. Thread safe.
 */
public final class ImportInventories {

    private record Step(Instant due, String code) {
    }

    private static final class Entry {
        final Inventory inventory;
        final String invtNo;
        final List<Step> steps = new ArrayList<>();
        final Map<Integer, BigDecimal> returned = new HashMap<>();
        Instant cancelled;

        Entry(Inventory inventory, String invtNo) {
            this.inventory = inventory;
            this.invtNo = invtNo;
        }
    }

    private final Map<String, Entry> byInvtNo = new HashMap<>();
    private final Map<String, Entry> byCopNo = new HashMap<>();

    /**
     * Notes that {@code inventory}, numbered {@code invtNo}, gets the status {@code code} at {@code due}; another
     * inventory under the same number (a change, appType 2) starts afresh.
     */
    synchronized void step(String invtNo, Inventory inventory, String code, Instant due) {
        Entry e = byInvtNo.get(invtNo);
        if (e == null || e.inventory != inventory) {
            e = new Entry(inventory, invtNo);
            byInvtNo.put(invtNo, e);
        }
        if (inventory.inventoryHead().copNo() != null) {
            byCopNo.put(inventory.inventoryHead().copNo(), e);
        }
        e.steps.add(new Step(due, code));
    }

    /** Notes that {@code qty} of line {@code gnum} of {@code invtNo} was returned. */
    synchronized void returned(String invtNo, int gnum, BigDecimal qty) {
        Optional.ofNullable(byInvtNo.get(invtNo)).ifPresent(e -> e.returned.merge(gnum, qty, BigDecimal::add));
    }

    /** The number given to the inventory of {@code copNo}, if one was answered. */
    synchronized Optional<String> invtNoOf(String copNo) {
        return Optional.ofNullable(copNo == null ? null : byCopNo.get(copNo)).map(e -> e.invtNo);
    }

    /** Notes that the cancellation of {@code invtNo} is concluded at {@code at}. */
    synchronized void cancelled(String invtNo, Instant at) {
        Optional.ofNullable(byInvtNo.get(invtNo)).ifPresent(e -> e.cancelled = at);
    }

    /** Whether the cancellation of {@code invtNo} was concluded by {@code now}. */
    synchronized boolean cancelledBy(String invtNo, Instant now) {
        Entry e = byInvtNo.get(invtNo);
        return e != null && e.cancelled != null && !e.cancelled.isAfter(now);
    }

    /** {@code invtNo} as customs has it at {@code now}, if it was answered. */
    synchronized Optional<FiledInventory> byInvtNo(String invtNo, Instant now) {
        return Optional.ofNullable(byInvtNo.get(invtNo)).map(e -> filed(e, now));
    }

    /** The inventory of {@code copNo} as customs has it at {@code now}, if it was answered. */
    synchronized Optional<FiledInventory> byCopNo(String copNo, Instant now) {
        return Optional.ofNullable(copNo == null ? null : byCopNo.get(copNo)).map(e -> filed(e, now));
    }

    private static FiledInventory filed(Entry e, Instant now) {
        List<String> codes = e.steps.stream().filter(s -> !s.due().isAfter(now)).map(Step::code).toList();
        CustomsStatus status = ReceiptTables.forMessage("CEB621").standing(codes).orElse(null);
        LocalDateTime released = e.steps.stream().filter(s -> "800".equals(s.code()) && !s.due().isAfter(now)).map(s -> CustomsTime.of(s.due()))
                .findFirst().orElse(null);
        return new FiledInventory(e.inventory, e.invtNo, null, status, released, e.returned);
    }
}
