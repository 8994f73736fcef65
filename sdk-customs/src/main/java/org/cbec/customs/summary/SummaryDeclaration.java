package org.cbec.customs.summary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cbec.customs.codes.SummaryFlag;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.exports.InventoryList;

/**
 * Groups released export inventories into summary applications (汇总申请单, CEB701) by the customs rules, and reports
 * every inventory it could not group and why.
 *
 * <pre>{@code
 * SummaryPlan plan = SummaryDeclaration.builder()
 *         .flag(SummaryFlag.BY_CONSIGNOR_AND_OWNER)
 *         .addAll(releasedInventories)
 *         .build();
 * plan.groups();     // one per future customs declaration, each with its deadline
 * plan.ungrouped();  // NOT_RELEASED, SIMPLIFIED_DECLARATION, … with the values involved
 * List<Ceb701Message> messages = plan.toMessages(applicant, transfer, "SUM202611", LocalDateTime.now(clock));
 * }</pre>
 *
 * <p>The rules (customs announcement 2016 No. 26, "清单核放、汇总申报", and spec 2.11.4 / 2.21.4): only released (800)
 * export inventories declared for summary declaration ({@code statisticsFlag} B) are summarised; heads are merged when
 * they share the declaring customs and site, the consignor, the producer/seller (when {@code summaryFlag} is 2), trade
 * mode, transport mode, country of arrival and exit port, within one calendar month of export; the application is due
 * by the 15th of the following month ({@link SummaryKey#deadline()}). Lines with the same final destination country,
 * 10-digit HS code and currency (and item name, when {@code itemNameFlag} is 1) become one declaration item
 * ({@link SummaryGroup#items()}).
 */
public final class SummaryDeclaration {

    /** {@code itemNameFlag} when items are split by the inventories' item names (spec 2.21.4: "填1"). */
    public static final String BY_ITEM_NAME = "1";
    /**
     * {@code itemNameFlag} otherwise. The specification says to leave it empty, but the schema requires one character;
     * the SDK writes {@code 0}.
     */
    public static final String BY_CLASSIFICATION = "0";

    private SummaryDeclaration() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects inventories; {@link #build()} groups them. */
    public static final class Builder {
        private SummaryFlag flag = SummaryFlag.BY_CONSIGNOR;
        private boolean byItemName;
        private final List<ReleasedInventory> inventories = new ArrayList<>();

        private Builder() {
        }

        /** Whether the producer/seller splits groups too; defaults to {@link SummaryFlag#BY_CONSIGNOR}. */
        public Builder flag(SummaryFlag flag) {
            this.flag = Objects.requireNonNull(flag);
            return this;
        }

        /** Whether declaration items are split by item name too ({@code itemNameFlag} 1); defaults to false. */
        public Builder byItemName(boolean byItemName) {
            this.byItemName = byItemName;
            return this;
        }

        public Builder add(ReleasedInventory inventory) {
            inventories.add(Objects.requireNonNull(inventory));
            return this;
        }

        public Builder addAll(Collection<ReleasedInventory> all) {
            all.forEach(this::add);
            return this;
        }

        /** Groups every inventory given, or reports it as ungrouped. */
        public SummaryPlan build() {
            Map<SummaryKey, List<ReleasedInventory>> groups = new LinkedHashMap<>();
            List<Ungrouped> ungrouped = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ReleasedInventory inv : inventories) {
                Ungrouped refused = refusal(inv, seen);
                if (refused != null) {
                    ungrouped.add(refused);
                } else {
                    seen.add(inv.invtNo());
                    groups.computeIfAbsent(keyOf(inv.inventory().inventoryHead()), k -> new ArrayList<>()).add(inv);
                }
            }
            List<SummaryGroup> result = groups.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
            return new SummaryPlan(result, List.copyOf(ungrouped));
        }

        private Ungrouped refusal(ReleasedInventory inv, Set<String> seen) {
            InventoryHead h = inv.inventory().inventoryHead();
            if (!inv.released()) {
                return new Ungrouped(inv, Ungrouped.Reason.NOT_RELEASED, "latest returnStatus " + inv.returnStatus() + ", not "
                        + ReleasedInventory.RELEASED);
            }
            if (inv.invtNo() == null || inv.invtNo().isBlank()) {
                return new Ungrouped(inv, Ungrouped.Reason.NO_INVENTORY_NUMBER, "released without an invtNo");
            }
            if (!"E".equals(h.ieFlag())) {
                return new Ungrouped(inv, Ungrouped.Reason.NOT_EXPORT, "ieFlag " + h.ieFlag());
            }
            if (!"B".equals(h.statisticsFlag())) {
                return new Ungrouped(inv, Ungrouped.Reason.SIMPLIFIED_DECLARATION, "statisticsFlag " + h.statisticsFlag() + ", not B");
            }
            String missing = missing(inv);
            if (missing != null) {
                return new Ungrouped(inv, Ungrouped.Reason.INCOMPLETE, missing + " is missing");
            }
            if (seen.contains(inv.invtNo())) {
                return new Ungrouped(inv, Ungrouped.Reason.DUPLICATE, "invtNo " + inv.invtNo() + " given before");
            }
            return null;
        }

        /** The first field the grouping needs that is missing, or {@code null}. */
        private String missing(ReleasedInventory inv) {
            InventoryHead h = inv.inventory().inventoryHead();
            String head = firstNull("InventoryHead.", "customsCode", h.customsCode(), "ebcCode", h.ebcCode(), "tradeMode", h.tradeMode(),
                    "trafMode", h.trafMode(), "country", h.country(), "portCode", h.portCode(), "ieDate", h.ieDate(),
                    "ownerCode", flag == SummaryFlag.BY_CONSIGNOR_AND_OWNER ? h.ownerCode() : "");
            if (head != null) {
                return head;
            }
            for (InventoryList l : inv.inventory().inventoryList()) {
                String line = firstNull("InventoryList[" + l.gnum() + "].", "gcode", l.gcode(), "country", l.country(),
                        "currency", l.currency(), "qty", l.qty(), "totalPrice", l.totalPrice(), "itemName", byItemName ? l.itemName() : "");
                if (line != null) {
                    return line;
                }
            }
            return null;
        }

        /** {@code prefix + name} of the first of the (name, value) pairs whose value is null, or {@code null}. */
        private static String firstNull(String prefix, Object... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i + 1] == null) {
                    return prefix + namesAndValues[i];
                }
            }
            return null;
        }

        private SummaryKey keyOf(InventoryHead h) {
            return new SummaryKey(h.customsCode(), h.loctNo(), h.ebcCode(), flag == SummaryFlag.BY_CONSIGNOR_AND_OWNER ? h.ownerCode() : null,
                    h.tradeMode(), h.trafMode(), h.country(), h.portCode(), YearMonth.from(h.ieDate()));
        }

        private SummaryGroup group(SummaryKey key, List<ReleasedInventory> members) {
            Map<ItemKey, ItemTotal> items = new LinkedHashMap<>();
            for (ReleasedInventory inv : members) {
                for (InventoryList l : inv.inventory().inventoryList()) {
                    ItemKey item = new ItemKey(l.country(), l.gcode(), l.currency(), byItemName ? l.itemName() : null);
                    items.merge(item, ItemTotal.ZERO.plus(l.qty(), l.totalPrice()),
                            (a, b) -> a.plus(b.qty(), b.totalPrice()));
                }
            }
            return new SummaryGroup(key, flag, byItemName, members.get(0).inventory().inventoryHead().ebcName(), List.copyOf(members),
                    Collections.unmodifiableMap(items));
        }
    }
}
