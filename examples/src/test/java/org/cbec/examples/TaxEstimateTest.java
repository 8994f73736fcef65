package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.cbec.core.client.Status;
import org.cbec.tax.LimitStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TaxEstimateTest {

    @Test
    void estimatedTaxIsFiledReleasedAndAgreesWithCustomsTaxBill() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TaxEstimate.Outcome outcome = TaxEstimate.run(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(outcome.statuses()).hasSize(4).allSatisfy((type, status) -> assertThat(status).as(type).isEqualTo(Status.RELEASED));
        assertThat(outcome.estimate().limitStatus()).isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(outcome.estimate().due().total()).isEqualByComparingTo(new BigDecimal("49.14")); // 540.00 × 13 % × 70 %
        assertThat(outcome.comparison().matches()).as("%s", outcome.comparison().differences()).isTrue();
        assertThat(outcome.booked().counted()).isTrue();
        assertThat(outcome.booked().yearToDate()).isEqualByComparingTo(new BigDecimal("540.00"));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("against the estimate: agrees").doesNotContain("110101199003074514");
    }
}
