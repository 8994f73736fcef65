package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class OverseasWarehouse9810Test {

    @Test
    void warehouseBookingIsConsistentEveryStepReachesTheEndOfItsTableAndTheSummaryIsConcluded() throws Exception {
        Printed<OverseasWarehouse9810.Outcome> run = Printed.run(out -> OverseasWarehouse9810.run(out, Duration.ofMillis(20)));
        OverseasWarehouse9810.Outcome o = run.outcome();

        assertThat(o.findings()).isEmpty();
        assertThat(o.statuses()).containsExactly(entry("CEB303", Status.ENTERED), entry("CEB505", Status.CONCLUDED),
                entry("CEB603", Status.RELEASED), entry("CEB507", Status.CONCLUDED), entry("CEB509", Status.CONCLUDED));
        assertThat(o.summary()).isEqualTo(Status.CONCLUDED);
        assertThat(o.summaryResult()).hasValueSatisfying(r -> assertThat(r.messageType()).isEqualTo("CEB792Message"));
        assertThat(run.text()).contains("orderType W, trade mode 9810): consistent", "CEB303 (", "up to 120");
    }
}
