package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The 9710 B2B export example files every message of the export flow to its final status and ends in a summary. */
@Timeout(60)
class B2bExport9710Test {

    @Test
    void everyMessageReachesTheLastStatusOfItsReceiptTableAndTheSummaryIsConcluded() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        B2bExport9710.Outcome outcome = B2bExport9710.run(new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(20));

        assertThat(outcome.statuses()).containsExactly(
                entry("CEB303", Status.ENTERED),
                entry("CEB403", Status.ENTERED),
                entry("CEB505", Status.CONCLUDED),
                entry("CEB603", Status.RELEASED),
                entry("CEB507", Status.CONCLUDED),
                entry("CEB509", Status.CONCLUDED));
        assertThat(outcome.summary()).isEqualTo(Status.CONCLUDED);
        assertThat(outcome.summaryResult()).hasValueSatisfying(r -> assertThat(r.messageType()).isEqualTo("CEB792Message"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("trade mode 9710, order type B", "CEB404Message",
                "CEB509Message", "-> CONCLUDED  (399 海关审结)");
    }
}
