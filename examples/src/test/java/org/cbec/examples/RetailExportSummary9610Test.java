package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The 9610 export example files its parcels to release and ends in a concluded summary with its summary result. */
@Timeout(60)
class RetailExportSummary9610Test {

    @Test
    void parcelsAreReleasedAndSummarisedIntoOneApplicationWithItsSummaryResult() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        RetailExportSummary9610.Outcome outcome = RetailExportSummary9610.run(new PrintStream(printed, true, StandardCharsets.UTF_8),
                Duration.ofMillis(20));

        assertThat(outcome.orders()).hasSize(4).containsOnly(Status.ENTERED);
        assertThat(outcome.waybills()).hasSize(4).containsOnly(Status.CONCLUDED);
        assertThat(outcome.inventories()).hasSize(4).containsOnly(Status.RELEASED);
        assertThat(outcome.ungrouped()).as("the simplified parcel").isEqualTo(1);
        assertThat(outcome.summaries()).isNotEmpty().containsOnly(Status.CONCLUDED);
        assertThat(outcome.summaryResults()).hasSameSizeAs(outcome.summaries())
                .allSatisfy(r -> assertThat(r).hasValueSatisfying(result -> assertThat(result.info()).startsWith("汇总结果 sumNo S5305")));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("CEB603Message", "-> RELEASED  (800 放行)",
                "CEB701Message", "-> CONCLUDED  (399", "summary result: 汇总结果 sumNo");
    }
}
