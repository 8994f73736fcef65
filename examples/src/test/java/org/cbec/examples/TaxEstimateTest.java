package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.cbec.tax.LimitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TaxEstimateTest {

    @Test
    void estimatedTaxIsFiledReleasedAndAgreesWithCustomsTaxBill() throws Exception {

        Printed<TaxEstimate.Outcome> run = Printed.run(TaxEstimate::run);
        TaxEstimate.Outcome outcome = run.outcome();

        assertThat(outcome.statuses()).isEqualTo(ImportParcel.RELEASED); // the inventory at 800, the rest at 120
        assertThat(outcome.estimate().limitStatus()).isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(outcome.estimate().due().total()).isEqualByComparingTo(new BigDecimal("49.14")); // 540.00 × 13 % × 70 %
        assertThat(outcome.comparison().matches()).as("%s", outcome.comparison().differences()).isTrue();
        assertThat(outcome.booked().counted()).isTrue();
        assertThat(outcome.booked().yearToDate()).isEqualByComparingTo(new BigDecimal("540.00"));
        assertThat(run.text()).contains("against the estimate: agrees").doesNotContain("110101199003074514");
    }
}
