package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.Parcels;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

class TaxableParcelsTest {

    @Test
    void anInventoryBecomesOneParcelWithALinePerInventoryLine() {
        Ceb621Message message = Parcels.inventoryMessage();

        List<TaxableParcel> parcels = TaxableParcels.of(message);

        assertThat(parcels).hasSize(1);
        TaxableParcel p = parcels.get(0);
        assertThat(p.orderNo()).isEqualTo("ORDER-2026-0001");
        assertThat(p.buyerIdNumber()).isEqualTo("110101199003074514");
        assertThat(p.freight()).isEqualByComparingTo("10.00");
        assertThat(p.insurance()).isEqualByComparingTo("0");
        assertThat(p.lines()).containsExactly(
                new GoodsLine(1, "商品1", "3304990099", null, new BigDecimal("2"), new BigDecimal("2"),
                        new BigDecimal("100.00"), null),
                new GoodsLine(2, "商品2", "3304990099", null, new BigDecimal("3"), new BigDecimal("3"),
                        new BigDecimal("60.00"), null));
        assertThat(p.dutiableValue()).isEqualByComparingTo("170.00");
    }

    @Test
    void theParcelIsEstimatedByTheRateTableFromItsHsCodes() {
        CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample()).build();
        TaxableParcel parcel = TaxableParcels.of(Parcels.inventory());

        TaxAssessment a = tax.estimate(parcel, BigDecimal.ZERO);

        assertThat(a.dutiableValue()).isEqualByComparingTo("170.00");
        assertThat(a.lines()).hasSize(2);
        assertThat(a.lines()).extracting(LineTax::itemNo).containsExactly(1, 2);
    }

    @Test
    void aLineValueThatIsNotWholeFenIsRefused() {
        Inventory inventory = Parcels.inventory();
        Inventory odd = new Inventory(inventory.inventoryHead(), List.of(
                inventory.inventoryList().get(0).toBuilder().totalPrice(new BigDecimal("100.005")).build()));

        assertThatThrownBy(() -> TaxableParcels.of(odd)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole fen");
    }
}
