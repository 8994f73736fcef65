package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.validation.Rule;
import org.junit.jupiter.api.Test;

class Ceb621MessageTest {

    private final CebCodec codec = CebCodec.ofDefaults();

    @Test
    void builtInventoryIsValidAndSchemaValidOnceSigned() {
        Ceb621Message m = Parcels.inventoryMessage();

        assertThat(codec.validate(m).violations()).isEmpty();
        byte[] xml = codec.write(m);
        assertThat(OfficialSpec.schemaError(xml, "ceb-import-202205.xsd")).as("the schema requires ds:Signature").contains("Signature");
        OfficialSpec.assertValid(OfficialSpec.withPlaceholderSignature(xml), "ceb-import-202205.xsd");
        assertThat(codec.read(xml, Ceb621Message.SPEC)).isEqualTo(m);
    }

    @Test
    void inventoryLineTotalMustBeQuantityTimesPrice() {
        Inventory inv = Parcels.inventory();
        InventoryList second = inv.inventoryList().get(1).toBuilder().totalPrice(new BigDecimal("61.00")).build();
        Ceb621Message m = Parcels.inventoryMessage().toBuilder()
                .inventorys(List.of(inv.toBuilder().inventoryList(List.of(inv.inventoryList().get(0), second)).build())).build();

        assertThat(codec.validate(m).errors()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.CONSISTENCY);
            assertThat(v.message()).contains("InventoryList[2].totalPrice 61.00 is not qty × price = 60.00");
        });
    }

    @Test
    void inventoryBuyerIdNumberMustPassItsCheckCharacter() {
        Inventory inv = Parcels.inventory();
        Ceb621Message m = Parcels.inventoryMessage().toBuilder().inventorys(List.of(inv.toBuilder()
                .inventoryHead(inv.inventoryHead().toBuilder().buyerIdNumber("110101199003074515").build()).build())).build();

        assertThat(codec.validate(m).errors()).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("Inventory[1].InventoryHead.buyerIdNumber"));
    }
}
