package org.cbec.customs.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.codes.StatisticsFlag;
import org.cbec.customs.codes.SummaryFlag;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryHead;
import org.junit.jupiter.api.Test;

class SummaryDeclarationTest {

    private static final String HS = "8518300000";
    private static final SummaryGroup.Applicant APPLICANT = new SummaryGroup.Applicant("4403960AGT", "深圳报关有限公司", "4403960AGT", "深圳报关有限公司");
    private static final BaseTransfer TRANSFER = BaseTransfer.builder().copCode("4403960AGT").copName("深圳报关有限公司").dxpId("DXPENT0000458763").build();

    private static ReleasedInventory released(String invtNo, InventoryHead head) {
        return new ReleasedInventory(Inventories.of(head, Inventories.line(1, HS, "502", "2", "50"), Inventories.line(2, HS, "303", "1", "80")),
                invtNo, ReleasedInventory.RELEASED);
    }

    @Test
    void inventoriesSharingTheHeadKeyFormOneGroupWithItemsByCountryHsCodeAndCurrency() {
        SummaryPlan plan = SummaryDeclaration.builder()
                .add(released("I1", Inventories.head().build()))
                .add(released("I2", Inventories.head().copNo("COP-2").ownerCode("OTHER").build()))
                .build();

        assertThat(plan.ungrouped()).isEmpty();
        assertThat(plan.groups()).singleElement().satisfies(g -> {
            assertThat(g.invtNos()).containsExactly("I1", "I2");
            assertThat(g.key().ownerCode()).as("summaryFlag 1 ignores the producer").isNull();
            assertThat(g.items()).containsExactly(
                    java.util.Map.entry(new ItemKey("502", HS, "142", null), new ItemTotal(2, new BigDecimal("4"), new BigDecimal("200"))),
                    java.util.Map.entry(new ItemKey("303", HS, "142", null), new ItemTotal(2, new BigDecimal("2"), new BigDecimal("160"))));
        });
    }

    @Test
    void eachHeadKeyFieldSplitsGroups() {
        List<InventoryHead> heads = List.of(
                Inventories.head().build(),
                Inventories.head().ebcCode("OTHER-EBC").build(),
                Inventories.head().trafMode("2").build(),
                Inventories.head().country("303").build(),
                Inventories.head().portCode("5301").build(),
                Inventories.head().tradeMode("9710").build(),
                Inventories.head().ieDate(LocalDate.of(2026, 12, 1)).build(),
                Inventories.head().ownerCode("OTHER-OWNER").build());
        SummaryDeclaration.Builder b = SummaryDeclaration.builder().flag(SummaryFlag.BY_CONSIGNOR_AND_OWNER);
        for (int i = 0; i < heads.size(); i++) {
            b.add(released("I" + i, heads.get(i)));
        }

        assertThat(b.build().groups()).hasSize(heads.size());
    }

    @Test
    void itemNameSplitsItemsOnlyWhenAsked() {
        Inventory inv = Inventories.of(Inventories.head().build(), Inventories.line(1, HS, "502", "1", "10"), Inventories.line(2, HS, "502", "1", "10"));
        ReleasedInventory r = new ReleasedInventory(inv, "I1", "800");

        assertThat(SummaryDeclaration.builder().add(r).build().groups().get(0).items()).hasSize(1);
        assertThat(SummaryDeclaration.builder().byItemName(true).add(r).build().groups().get(0).items()).hasSize(2);
    }

    @Test
    void inventoriesThatCannotBeSummarisedAreReportedWithTheReason() {
        SummaryPlan plan = SummaryDeclaration.builder()
                .add(released("OK", Inventories.head().build()))
                .add(new ReleasedInventory(Inventories.of(Inventories.head().build(), Inventories.line(1, HS, "502", "1", "1")), "I2", "399"))
                .add(released("I3", Inventories.head().statisticsFlag(StatisticsFlag.SIMPLIFIED).build()))
                .add(released(null, Inventories.head().build()))
                .add(released("I5", Inventories.head().ieFlag("I").build()))
                .add(released("I6", Inventories.head().ieDate(null).build()))
                .add(released("OK", Inventories.head().build()))
                .build();

        assertThat(plan.groups()).singleElement().satisfies(g -> assertThat(g.invtNos()).containsExactly("OK"));
        assertThat(plan.ungrouped()).extracting(Ungrouped::reason).containsExactly(
                Ungrouped.Reason.NOT_RELEASED, Ungrouped.Reason.SIMPLIFIED_DECLARATION, Ungrouped.Reason.NO_INVENTORY_NUMBER,
                Ungrouped.Reason.NOT_EXPORT, Ungrouped.Reason.INCOMPLETE, Ungrouped.Reason.DUPLICATE);
        assertThat(plan.ungrouped().get(0).detail()).isEqualTo("latest returnStatus 399, not 800");
        assertThat(plan.ungrouped().get(4).detail()).isEqualTo("InventoryHead.ieDate is missing");
    }

    @Test
    void applicationIsDueOnThe15thOfTheMonthAfterExport() {
        SummaryGroup g = SummaryDeclaration.builder().add(released("I1", Inventories.head().ieDate(LocalDate.of(2026, 12, 31)).build()))
                .build().groups().get(0);

        assertThat(g.key().deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void groupsBecomeValidCeb701MessagesOfAtMost100Applications() {
        SummaryDeclaration.Builder b = SummaryDeclaration.builder();
        for (int i = 0; i < 101; i++) {
            b.add(released("I" + i, Inventories.head().ebcCode("EBC" + i).build()));
        }
        CebCodec codec = CebCodec.ofDefaults();

        List<Ceb701Message> messages = b.build().toMessages(APPLICANT, TRANSFER, "SUM202611", LocalDateTime.of(2026, 12, 5, 9, 0));

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).summaryApplys()).hasSize(100);
        assertThat(messages.get(1).summaryApplys().get(0).summaryApplyHead().copNo()).isEqualTo("SUM202611-101");
        for (Ceb701Message m : messages) {
            assertThat(codec.validate(m).errors()).isEmpty();
            OfficialSpec.assertValid(codec.write(m), "ceb-export-202205.xsd");
        }
    }
}
