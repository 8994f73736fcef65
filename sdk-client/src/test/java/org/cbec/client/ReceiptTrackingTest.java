package org.cbec.client;

import org.cbec.client.status.Status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cbec.client.internal.DefaultCebClient;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Receipts: correlation, idempotence, ranking whatever the order, concurrent pollers. */
class ReceiptTrackingTest {

    /** returnStatus codes a CEB312 may carry, with the time each would be produced. */
    static final String[] CODES = {"1", "2", "3", "120", "300", "500", "399", "800", "899", "100", "-621005", "4", "700"};

    private static DefaultCebClient idleClient(MessageStore store, RecordingTransport transport, SubmissionListener listener) {
        return (DefaultCebClient) CebClient.builder().sender(Messages.SENDER).transport(transport).store(store)
                .listener(listener).startWorkers(false).build();
    }

    @Provide
    Arbitrary<List<String>> receiptSequences() {
        return Arbitraries.of(CODES).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(codes -> Arbitraries.integers().between(0, 3).list().ofSize(codes.size()).map(dups -> {
                    List<String> all = new ArrayList<>();
                    for (int i = 0; i < codes.size(); i++) {
                        for (int k = 0; k <= dups.get(i); k++) {
                            all.add(codes.get(i));
                        }
                    }
                    return all;
                }))
                .flatMap(all -> Arbitraries.randoms().map(r -> {
                    List<String> shuffled = new ArrayList<>(all);
                    Collections.shuffle(shuffled, r);
                    return shuffled;
                }));
    }

    @Property(tries = 150)
    void finalStatusIsTheHighestRankedWhateverTheOrderAndDuplicates(@ForAll("receiptSequences") List<String> codes) throws Exception {
        MessageStore store = Stores.inMemory();
        RecordingTransport transport = new RecordingTransport();
        List<Status> seen = Collections.synchronizedList(new ArrayList<>());
        try (DefaultCebClient client = idleClient(store, transport, (g, s, r) -> seen.add(s))) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            Random split = new Random(codes.hashCode());
            for (String code : codes) {
                // a code's receipt is the same receipt each time it is repeated: same time, same text
                transport.inbox.add(new InboundEnvelope("r", Messages.receiptEnvelope(doc, code, "2026010203040" + Math.abs(code.hashCode() % 10) + "000")));
                if (split.nextBoolean()) {
                    client.pollOnce();
                }
            }
            client.pollOnce();
            Status expected = codes.stream().map(Status::ofReturnStatus).flatMap(java.util.Optional::stream)
                    .max(Comparator.comparingInt(Status::rank)).orElse(Status.QUEUED);
            assertThat(s.status()).isEqualTo(expected);
            assertThat(s.receipts()).hasSize((int) codes.stream().distinct().count());
            for (int i = 1; i < seen.size(); i++) {
                assertThat(seen.get(i).rank()).as("statuses only move forward: %s", seen).isGreaterThan(seen.get(i - 1).rank());
            }
        }
    }

    @Test
    void pollerDrainsABacklogWithoutPausingAfterPollsThatFoundReceipts() throws Exception {
        MessageStore store = Stores.inMemory();
        RecordingTransport transport = new RecordingTransport();
        transport.maxPerReceive = 1;
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            guids.add(guid);
            store.enqueue(new OutboxEntry(guid, "CEB311Message", guid, Messages.signedOrder(guid, doc), new byte[] {1}, Status.QUEUED,
                    List.of(doc), MessageStoreContractTest.digest(guid)));
            transport.inbox.add(new InboundEnvelope("r" + i, Messages.receiptEnvelope(doc, "800", "20260102050405000")));
        }
        ClientConfig config = ClientConfig.custom().receiptPoll(Duration.ofSeconds(60)).build();
        try (CebClient client = CebClient.builder().sender(Messages.SENDER).transport(transport).store(store).config(config).build()) {
            for (String guid : guids) {
                // one receipt per poll: a pause of receiptPoll after each poll would leave two of them unread for minutes
                assertThat(client.submission(guid).orElseThrow().await(Status.RELEASED, Duration.ofSeconds(10))).isEqualTo(Status.RELEASED);
            }
        }
    }

    @Test
    void late120After800DoesNotMoveTheStatusBack() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        try (DefaultCebClient client = idleClient(Stores.inMemory(), transport, (g, s, r) -> { })) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            transport.inbox.add(new InboundEnvelope("a", Messages.receiptEnvelope(doc, "800", "20260102050405000")));
            transport.inbox.add(new InboundEnvelope("b", Messages.receiptEnvelope(doc, "800", "20260102050405000")));
            transport.inbox.add(new InboundEnvelope("c", Messages.receiptEnvelope(doc, "120", "20260102040405000")));
            client.pollOnce();
            assertThat(s.status()).isEqualTo(Status.RELEASED);
            assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("800", "120");
        }
    }

    @Test
    void receiptWhoseGuidIsUnknownIsCorrelatedByCopNo() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        try (DefaultCebClient client = idleClient(Stores.inMemory(), transport, (g, s, r) -> { })) {
            String guid = Messages.newGuid();
            String copNo = "COP" + guid.substring(0, 8);
            byte[] inventory = ("<CEB621Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + guid + "\" version=\"1.0\">"
                    + "<Inventory><InventoryHead><guid>" + Messages.newGuid() + "</guid><copNo>" + copNo + "</copNo></InventoryHead>"
                    + "</Inventory></CEB621Message>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Submission s = client.submitSigned("CEB621Message", Direction.IMPORT, guid, inventory);
            Submission other = client.submitSigned("CEB311Message", Direction.IMPORT, Messages.newGuid(),
                    Messages.signedOrder(Messages.newGuid(), Messages.newGuid()));
            String ceb622 = "<CEB622Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + Messages.newGuid() + "\" version=\"1.0\">"
                    + "<InventoryReturn><guid>" + Messages.newGuid() + "</guid><customsCode>5100</customsCode><ebpCode>1105910159</ebpCode>"
                    + "<ebcCode>1105910159</ebcCode><agentCode>1105910159</agentCode><copNo>" + copNo + "</copNo><preNo>B1</preNo>"
                    + "<invtNo>I1</invtNo><returnStatus>800</returnStatus><returnTime>20260102030405000</returnTime>"
                    + "<returnInfo>放行</returnInfo></InventoryReturn></CEB622Message>";
            transport.inbox.add(new InboundEnvelope("i", ceb622.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            client.pollOnce();
            assertThat(s.status()).isEqualTo(Status.RELEASED);
            assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("800");
            assertThat(other.status()).isEqualTo(Status.QUEUED);
        }
    }

    @Test
    void formatCheckReceiptIsCorrelatedByOriCopMsgId() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        try (DefaultCebClient client = idleClient(Stores.inMemory(), transport, (g, s, r) -> { })) {
            String guid = Messages.newGuid();
            Submission s = client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid()));
            String ceb900 = "<CEB900Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + Messages.newGuid()
                    + "\" version=\"1.0\"><MessageReturn><guid>" + Messages.newGuid() + "</guid><returnStatus>-1</returnStatus>"
                    + "<returnInfo>报文格式错误</returnInfo><returnTime>20260102030405000</returnTime><oriCopMsgId>" + guid
                    + "</oriCopMsgId><oriMessageType>CEB311Message</oriMessageType></MessageReturn></CEB900Message>";
            transport.inbox.add(new InboundEnvelope("f", ceb900.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            client.pollOnce();
            assertThat(s.status()).isEqualTo(Status.FORMAT_ERROR);
            assertThat(s.receipts()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(ReceiptEvent.Kind.FORMAT_CHECK);
                assertThat(r.info()).isEqualTo("报文格式错误");
            });
        }
    }

    @Test
    void unmatchedAndUndecodableInboundAreReportedNotFatal() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        AtomicInteger unmatched = new AtomicInteger();
        AtomicInteger broken = new AtomicInteger();
        ClientListener events = new ClientListener() {
            @Override
            public void receiptUnmatched(ReceiptEvent receipt) {
                unmatched.incrementAndGet();
            }

            @Override
            public void inboundUndecodable(String name, Throwable error) {
                broken.incrementAndGet();
            }
        };
        try (DefaultCebClient client = (DefaultCebClient) CebClient.builder().sender(Messages.SENDER).transport(transport)
                .store(Stores.inMemory()).clientListener(events).startWorkers(false).build()) {
            transport.inbox.add(new InboundEnvelope("x", Messages.receiptEnvelope(Messages.newGuid(), "2", "20260102030405000")));
            transport.inbox.add(new InboundEnvelope("y", "<not xml".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            client.pollOnce();
            assertThat(unmatched).hasValue(1);
            assertThat(broken).hasValue(1);
        }
    }

    @Test
    void twoPollersTakingTheSameReceiptAtOnceRecordItOnce(@TempDir Path dir) throws Exception {
        String guid = Messages.newGuid();
        String doc = Messages.newGuid();
        AtomicInteger changes = new AtomicInteger();
        Path db = dir.resolve("shared");
        // two clients (as in two processes) on one H2 store; each poller takes the same receipt
        MessageStore storeA = Stores.h2(db);
        RecordingTransport ta = new RecordingTransport();
        RecordingTransport tb = new RecordingTransport();
        try (DefaultCebClient a = idleClient(storeA, ta, (g, s, r) -> changes.incrementAndGet());
                DefaultCebClient b = idleClient(storeA, tb, (g, s, r) -> changes.incrementAndGet())) {
            a.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    String code = String.valueOf(round == 19 ? 800 : 120 + round);
                    byte[] r = Messages.receiptEnvelope(doc, code, "20260102040405000");
                    ta.inbox.add(new InboundEnvelope("same", r));
                    tb.inbox.add(new InboundEnvelope("same", r));
                    CyclicBarrier barrier = new CyclicBarrier(2);
                    Future<?> fa = pool.submit(() -> {
                        barrier.await();
                        a.pollOnce();
                        return null;
                    });
                    Future<?> fb = pool.submit(() -> {
                        barrier.await();
                        b.pollOnce();
                        return null;
                    });
                    fa.get(10, TimeUnit.SECONDS);
                    fb.get(10, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.submission(guid).orElseThrow().receipts()).hasSize(20);
            assertThat(a.submission(guid).orElseThrow().status()).isEqualTo(Status.RELEASED);
            // 120 → ENTERED once, 800 → RELEASED once; the other codes (121…138) move nothing
            assertThat(changes).hasValue(2);
        }
    }

    @Test
    void orderStatusFollowsEveryMessageOfTheOrder() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        try (DefaultCebClient client = idleClient(Stores.inMemory(), transport, (g, s, r) -> { })) {
            String[] types = {"CEB311Message", "CEB411Message", "CEB511Message", "CEB621Message"};
            String[] docs = new String[types.length];
            for (int i = 0; i < types.length; i++) {
                String guid = Messages.newGuid();
                docs[i] = Messages.newGuid();
                client.submitSigned(types[i], Direction.IMPORT, guid, Messages.signed(types[i], guid, docs[i], "order-42"));
            }
            client.submitSigned("CEB311Message", Direction.IMPORT, Messages.newGuid(),
                    Messages.signed("CEB311Message", Messages.newGuid(), Messages.newGuid(), "order-43"));
            OrderStatus o = client.order("order-42");
            assertThat(o.byMessageType()).containsOnlyKeys(types);
            assertThat(o.overall()).isEqualTo(Status.QUEUED);
            for (int i = 0; i < 3; i++) {
                transport.inbox.add(new InboundEnvelope("r" + i, Messages.receiptEnvelope(docs[i], "120", "20260102040405000")));
            }
            client.pollOnce();
            assertThat(client.order("order-42").overall()).as("the inventory has no receipt yet").isEqualTo(Status.QUEUED);
            transport.inbox.add(new InboundEnvelope("inv", Messages.receiptEnvelope(docs[3], "800", "20260102050405000")));
            client.pollOnce();
            assertThat(client.order("order-42").overall()).isEqualTo(Status.RELEASED);
            assertThat(client.order("order-42").byMessageType()).containsEntry("CEB311Message", Status.ENTERED);
            transport.inbox.add(new InboundEnvelope("pay", Messages.receiptEnvelope(docs[1], "-621005", "20260102060405000")));
            client.pollOnce();
            assertThat(client.order("order-42").overall()).isEqualTo(Status.ERROR);
            assertThat(client.order("order-43").submissions()).hasSize(1);
            assertThat(client.order("order-44").overall()).isEqualTo(Status.CREATED);
        }
    }

    @Test
    void awaitReturnsWhenTheTargetOrATerminalStatusIsReached() throws Exception {
        RecordingTransport transport = new RecordingTransport();
        try (DefaultCebClient client = idleClient(Stores.inMemory(), transport, (g, s, r) -> { })) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            assertThat(s.await(Status.SENT, Duration.ofMillis(50))).as("times out").isEqualTo(Status.QUEUED);
            CountDownLatch started = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try {
                    started.await();
                    Thread.sleep(50);
                    transport.inbox.add(new InboundEnvelope("r", Messages.receiptEnvelope(doc, "100", "20260102040405000")));
                    client.pollOnce();
                } catch (InterruptedException ignored) {
                    // test ends
                }
            });
            t.start();
            started.countDown();
            assertThat(s.await(Status.RELEASED, Duration.ofSeconds(10))).isEqualTo(Status.REJECTED);
            t.join(5_000);
        }
    }
}
