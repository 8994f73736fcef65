package org.cbec.customs.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.customs.codes.SummaryFlag;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.exports.InventoryList;

class SummaryDeclarationPropertiesTest {

    /** Inventories whose key fields come from small pools, so that groups form and split; some are not summarisable. */
    @Provide
    Arbitrary<List<ReleasedInventory>> inventories() {
        Arbitrary<InventoryHead> heads = Combinators.combine(
                Arbitraries.of("E1", "E2"), Arbitraries.of("O1", "O2"), Arbitraries.of("5", "2"), Arbitraries.of("502", "303"),
                Arbitraries.of("5305", "5301"), Arbitraries.of("9610", "9710", "9810"), Arbitraries.of(1, 2, 3).map(d -> LocalDate.of(2026, 10 + d % 3, d)),
                Arbitraries.of("A", "B", "B", "B")).as((ebc, owner, traf, country, port, trade, date, flag) ->
                Inventories.head().ebcCode(ebc).ownerCode(owner).trafMode(traf).country(country).portCode(port).tradeMode(trade)
                        .ieDate(date).statisticsFlag(flag).build());
        Arbitrary<InventoryList> lines = Combinators.combine(Arbitraries.of("8518300000", "8541401000"), Arbitraries.of("502", "116"),
                Arbitraries.integers().between(1, 9)).as((hs, country, qty) -> Inventories.line(1, hs, country, String.valueOf(qty), "10"));
        Arbitrary<ReleasedInventory> one = Combinators.combine(heads, lines.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of("800", "800", "800", "399"), Arbitraries.integers().between(1, 40).injectNull(0.05))
                .as((head, ls, status, no) -> new ReleasedInventory(Inventories.of(head, ls.toArray(InventoryList[]::new)),
                        no == null ? null : "INVT" + no, status));
        return one.list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void everyInventoryLandsInExactlyOneGroupOrInTheUngroupedReport(@ForAll("inventories") List<ReleasedInventory> given,
                                                                     @ForAll SummaryFlag flag) {
        SummaryPlan plan = SummaryDeclaration.builder().flag(flag).addAll(given).build();

        List<ReleasedInventory> placed = new ArrayList<>();
        plan.groups().forEach(g -> placed.addAll(g.inventories()));
        plan.ungrouped().forEach(u -> placed.add(u.inventory()));
        assertThat(placed).hasSize(given.size());
        Map<ReleasedInventory, Integer> times = new IdentityHashMap<>();
        given.forEach(i -> times.merge(i, 1, Integer::sum));
        placed.forEach(i -> times.merge(i, -1, Integer::sum));
        assertThat(times.values()).allMatch(n -> n == 0);
        List<ReleasedInventory> releasedForSummary = new ArrayList<>(given.stream()
                .filter(i -> i.released() && i.invtNo() != null && "B".equals(i.inventory().inventoryHead().statisticsFlag())).toList());
        assertThat(plan.groups().stream().mapToInt(g -> g.inventories().size()).sum())
                .as("every released inventory for summary is grouped unless its number came before")
                .isEqualTo(releasedForSummary.stream().map(ReleasedInventory::invtNo).distinct().count());
    }

    @Property(tries = 200)
    void noGroupMixesKeysAndItemTotalsAddUp(@ForAll("inventories") List<ReleasedInventory> given, @ForAll SummaryFlag flag) {
        SummaryPlan plan = SummaryDeclaration.builder().flag(flag).addAll(given).build();

        for (SummaryGroup g : plan.groups()) {
            for (ReleasedInventory i : g.inventories()) {
                InventoryHead h = i.inventory().inventoryHead();
                assertThat(List.of(h.customsCode(), h.ebcCode(), h.tradeMode(), h.trafMode(), h.country(), h.portCode()))
                        .isEqualTo(List.of(g.key().customsCode(), g.key().ebcCode(), g.key().tradeMode(), g.key().trafMode(),
                                g.key().country(), g.key().portCode()));
                assertThat(h.ieDate().getMonth()).isEqualTo(g.key().period().getMonth());
                assertThat(g.key().ownerCode()).isEqualTo(flag == SummaryFlag.BY_CONSIGNOR_AND_OWNER ? h.ownerCode() : null);
            }
            int lines = g.inventories().stream().mapToInt(i -> i.inventory().inventoryList().size()).sum();
            assertThat(g.items().values().stream().mapToInt(ItemTotal::lines).sum()).isEqualTo(lines);
            assertThat(g.items().values().stream().map(ItemTotal::totalPrice).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo(g.inventories().stream().flatMap(i -> i.inventory().inventoryList().stream())
                            .map(InventoryList::totalPrice).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        }
        assertThat(plan.groups().stream().map(SummaryGroup::key).distinct().count()).isEqualTo(plan.groups().size());
    }
}
