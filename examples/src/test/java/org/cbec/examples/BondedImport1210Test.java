package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The 1210 bonded import example: the inbound details are concluded, then every inventory drawn on them is released. */
@Timeout(60)
class BondedImport1210Test {

    @Test
    void inboundDetailsAreConcludedAndTheInventoriesDrawnOnThemReleased() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        BondedImport1210.Outcome outcome = BondedImport1210.run(new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(20));

        assertThat(outcome.inbound()).isEqualTo(Status.CONCLUDED);
        assertThat(outcome.inventories()).containsExactly(Status.RELEASED, Status.RELEASED);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("CEB711Message", "-> ENTERED  (120", "-> CONCLUDED  (399 海关审结)",
                "CEB621Message", "-> RELEASED  (800 放行)");
    }
}
