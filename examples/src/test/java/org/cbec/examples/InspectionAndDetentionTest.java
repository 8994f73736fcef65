package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cbec.customs.receipt.CustomsStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class InspectionAndDetentionTest {

    @Test
    void inspectedParcelIsReleasedAndTheOtherEndsDetainedWithCustomsReason() throws Exception {
        Printed<InspectionAndDetention.Outcome> run = Printed.run(out -> InspectionAndDetention.run(out, Duration.ofMillis(30)));
        InspectionAndDetention.Outcome o = run.outcome();

        assertThat(o.inspected()).containsSubsequence("120", "399", "500", "800");
        assertThat(o.inspectedEnd()).isEqualTo(CustomsStatus.RELEASED);
        assertThat(o.detained()).containsSubsequence("500", "502");
        assertThat(o.detainedEnd()).isEqualTo(CustomsStatus.DETAINED_ANTI_SMUGGLING);
        assertThat(o.detainedReason()).contains("扣留移送缉私");
        assertThat(run.text()).contains("AWAITING_CUSTOMS", "DETAINED", "standing: RELEASED(800 放行), final: true");
    }
}
