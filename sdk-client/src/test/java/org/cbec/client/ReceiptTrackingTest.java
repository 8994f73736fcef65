package org.cbec.client;

import org.cbec.client.status.Status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

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

/** Receipts: correlation, idempotence, ranking whatever the order, concurrent pollers; on virtual time. */
class ReceiptTrackingTest {

    /** returnStatus codes a receipt may carry. */
    static final String[] CODES = {"1", "2", "3", "120", "300", "500", "502", "399", "800", "899", "100", "-621005", "4", "700"};

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
    void finalStatusIsTheHighestRankedWhateverTheOrderAndDuplicates(@ForAll("receiptSequences") List<String> codes) {
        List<Status> seen = Collections.synchronizedList(new ArrayList<>());
        try (Harness h = Harness.start(b -> b.listener((g, s, r) -> seen.add(s)))) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            Random split = new Random(codes.hashCode());
            for (String code : codes) {
                // a code's receipt is the same receipt each time it is repeated: same time, same text
                h.receive(Messages.receiptEnvelope(doc, code, "2026010203040" + Math.abs(code.hashCode() % 10) + "000"));
                if (split.nextBoolean()) {
                    h.poll();
                }
            }
            h.poll();
            Status expected = Stream.concat(Stream.of(Status.SENT), codes.stream().map(Statuses::ofReturnStatus).flatMap(java.util.Optional::stream))
                    .max(Comparator.comparingInt(Status::rank)).orElseThrow();
            assertThat(s.status()).isEqualTo(expected);
            assertThat(s.receipts()).hasSize((int) codes.stream().distinct().count());
            for (int i = 1; i < seen.size(); i++) {
                assertThat(seen.get(i).rank()).as("statuses only move forward: %s", seen).isGreaterThan(seen.get(i - 1).rank());
            }
        }
    }

    @Test
    void pollerDrainsABacklogWithoutPausingAfterPollsThatFoundReceipts() {
        ClientConfig config = ClientConfig.custom().receiptPoll(Duration.ofSeconds(60)).build();
        try (Harness h = Harness.start(config, b -> { })) {
            h.transport.maxPerReceive = 1;
            List<String> guids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String guid = Messages.newGuid();
                String doc = Messages.newGuid();
                guids.add(guid);
                h.store.enqueue(new OutboxEntry(guid, "CEB311Message", guid, Messages.signedOrder(guid, doc), new byte[] {1}, Status.QUEUED,
                        List.of(doc), org.cbec.client.spi.MessageStoreContractTest.digest(guid)));
                h.receive(Messages.receiptEnvelope(doc, "120", "20260102050405000"));
            }
            // one receipt per poll: a pause of receiptPoll after each poll would leave two of them unread for minutes
            h.time.advance(Duration.ofSeconds(1));
            for (String guid : guids) {
                assertThat(h.client.submission(guid).orElseThrow().status()).isEqualTo(Status.ENTERED);
            }
        }
    }

    @Test
    void late120After800DoesNotMoveTheStatusBack() {
        try (Harness h = Harness.start()) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = h.client.submitSigned("CEB621Message", Direction.IMPORT, guid, Messages.signed("CEB621Message", guid, doc, "o-1"));
            h.receive(Messages.receiptEnvelope(doc, "800", "20260102050405000"));
            h.receive(Messages.receiptEnvelope(doc, "800", "20260102050405000"));
            h.receive(Messages.receiptEnvelope(doc, "120", "20260102040405000"));
            h.poll();
            assertThat(s.status()).isEqualTo(Status.RELEASED);
            assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("800", "120");
        }
    }

    @Test
    void receiptWhoseGuidIsUnknownIsCorrelatedByCopNo() {
        try (Harness h = Harness.start()) {
            String guid = Messages.newGuid();
            String copNo = "COP" + guid.substring(0, 8);
            byte[] inventory = ("<CEB621Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + guid + "\" version=\"1.0\">"
                    + "<Inventory><InventoryHead><guid>" + Messages.newGuid() + "</guid><copNo>" + copNo + "</copNo></InventoryHead>"
                    + "</Inventory></CEB621Message>").getBytes(StandardCharsets.UTF_8);
            Submission s = h.client.submitSigned("CEB621Message", Direction.IMPORT, guid, inventory);
            Submission other = h.client.submitSigned("CEB311Message", Direction.IMPORT, Messages.newGuid(),
                    Messages.signedOrder(Messages.newGuid(), Messages.newGuid()));
            h.receive(Messages.ceb622(Messages.newGuid(), copNo, "800"));
            h.poll();
            assertThat(s.status()).isEqualTo(Status.RELEASED);
            assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("800");
            assertThat(other.status()).isEqualTo(Status.SENT);
        }
    }

    @Test
    void formatCheckReceiptIsCorrelatedByOriCopMsgId() {
        try (Harness h = Harness.start()) {
            String guid = Messages.newGuid();
            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid()));
            String ceb900 = "<CEB900Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + Messages.newGuid()
                    + "\" version=\"1.0\"><MessageReturn><guid>" + Messages.newGuid() + "</guid><returnStatus>-1</returnStatus>"
                    + "<returnInfo>报文格式错误</returnInfo><returnTime>20260102030405000</returnTime><oriCopMsgId>" + guid
                    + "</oriCopMsgId><oriMessageType>CEB311Message</oriMessageType></MessageReturn></CEB900Message>";
            h.receive(ceb900.getBytes(StandardCharsets.UTF_8));
            h.poll();
            assertThat(s.status()).isEqualTo(Status.FORMAT_ERROR);
            assertThat(s.receipts()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(ReceiptEvent.Kind.FORMAT_CHECK);
                assertThat(r.info()).isEqualTo("报文格式错误");
            });
        }
    }

    @Test
    void twoPollersTakingTheSameReceiptAtOnceRecordItOnce(@TempDir Path dir) throws Exception {
        String guid = Messages.newGuid();
        String doc = Messages.newGuid();
        AtomicInteger changes = new AtomicInteger();
        // two clients (as in two processes) on one H2 store; each poller takes the same receipt
        MessageStore shared = Stores.h2(dir.resolve("shared"));
        try (Harness a = Harness.on(shared, b -> b.listener((g, s, r) -> changes.incrementAndGet()));
                Harness b = Harness.on(ZombieWorkerTest.wrapNoClose(shared), c -> c.listener((g, s, r) -> changes.incrementAndGet()))) {
            a.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            a.time.runDue();
            b.time.runDue();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    String code = String.valueOf(round == 19 ? 800 : 120 + round);
                    byte[] r = Messages.receiptEnvelope(doc, code, "20260102040405000");
                    a.receive(r);
                    b.receive(r);
                    CyclicBarrier barrier = new CyclicBarrier(2);
                    Future<?> fa = pool.submit(() -> {
                        barrier.await();
                        a.poll();
                        return null;
                    });
                    Future<?> fb = pool.submit(() -> {
                        barrier.await();
                        b.poll();
                        return null;
                    });
                    fa.get(10, TimeUnit.SECONDS);
                    fb.get(10, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.client.submission(guid).orElseThrow().receipts()).hasSize(20);
            assertThat(a.client.submission(guid).orElseThrow().status()).isEqualTo(Status.RELEASED);
            // SENT once; 120 → ENTERED once, 800 → RELEASED once; the other codes (121…138) move nothing
            assertThat(changes).hasValue(3);
        }
    }

    @Test
    void orderStatusFollowsEveryMessageOfTheOrder() {
        try (Harness h = Harness.start()) {
            String[] types = {"CEB311Message", "CEB411Message", "CEB511Message", "CEB621Message"};
            String[] docs = new String[types.length];
            for (int i = 0; i < types.length; i++) {
                String guid = Messages.newGuid();
                docs[i] = Messages.newGuid();
                h.client.submitSigned(types[i], Direction.IMPORT, guid, Messages.signed(types[i], guid, docs[i], "order-42"));
            }
            h.client.submitSigned("CEB311Message", Direction.IMPORT, Messages.newGuid(),
                    Messages.signed("CEB311Message", Messages.newGuid(), Messages.newGuid(), "order-43"));
            OrderStatus o = h.client.order("order-42");
            assertThat(o.byMessageType()).containsOnlyKeys(types);
            assertThat(o.overall()).isEqualTo(Status.QUEUED);
            for (int i = 0; i < 3; i++) {
                h.receive(Messages.receiptEnvelope(docs[i], "120", "20260102040405000"));
            }
            h.poll();
            assertThat(h.client.order("order-42").overall()).as("the inventory has no receipt yet").isEqualTo(Status.SENT);
            h.receive(Messages.receiptEnvelope(docs[3], "800", "20260102050405000"));
            h.poll();
            assertThat(h.client.order("order-42").overall()).isEqualTo(Status.RELEASED);
            assertThat(h.client.order("order-42").byMessageType()).containsEntry("CEB311Message", Status.ENTERED);
            h.receive(Messages.receiptEnvelope(docs[1], "-621005", "20260102060405000"));
            h.poll();
            assertThat(h.client.order("order-42").overall()).isEqualTo(Status.ERROR);
            assertThat(h.client.order("order-43").submissions()).hasSize(1);
            assertThat(h.client.order("order-44").overall()).isEqualTo(Status.CREATED);
        }
    }

    @Test
    void awaitReturnsAtOnceWhenTheTargetOrAFinalStatusIsReached() throws Exception {
        try (Harness h = Harness.start()) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = h.client.submitSigned("CEB621Message", Direction.IMPORT, guid, Messages.signed("CEB621Message", guid, doc, "o-9"));
            assertThat(s.await(Status.SENT, Duration.ZERO)).as("not yet").isEqualTo(Status.QUEUED);
            h.time.runDue();
            assertThat(s.await(Status.SENT, Duration.ZERO)).isEqualTo(Status.SENT);
            h.receive(Messages.receiptEnvelope(doc, "100", "20260102040405000"));
            h.poll();
            assertThat(s.await(Status.RELEASED, Duration.ofSeconds(10))).as("a rejection ends it").isEqualTo(Status.REJECTED);
        }
    }

    @Test
    void awaitForAnOrderReturnsAtOnceAt120WhereTheOrdersReceiptTableEndsWhateverTheTarget() throws Exception {
        try (Harness h = Harness.start()) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signed("CEB311Message", guid, doc, "o-10"));
            h.time.runDue();
            h.receive(Messages.receiptEnvelope(doc, "2", "20260102040405000"));
            h.poll();
            assertThat(s.await(Status.RELEASED, Duration.ZERO)).as("declaring: not final yet").isEqualTo(Status.DECLARING);
            assertThat(s.isFinal()).isFalse();
            h.receive(Messages.receiptEnvelope(doc, "120", "20260102040505000"));
            h.poll();

            long started = System.nanoTime();
            assertThat(s.await(Status.RELEASED, Duration.ofMinutes(5))).isEqualTo(Status.ENTERED);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("returned without waiting out the timeout").isLessThan(Duration.ofMinutes(1));
            assertThat(s.isFinal()).isTrue();
        }
    }
}
