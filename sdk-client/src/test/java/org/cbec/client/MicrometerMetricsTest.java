package org.cbec.client;

import org.cbec.client.status.Status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.cbec.client.metrics.MicrometerMetrics;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.TransportException;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** {@link MicrometerMetrics} counts what the client did and times the way to the receipts. */
class MicrometerMetricsTest {

    @Test
    void countsQueuedSentFailedAndTimesReceiptsUpToRelease() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RecordingTransport transport = new RecordingTransport();
        int[] calls = {0};
        transport.answer = e -> {
            if (calls[0]++ == 0) {
                throw TransportException.transientFailure("connection reset", null);
            }
            return new org.cbec.client.spi.SendResult("recording:", null, "ok");
        };
        try (CebClient client = CebClient.builder().sender(Messages.SENDER).transport(transport).store(Stores.inMemory())
                .config(ClientConfig.custom().idlePoll(Duration.ofMillis(10)).receiptPoll(Duration.ofMillis(10))
                        .inProcessAttempts(1).retryDelay(Duration.ofMillis(5), Duration.ofMillis(10)).signaturesPerMinute(10_000).build())
                .clientListener(new MicrometerMetrics(registry)).build()) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = client.submitSigned("CEB621Message", Direction.IMPORT, guid, Messages.signed("CEB621Message", guid, doc, "o-1"));
            assertThat(s.await(Status.SENT, Duration.ofSeconds(10))).isEqualTo(Status.SENT);
            transport.inbox.add(new InboundEnvelope("a", Messages.receiptEnvelope(doc, "120", "20260102030405000")));
            transport.inbox.add(new InboundEnvelope("b", Messages.receiptEnvelope(doc, "800", "20260102040405000")));
            assertThat(s.await(Status.RELEASED, Duration.ofSeconds(10))).isEqualTo(Status.RELEASED);
        }
        assertThat(registry.get("cbec.messages.queued").tag("type", "CEB621Message").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("cbec.messages.failed").tag("transient", "true").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("cbec.messages.sent").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("cbec.send.duration").timer().count()).isEqualTo(1);
        assertThat(registry.get("cbec.receipts.recorded").tag("status", "RELEASED").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("cbec.receipt.latency").tag("status", "ENTERED").timer().count()).isEqualTo(1);
        assertThat(registry.get("cbec.receipt.latency").tag("status", "RELEASED").timer().totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.get("cbec.messages.dead_lettered").counter().count()).isZero();
    }

    @Test
    void latencyIsStillTimedAfterMoreSubmissionsThanItTracksNeverReachedATerminalStatus() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerMetrics metrics = new MicrometerMetrics(registry);
        for (int i = 0; i < 100_001; i++) {
            metrics.enqueued("order-" + i, "CEB311Message"); // orders end at ENTERED: never a terminal receipt
        }
        metrics.enqueued("latest", "CEB621Message");
        metrics.receiptRecorded("latest", new ReceiptEvent(ReceiptEvent.Kind.CUSTOMS, "CEB622Message", "latest", null, null, "800",
                "20260102040405000", "放行"));

        assertThat(registry.find("cbec.receipt.latency").tag("status", "RELEASED").timer()).isNotNull()
                .extracting(t -> t.count()).isEqualTo(1L);
        assertThat(registry.find("cbec.messages.queued").tag("type", "CEB311Message").counter().count()).isEqualTo(100_001.0);
    }
}
