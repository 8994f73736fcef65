package org.cbec.client;

import org.cbec.client.status.Status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;

/** The receipts of the export flow: the statuses only export receipts carry, and the summary result (CEB792). */
class ExportReceiptsTest {

    @Test
    void handedOverAndSuspendedOfExportReturnsWaitForCustomsPeople() {
        assertThat(Statuses.ofReturnStatus("505")).hasValue(Status.MANUAL_REVIEW);
        assertThat(Statuses.ofReturnStatus("600")).hasValue(Status.MANUAL_REVIEW);
        assertThat(Statuses.isFinal("CEB213Message", Status.MANUAL_REVIEW)).isFalse();
    }

    @Test
    void summaryResultIsRecordedOnItsSummaryApplicationWithoutMovingItsStatus() {
        try (Harness h = Harness.start()) {
            CebClient client = h.client;
            String guid = Messages.newGuid();
            String applyGuid = Messages.newGuid();
            Submission s = client.submitSigned("CEB701Message", Direction.EXPORT, guid,
                    Messages.signed("CEB701Message", guid, applyGuid, "unused"));
            String concluded = "<CEB702Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + Messages.newGuid()
                    + "\" version=\"1.0\"><SummaryReturn><guid>" + applyGuid + "</guid><sumNo>S53052026000000001</sumNo>"
                    + "<returnStatus>399</returnStatus><returnTime>20260102030405000</returnTime><returnInfo>海关审结</returnInfo>"
                    + "</SummaryReturn></CEB702Message>";
            String result = "<CEB792Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + Messages.newGuid()
                    + "\" version=\"1.0\"><SummaryResult><SummaryResultHead><guid>" + applyGuid + "</guid><customsCode>5305</customsCode>"
                    + "<sumNo>S53052026000000001</sumNo><opDate>20260102040405000</opDate><declSeqNo>D53052026000000001</declSeqNo>"
                    + "<decState>A</decState></SummaryResultHead><SummaryResultList><invtNo>I53052026000000001</invtNo><gseqno>1</gseqno>"
                    + "</SummaryResultList></SummaryResult></CEB792Message>";
            h.receive(concluded.getBytes(UTF_8));
            h.receive(result.getBytes(UTF_8));

            h.poll();

            assertThat(s.status()).isEqualTo(Status.CONCLUDED);
            assertThat(s.receipts()).extracting(ReceiptEvent::messageType).containsExactly("CEB702Message", "CEB792Message");
            assertThat(s.receipts().get(1)).satisfies(r -> {
                assertThat(r.guid()).isEqualTo(applyGuid);
                assertThat(r.returnStatus()).isNull();
                assertThat(r.returnTime()).isEqualTo("20260102040405000");
                assertThat(r.info()).isEqualTo("汇总结果 sumNo S53052026000000001 declSeqNo D53052026000000001 decState A");
                assertThat(r.status()).isEmpty();
            });
        }
    }
}
