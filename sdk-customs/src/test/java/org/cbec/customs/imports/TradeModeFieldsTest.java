package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Violation;
import org.cbec.customs.codes.CountryCode;
import org.cbec.customs.codes.TradeMode;
import org.junit.jupiter.api.Test;

/** The fields a trade mode makes mandatory on the import inventory: 保税模式必填 (1210, 1239) and 直购进口必填 (9610). */
class TradeModeFieldsTest {

    private final CebCodec codec = CebCodec.ofDefaults();

    @Test
    void bondedInventoryWithoutAccountBookAreaOperatorAndItemRecordNumbersIsRejectedNamingEachField() {
        Inventory retail = Parcels.inventory();
        Inventory bonded = retail.toBuilder().inventoryHead(retail.inventoryHead().toBuilder().tradeMode(TradeMode.BONDED_1210).build()).build();

        List<Violation> errors = errors(bonded);

        assertThat(errors).extracting(Violation::path).contains("Inventory[1].InventoryHead.emsNo", "Inventory[1].InventoryHead.areaCode",
                "Inventory[1].InventoryHead.areaName", "Inventory[1].InventoryHead.country");
        assertThat(errors).filteredOn(v -> v.path().endsWith("emsNo")).first()
                .satisfies(v -> assertThat(v.fieldName()).isEqualTo("账册编号"))
                .satisfies(v -> assertThat(v.message()).contains("保税模式必填"));
        assertThat(errors).filteredOn(v -> v.message().contains("itemRecordNo")).hasSize(retail.inventoryList().size());
        assertThat(errors).allSatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.CONSISTENCY));
    }

    @Test
    void bondedInventoryWithEveryBondedFieldIsValidIn1210And1239() {
        for (TradeMode mode : List.of(TradeMode.BONDED_1210, TradeMode.BONDED_A_1239)) {
            assertThat(errors(bonded(mode))).as(mode.code()).isEmpty();
        }
    }

    @Test
    void directPurchaseInventoryNeedsConveyanceVoyageAndBillNumbers() {
        Inventory retail = Parcels.inventory();
        Inventory noBill = retail.toBuilder().inventoryHead(retail.inventoryHead().toBuilder().billNo(null).voyageNo(null).build()).build();

        assertThat(errors(retail)).isEmpty();
        assertThat(errors(noBill)).extracting(Violation::path)
                .containsExactlyInAnyOrder("Inventory[1].InventoryHead.billNo", "Inventory[1].InventoryHead.voyageNo");
        assertThat(errors(noBill)).allSatisfy(v -> assertThat(v.message()).contains("直购进口必填"));
    }

    /** {@code Parcels.inventory()} turned into a complete bonded one. */
    static Inventory bonded(TradeMode mode) {
        Inventory retail = Parcels.inventory();
        return retail.toBuilder()
                .inventoryHead(retail.inventoryHead().toBuilder().tradeMode(mode).emsNo("T5100W000123").areaCode("5100660001")
                        .areaName("示例保税仓储有限公司").country(CountryCode.CHINA).build())
                .inventoryList(retail.inventoryList().stream().map(l -> l.toBuilder().itemRecordNo("ITEM-" + l.gnum()).build()).toList())
                .build();
    }

    private List<Violation> errors(Inventory inventory) {
        Ceb621Message m = Parcels.inventoryMessage().toBuilder().inventorys(List.of(inventory)).build();
        return codec.validate(m).errors();
    }
}
