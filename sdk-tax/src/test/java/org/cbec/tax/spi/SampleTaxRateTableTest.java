package org.cbec.tax.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.tax.TaxRateTables;
import org.cbec.tax.TaxRates;
import org.junit.jupiter.api.Test;

class SampleTaxRateTableTest extends TaxRateTableContractTest {

    @Override
    protected TaxRateTable table() {
        return TaxRateTables.sample();
    }

    @Test
    void holdsTheDocumentedSampleCategories() {
        TaxRateTable t = table();
        assertThat(t.find("general").orElseThrow().vatRate()).isEqualByComparingTo("0.13");
        assertThat(t.find("books").orElseThrow().vatRate()).isEqualByComparingTo("0.09");
        TaxRates beer = t.find("2203000000").orElseThrow();
        assertThat(beer.consumptionPerUnit()).isEqualByComparingTo("250");
        assertThat(beer.consumptionUnit()).isEqualTo("tonne");
        for (String key : new String[] {"cosmetics", "milk-powder", "beer", "wine", "jewellery", "watches"}) {
            assertThat(t.find(key)).as(key).isPresent();
        }
    }
}
