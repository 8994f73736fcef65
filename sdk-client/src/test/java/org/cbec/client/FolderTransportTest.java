package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cbec.client.spi.Envelopes;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportContractTest;
import org.cbec.core.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTransportTest extends TransportContractTest {

    @TempDir
    Path root;

    private FolderTransportConfig config() {
        return FolderTransportConfig.custom().root(root).quietPeriod(Duration.ZERO).build();
    }

    @Override
    protected Transport newTransport() {
        return Transports.folder(config());
    }

    @Override
    protected byte[] lastReceived(String id) throws Exception {
        return Files.readAllBytes(root.resolve("outbox").resolve("CEB311Message_" + id + ".xml"));
    }

    @Override
    protected int timesReceived(String id) {
        return Files.exists(root.resolve("outbox").resolve("CEB311Message_" + id + ".xml")) ? 1 : 0;
    }

    @Override
    protected void deliverReceipt(byte[] receipt) throws Exception {
        // as a well-behaved transfer client does: temporary name, then rename
        Path tmp = root.resolve("inbox").resolve(".incoming.tmp");
        Files.write(tmp, receipt);
        Files.move(tmp, root.resolve("inbox").resolve("receipt-" + System.nanoTime() + ".xml"), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void sendLeavesNoTemporaryFileBehind() throws Exception {
        transport.send(Envelopes.outbound());
        try (Stream<Path> files = Files.list(root.resolve("outbox"))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("CEB311Message_") && n.endsWith(".xml"));
        }
    }

    @Test
    void receiptWrittenSlowlyInChunksIsNotReadUntilComplete() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
        transport = Transports.folder(FolderTransportConfig.from(config()).quietPeriod(Duration.ofSeconds(1)).clock(clock).build());
        byte[] receipt = Envelopes.receipt("4CDE1CFD-EDED-46B1-946C-B8022E42FC94", "800", "20260102030405000");
        Path file = root.resolve("inbox").resolve("slow.xml");
        int chunk = receipt.length / 5 + 1;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int off = 0; off < receipt.length; off += chunk) {
                out.write(receipt, off, Math.min(chunk, receipt.length - off));
                out.flush();
                // the writer pauses 600 ms between chunks, shorter than the quiet period; pollers look often meanwhile
                for (int poll = 0; poll < 3; poll++) {
                    assertThat(transport.receive()).as("after %d bytes", Math.min(off + chunk, receipt.length)).isEmpty();
                    clock.advance(Duration.ofMillis(200));
                }
            }
        }
        clock.advance(Duration.ofMillis(500));
        List<InboundEnvelope> got = transport.receive();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).bytes()).isEqualTo(receipt);
    }

    @Test
    void quietPeriodDelaysAStableFile() throws Exception {
        transport = Transports.folder(FolderTransportConfig.from(config()).quietPeriod(Duration.ofMinutes(10)).build());
        deliverReceipt(Envelopes.receipt("A", "2", "20260102030405000"));
        assertThat(transport.receive()).isEmpty();
        assertThat(transport.receive()).as("stable, but not for the quiet period yet").isEmpty();
    }

    @Test
    void temporaryNamesAreNeverRead() throws Exception {
        Files.write(root.resolve("inbox").resolve(".hidden.xml"), new byte[] {1});
        Files.write(root.resolve("inbox").resolve("x.xml.part"), new byte[] {1});
        Files.write(root.resolve("inbox").resolve("y.tmp"), new byte[] {1});
        for (int i = 0; i < 3; i++) {
            assertThat(transport.receive()).isEmpty();
        }
    }

    @Test
    void acknowledgedReceiptIsArchived() throws Exception {
        byte[] receipt = Envelopes.receipt("B", "2", "20260102030405000");
        deliverReceipt(receipt);
        InboundEnvelope in = receiveSoon().get(0);
        transport.acknowledge(in);
        transport.acknowledge(in); // a second poller doing the same is harmless
        assertThat(Files.readAllBytes(root.resolve("archive").resolve(in.name()))).isEqualTo(receipt);
        try (Stream<Path> inbox = Files.list(root.resolve("inbox"))) {
            assertThat(inbox.filter(p -> !p.getFileName().toString().startsWith("."))).isEmpty();
        }
        assertThat(Arrays.equals(in.bytes(), receipt)).isTrue();
    }
}
