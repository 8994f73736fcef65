package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.tax.TaxRateTables;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;

import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.TaxHeadRd;
import org.cbec.tax.CbecTax;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxableParcels;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class Import9610EndToEndTest {

    @Test
    void orderPaymentWaybillAndInventoryEachEndWhereTheirReceiptTableEndsAndTheInventoryGetsItsTaxBill() throws Exception {
        ImportParcel.Parcel parcel = ImportParcel.parcel(CustomsTime.now(Clock.systemUTC()));

        Printed<Import9610EndToEnd.Outcome> run = Printed.run(out -> Import9610EndToEnd.run(parcel, out));
        Import9610EndToEnd.Outcome outcome = run.outcome();

        assertThat(outcome.statuses()).containsExactlyInAnyOrderEntriesOf(Map.of("CEB311Message", Status.ENTERED,
                "CEB411Message", Status.ENTERED, "CEB511Message", Status.ENTERED, "CEB621Message", Status.RELEASED));
        assertThat(outcome.parcelReleased()).isTrue();
        TaxHeadRd bill = outcome.taxBill().taxBills().get(0).taxHeadRd();
        assertThat(bill.customsCode()).isEqualTo(parcel.inventory().inventoryHead().customsCode());
        TaxRateTable sample = TaxRateTables.sample();
        TaxRateTable elseGeneral = key -> sample.find(key).or(() -> sample.find("general")); // as the mock taxes goods the table lacks
        TaxAssessment expected = CbecTax.builder().rateTable(elseGeneral).build().estimate(TaxableParcels.of(parcel.inventory()), BigDecimal.ZERO);
        assertThat(bill.valueAddedTax()).isEqualByComparingTo(expected.due().vat()); // freight and consumption tax included
        assertThat(bill.consumptionTax()).isEqualByComparingTo(expected.due().consumptionTax()).isPositive();
        assertThat(run.text()).contains("CEB621Message -> SENT", "CEB621Message -> DECLARING  (2 电子口岸申报中)", "CEB311Message -> ENTERED  (120 海关入库成功)",
                "== CEB816 tax bill");
    }
}
