package org.cbec.mock.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cbec.customs.exports.Inventory;

/**
 * The export inventories (CEB603) the mock has accepted, by the {@code invtNo} it gave them, with when their release
 * (800) and their cancellation (CEB605 concluded, 399) become due: what a summary application (CEB701) is checked
 * against. Thread safe.
 */
public final class InventoryBook {

    private record Entry(Inventory inventory, Instant released, Instant cancelled) {
    }

    private final Map<String, Entry> byInvtNo = new HashMap<>();

    /** Forgets every inventory. */
    synchronized void clear() {
        byInvtNo.clear();
    }

    /** Notes an accepted inventory under the number the mock gave it; noting it again changes nothing. */
    synchronized void received(String invtNo, Inventory inventory) {
        byInvtNo.putIfAbsent(invtNo, new Entry(inventory, null, null));
    }

    /** Notes that the release of {@code invtNo} is due at {@code at}. */
    synchronized void released(String invtNo, Instant at) {
        byInvtNo.computeIfPresent(invtNo, (n, e) -> new Entry(e.inventory(), at, e.cancelled()));
    }

    /** Notes that the cancellation of {@code invtNo} is concluded at {@code at}; unknown numbers are ignored. */
    synchronized void cancelled(String invtNo, Instant at) {
        byInvtNo.computeIfPresent(invtNo, (n, e) -> new Entry(e.inventory(), e.released(), at));
    }

    /** The inventory numbered {@code invtNo}, if it was received. */
    synchronized Optional<Inventory> inventory(String invtNo) {
        return Optional.ofNullable(byInvtNo.get(invtNo)).map(Entry::inventory);
    }

    /** Why {@code invtNo} cannot be summarised at {@code now}: never received, not released yet, or cancelled. */
    synchronized Optional<String> unsummarisable(String invtNo, Instant now) {
        Entry e = byInvtNo.get(invtNo);
        if (e == null) {
            return Optional.of("清单" + invtNo + "不存在");
        }
        if (e.cancelled() != null && !e.cancelled().isAfter(now)) {
            return Optional.of("清单" + invtNo + "已撤销");
        }
        if (e.released() == null || e.released().isAfter(now)) {
            return Optional.of("清单" + invtNo + "未放行");
        }
        return Optional.empty();
    }
}
