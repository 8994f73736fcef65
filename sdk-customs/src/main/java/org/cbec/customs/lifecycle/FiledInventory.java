package org.cbec.customs.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.receipt.CustomsStatus;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.ReceiptTables;

/**
 * An import inventory (CEB621) as filed, with what its receipts (CEB622) said: the number customs gave it, where it
 * stands, when it was released, and what was returned of it so far. What cancellations and returns are built from.
 *
 * <pre>{@code
 * FiledInventory filed = FiledInventory.of(inventory, Receipts.of(ceb622));   // from the receipts customs sent
 * filed.invtNo();      // "I51002026000000123"
 * filed.status();      // RELEASED
 * filed.releasedAt();  // Optional[2026-11-23T10:31:02.123], China time
 * }</pre>
 *
 * @param inventory  the inventory as filed
 * @param invtNo     清单编号, the number customs gave it, or {@code null} before customs entered it
 * @param preNo      预录入编号, or {@code null}
 * @param status     where it stands, or {@code null} before any receipt
 * @param releasedAt when it was released (800), China time, or {@code null}
 * @param returned   quantities already returned, by line {@code gnum}
 */
public record FiledInventory(Inventory inventory, String invtNo, String preNo, CustomsStatus status, LocalDateTime releasedAt,
                             Map<Integer, BigDecimal> returned) {

    private static final String INVENTORY_RECEIPT = "CEB622";

    public FiledInventory {
        Objects.requireNonNull(inventory, "inventory");
        returned = Map.copyOf(returned);
    }

    /**
     * The inventory with what its receipts say: the CEB622 receipts naming its head guid (or its {@code copNo}) count, in any order; the
     * first {@code invtNo} and {@code preNo} they carry, the standing they reach ({@link ReceiptTables}: a late 120
     * after 800 changes nothing) and the time of the release.
     */
    public static FiledInventory of(Inventory inventory, List<CustomsReceipt> receipts) {
        String guid = inventory.inventoryHead().guid();
        String copNo = inventory.inventoryHead().copNo();
        List<CustomsReceipt> own = receipts.stream().filter(r -> INVENTORY_RECEIPT.equals(r.messageType()))
                .filter(r -> guid.equals(r.guid()) || (copNo != null && copNo.equals(r.copNo()))).toList();
        String invtNo = own.stream().map(CustomsReceipt::invtNo).filter(Objects::nonNull).findFirst().orElse(null);
        String preNo = own.stream().map(CustomsReceipt::preNo).filter(Objects::nonNull).findFirst().orElse(null);
        CustomsStatus status = ReceiptTables.forMessage("CEB621").standing(own.stream().map(r -> r.status().code()).toList()).orElse(null);
        LocalDateTime released = own.stream().filter(r -> "800".equals(r.status().code())).map(CustomsReceipt::returnTime)
                .filter(Objects::nonNull).min(LocalDateTime::compareTo).orElse(null);
        return new FiledInventory(inventory, invtNo, preNo, status, released, Map.of());
    }

    /** An inventory customs released under {@code invtNo} at {@code releasedAt} (China time). */
    public static FiledInventory released(Inventory inventory, String invtNo, LocalDateTime releasedAt) {
        return new FiledInventory(inventory, Objects.requireNonNull(invtNo, "invtNo"), null, CustomsStatus.RELEASED,
                Objects.requireNonNull(releasedAt, "releasedAt"), Map.of());
    }

    /** An inventory customs entered under {@code invtNo} and has not released. */
    public static FiledInventory entered(Inventory inventory, String invtNo, CustomsStatus status) {
        return new FiledInventory(inventory, Objects.requireNonNull(invtNo, "invtNo"), null, status, null, Map.of());
    }

    /** This inventory after {@code qty} of line {@code gnum} was returned. */
    public FiledInventory withReturned(int gnum, BigDecimal qty) {
        Map<Integer, BigDecimal> m = new HashMap<>(returned);
        m.merge(gnum, qty, BigDecimal::add);
        return new FiledInventory(inventory, invtNo, preNo, status, releasedAt, m);
    }

    /** Whether customs released it (800, or a later closure 899). */
    public boolean isReleased() {
        return releasedAt != null || status == CustomsStatus.RELEASED || status == CustomsStatus.CLOSED;
    }

    /** When it was released, China time. */
    public Optional<LocalDateTime> releaseTime() {
        return Optional.ofNullable(releasedAt);
    }

    /** The inventory's line {@code gnum}. */
    public Optional<InventoryList> line(int gnum) {
        return inventory.inventoryList().stream().filter(l -> l.gnum() != null && l.gnum() == gnum).findFirst();
    }

    /** What may still be returned of line {@code gnum}: its quantity less what was returned. */
    public BigDecimal returnable(int gnum) {
        return line(gnum).map(l -> l.qty().subtract(returned.getOrDefault(gnum, BigDecimal.ZERO))).orElse(BigDecimal.ZERO);
    }

    /** Whether {@code at} (China time) is within {@code window} after the release; false when it was not released. */
    boolean withinAfterRelease(Period window, LocalDateTime at) {
        return releasedAt != null && !at.isAfter(releasedAt.plus(window));
    }

    /** The problems of naming this inventory in a cancellation or a return: never entered, or rejected. */
    List<LifecycleFinding> acceptanceProblems(String invtNoPath) {
        List<LifecycleFinding> out = new ArrayList<>();
        if (invtNo == null || invtNo.isBlank()) {
            out.add(new LifecycleFinding(LifecycleRule.NOT_ENTERED, invtNoPath, "清单编号",
                    "inventory " + inventory.inventoryHead().copNo() + " has no invtNo: customs has not entered it (no CEB622 named one)"));
        } else if (status != null && status.isFailure()) {
            out.add(new LifecycleFinding(LifecycleRule.NOT_ACCEPTED, invtNoPath, "清单编号",
                    "inventory " + invtNo + " ended " + status + ": correct it and file it again (appType 2)"));
        }
        return out;
    }

    /** The problem of {@code reason}: missing or over the specification's 1,000 characters. */
    static List<LifecycleFinding> reasonProblems(String reason, String path) {
        if (reason == null || reason.isBlank()) {
            return List.of(new LifecycleFinding(LifecycleRule.REASON, path, "原因", "a reason is required (-623012 撤单原因为空)"));
        }
        if (reason.length() > 1000) {
            return List.of(new LifecycleFinding(LifecycleRule.REASON, path, "原因", "at most 1,000 characters, got " + reason.length()));
        }
        return List.of();
    }
}
