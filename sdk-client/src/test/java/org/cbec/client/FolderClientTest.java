package org.cbec.client;

import org.cbec.client.status.Status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client with the folder transport and the H2 store, as most companies run it, restarted halfway. */
class FolderClientTest {

    @TempDir
    Path dir;

    private CebClient client() {
        return CebClient.builder().sender(Messages.SENDER)
                .transport(Transports.folder(FolderTransportConfig.custom().root(dir.resolve("transfer")).quietPeriod(Duration.ZERO).build()))
                .store(Stores.h2(dir.resolve("outbox")))
                .config(CebClientHttpTest.fast().build())
                .build();
    }

    @Test
    void writesTheEnvelopeToTheOutboxAndFollowsInboxReceiptsAcrossARestart() throws Exception {
        String guid = Messages.newGuid();
        String doc = Messages.newGuid();
        Path outFile = dir.resolve("transfer/outbox/CEB311Message_" + guid + ".xml");
        try (CebClient client = client()) {
            Submission s = client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            assertThat(s.await(Status.SENT, CebClientHttpTest.WAIT)).isEqualTo(Status.SENT);
            assertThat(DxpEnvelopes.ofDefaults().unwrap(Files.readAllBytes(outFile))).isEqualTo(Messages.signedOrder(guid, doc));
        }
        // the transfer client delivers receipts while we are down
        Path inbox = dir.resolve("transfer/inbox");
        Path tmp = inbox.resolve(".r.tmp");
        Files.write(tmp, Messages.receiptEnvelope(doc, "120", "20260102040405000"));
        Files.move(tmp, inbox.resolve("r1.xml"), StandardCopyOption.ATOMIC_MOVE);
        try (CebClient client = client()) {
            Submission s = client.submission(guid).orElseThrow();
            assertThat(s.status()).isEqualTo(Status.SENT);
            assertThat(s.await(Status.ENTERED, CebClientHttpTest.WAIT)).isEqualTo(Status.ENTERED);
            assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("120");
        }
        assertThat(Files.exists(dir.resolve("transfer/archive/r1.xml"))).isTrue();
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
    }
}
