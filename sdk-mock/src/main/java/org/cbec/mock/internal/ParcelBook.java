package org.cbec.mock.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbec.customs.crosscheck.Finding;
import org.cbec.customs.crosscheck.ParcelCheck;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.PaymentHead;

/**
 * The parcels (四单: order, payment, waybill, inventory) the mock has accepted, by {@code orderNo}, and the 四单 check
 * of a new document against them ({@link ParcelCheck}). Thread safe.
 */
public final class ParcelBook {

    /** One document of a parcel; exactly one of its fields is set. */
    public record Part(String orderNo, Order order, PaymentHead payment, LogisticsHead waybill, Inventory inventory) {

        static Part order(String orderNo, Order order) {
            return new Part(orderNo, order, null, null, null);
        }

        static Part payment(String orderNo, PaymentHead payment) {
            return new Part(orderNo, null, payment, null, null);
        }

        static Part waybill(String orderNo, LogisticsHead waybill) {
            return new Part(orderNo, null, null, waybill, null);
        }

        static Part inventory(String orderNo, Inventory inventory) {
            return new Part(orderNo, null, null, null, inventory);
        }

        /** This part's documents laid over {@code base}'s. */
        Part over(Part base) {
            return new Part(orderNo, order != null ? order : base.order, payment != null ? payment : base.payment,
                    waybill != null ? waybill : base.waybill, inventory != null ? inventory : base.inventory);
        }
    }

    private final Map<String, Part> parcels = new HashMap<>();

    /** Forgets every parcel. */
    synchronized void clear() {
        parcels.clear();
    }

    /**
     * Checks {@code parts} against what was accepted for the same order numbers; when every part agrees, records them
     * and returns no findings, otherwise records nothing and returns what disagrees (personal values masked).
     */
    public synchronized List<Finding> checkAndRecord(List<Part> parts) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Part> merged = new HashMap<>();
        for (Part part : parts) {
            Part base = merged.getOrDefault(part.orderNo(), parcels.getOrDefault(part.orderNo(), new Part(part.orderNo(), null, null, null, null)));
            Part parcel = part.over(base);
            merged.put(part.orderNo(), parcel);
            findings.addAll(ParcelCheck.of(parcel.order(), parcel.payment(), parcel.waybill(), parcel.inventory()).findings());
        }
        if (findings.isEmpty()) {
            parcels.putAll(merged);
        }
        return findings;
    }
}
