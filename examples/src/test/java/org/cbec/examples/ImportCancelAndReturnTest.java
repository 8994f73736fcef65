package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cbec.client.status.Status;
import org.cbec.tax.TaxEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(90)
class ImportCancelAndReturnTest {

    @Test
    void parcelCancelledBeforeReleaseBooksNothingAndTheReturnedOneGetsItsQuotaBackAndItsBillVoided() throws Exception {
        Printed<ImportCancelAndReturn.Outcome> run = Printed.run(out -> ImportCancelAndReturn.run(out, Duration.ofMillis(40)));
        ImportCancelAndReturn.Outcome o = run.outcome();

        assertThat(o.cancellation()).isEqualTo(Status.CONCLUDED);
        assertThat(o.returned()).isEqualTo(Status.CONCLUDED);
        assertThat(o.quotaAfterRelease()).isEqualByComparingTo("160.00");
        assertThat(o.quotaAfterReturn()).isZero();
        assertThat(o.taxEvents()).extracting(TaxEvent::kind).containsSubsequence(TaxEvent.Kind.NOTHING_BOOKED, TaxEvent.Kind.QUOTA_BOOKED,
                TaxEvent.Kind.BILL_RECEIVED, TaxEvent.Kind.QUOTA_RESTORED, TaxEvent.Kind.BILL_RETURNED);
        assertThat(o.refusedBeforeSend()).contains("CEB-L004", "RETURN_NOT_RELEASED");
        assertThat(run.text()).contains("CEB623Message -> CONCLUDED  (399", "CEB625Message -> CONCLUDED  (399", "payable tax bills: 0");
    }
}
