package org.cbec.mock.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbec.customs.crosscheck.ExportParcelCheck;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.customs.crosscheck.ParcelCheck;
import org.cbec.customs.exports.Logistics;
import org.cbec.customs.exports.PaymentCollection;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.PaymentHead;

/**
 * The parcels (四单) the mock has accepted and the 四单 check of a new document against them: import parcels (order,
 * payment, waybill, inventory) by {@code orderNo} with {@link ParcelCheck}; export parcels (order, collection,
 * inventory) by {@code orderNo} and their waybills by logistics company and waybill number, with
 * {@link ExportParcelCheck}, since an export waybill (CEB505) names no order: the inventory links it. Thread safe.
 */
public final class ParcelBook {

    /** One document of a parcel: {@link ImportPart} or {@link ExportPart}. */
    public sealed interface Part permits ImportPart, ExportPart {
    }

    /** One document of an import parcel; exactly one of its documents is set. */
    public record ImportPart(String orderNo, Order order, PaymentHead payment, LogisticsHead waybill, Inventory inventory) implements Part {

        static ImportPart order(String orderNo, Order order) {
            return new ImportPart(orderNo, order, null, null, null);
        }

        static ImportPart payment(String orderNo, PaymentHead payment) {
            return new ImportPart(orderNo, null, payment, null, null);
        }

        static ImportPart waybill(String orderNo, LogisticsHead waybill) {
            return new ImportPart(orderNo, null, null, waybill, null);
        }

        static ImportPart inventory(String orderNo, Inventory inventory) {
            return new ImportPart(orderNo, null, null, null, inventory);
        }

        /** This part's documents laid over {@code base}'s. */
        ImportPart over(ImportPart base) {
            return new ImportPart(orderNo, order != null ? order : base.order, payment != null ? payment : base.payment,
                    waybill != null ? waybill : base.waybill, inventory != null ? inventory : base.inventory);
        }
    }

    /**
     * One document of an export parcel; exactly one of its documents is set. A waybill has no {@code orderNo}: it is
     * found by {@link #waybillKey(String, String) its logistics company and number}.
     */
    public record ExportPart(String orderNo, org.cbec.customs.exports.Order order, PaymentCollection collection, Logistics waybill,
                             org.cbec.customs.exports.Inventory inventory) implements Part {

        static ExportPart order(org.cbec.customs.exports.Order order) {
            return new ExportPart(order.orderHead().orderNo(), order, null, null, null);
        }

        static ExportPart collection(PaymentCollection collection) {
            return new ExportPart(collection.orderNo(), null, collection, null, null);
        }

        static ExportPart waybill(Logistics waybill) {
            return new ExportPart(null, null, null, waybill, null);
        }

        static ExportPart inventory(org.cbec.customs.exports.Inventory inventory) {
            return new ExportPart(inventory.inventoryHead().orderNo(), null, null, null, inventory);
        }

        /** This part's documents laid over {@code base}'s (the waybill is kept apart). */
        ExportPart over(ExportPart base) {
            return new ExportPart(orderNo, order != null ? order : base.order, collection != null ? collection : base.collection, null,
                    inventory != null ? inventory : base.inventory);
        }

        /** The key of the waybill this parcel's inventory names, or {@code null} without an inventory. */
        String inventoryWaybillKey() {
            return inventory == null ? null : waybillKey(inventory.inventoryHead().logisticsCode(), inventory.inventoryHead().logisticsNo());
        }

        static String waybillKey(String logisticsCode, String logisticsNo) {
            return logisticsCode + "/" + logisticsNo;
        }
    }

    private final Map<String, ImportPart> imports = new HashMap<>();
    private final Map<String, ExportPart> exports = new HashMap<>();
    private final Map<String, Logistics> exportWaybills = new HashMap<>();

    /** Forgets every parcel. */
    synchronized void clear() {
        imports.clear();
        exports.clear();
        exportWaybills.clear();
    }

    /**
     * Checks {@code parts} against what was accepted for the same parcels; when every part agrees, records them and
     * returns no findings, otherwise records nothing and returns what disagrees (personal values masked).
     */
    public synchronized List<Finding> checkAndRecord(List<Part> parts) {
        List<Finding> findings = new ArrayList<>();
        Map<String, ImportPart> importsSeen = new HashMap<>();
        Map<String, ExportPart> exportsSeen = new HashMap<>();
        Map<String, Logistics> waybillsSeen = new HashMap<>();
        for (Part part : parts) {
            if (part instanceof ImportPart p) {
                ImportPart base = importsSeen.getOrDefault(p.orderNo(), imports.getOrDefault(p.orderNo(), new ImportPart(p.orderNo(), null, null, null, null)));
                ImportPart parcel = p.over(base);
                importsSeen.put(p.orderNo(), parcel);
                findings.addAll(ParcelCheck.of(parcel.order(), parcel.payment(), parcel.waybill(), parcel.inventory()).findings());
            } else if (part instanceof ExportPart p && p.waybill() != null) {
                String key = ExportPart.waybillKey(p.waybill().logisticsCode(), p.waybill().logisticsNo());
                waybillsSeen.put(key, p.waybill());
                for (ExportPart parcel : exportParcels(exportsSeen)) {
                    if (key.equals(parcel.inventoryWaybillKey())) {
                        findings.addAll(ExportParcelCheck.of(parcel.order(), parcel.collection(), p.waybill(), parcel.inventory()).findings());
                    }
                }
            } else if (part instanceof ExportPart p) {
                ExportPart base = exportsSeen.getOrDefault(p.orderNo(), exports.getOrDefault(p.orderNo(), new ExportPart(p.orderNo(), null, null, null, null)));
                ExportPart parcel = p.over(base);
                exportsSeen.put(p.orderNo(), parcel);
                String key = parcel.inventoryWaybillKey();
                Logistics waybill = key == null ? null : waybillsSeen.getOrDefault(key, exportWaybills.get(key));
                findings.addAll(ExportParcelCheck.of(parcel.order(), parcel.collection(), waybill, parcel.inventory()).findings());
            }
        }
        if (findings.isEmpty()) {
            imports.putAll(importsSeen);
            exports.putAll(exportsSeen);
            exportWaybills.putAll(waybillsSeen);
        }
        return findings;
    }

    /** The accepted export parcels with {@code seen} (this transmission's) laid over them. */
    private List<ExportPart> exportParcels(Map<String, ExportPart> seen) {
        Map<String, ExportPart> all = new HashMap<>(exports);
        all.putAll(seen);
        return List.copyOf(all.values());
    }
}
