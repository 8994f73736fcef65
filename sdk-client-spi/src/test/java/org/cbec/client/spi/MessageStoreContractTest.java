package org.cbec.client.spi;

import org.cbec.client.status.Status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MessageStore} must do; an implementation's test extends this and supplies {@link #newStore()}. */
public abstract class MessageStoreContractTest {

    /** Short enough to keep the suite fast, long enough for a claim to be observed before it expires. */
    static final Duration SHORT_LEASE = Duration.ofMillis(300);

    protected MessageStore store;

    protected abstract MessageStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A CEB311 entry of {@code id} without correlation keys, its digest over its signed bytes. */
    protected static OutboxEntry entry(String id) {
        return entry(id, "CEB311Message", List.of());
    }

    /** An entry of {@code id} and {@code type} with {@code keys}, its digest over its signed bytes. */
    protected static OutboxEntry entry(String id, String type, List<String> keys) {
        String signed = "<signed " + id + "/>";
        return new OutboxEntry(id, type, id, signed.getBytes(UTF_8), ("<env " + id + "/>").getBytes(UTF_8), Status.QUEUED, keys,
                digest(signed));
    }

    /** An entry of {@code id} whose content (and so digest) is {@code content}: another filing under the same id. */
    protected static OutboxEntry other(String id, String content) {
        return new OutboxEntry(id, "CEB411Message", id, content.getBytes(UTF_8), new byte[] {2}, Status.QUEUED, List.of("DOC-OTHER-" + id),
                digest(content));
    }

    /** SHA-256 of {@code s}: a content digest. */
    public static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String newId() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    @Test
    void enqueuedMessageIsFoundPendingWithItsBytes() {
        String id = newId();
        assertThat(store.enqueue(entry(id))).isEqualTo(EnqueueResult.added());
        StoredMessage m = store.find(id).orElseThrow();
        assertThat(m.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(m.status()).isEqualTo(Status.QUEUED);
        assertThat(m.attempts()).isZero();
        assertThat(new String(m.signedBytes(), UTF_8)).isEqualTo("<signed " + id + "/>");
        assertThat(new String(m.envelope(), UTF_8)).isEqualTo("<env " + id + "/>");
        assertThat(m.contentDigest()).isEqualTo(entry(id).contentDigest());
    }

    @Test
    void enqueueAllAddsEachNewIdOnceWithItsKeysAndReportsTheDuplicates() {
        String stored = newId();
        String a = newId();
        String b = newId();
        store.enqueue(entry(stored));
        OutboxEntry withKey = entry(a, "CEB621Message", List.of("copNo:" + a));
        assertThat(store.enqueueAll(List.of(withKey, entry(stored), entry(b), entry(a))))
                .extracting(EnqueueResult::outcome).containsExactly(EnqueueResult.Outcome.ADDED, EnqueueResult.Outcome.DUPLICATE,
                        EnqueueResult.Outcome.ADDED, EnqueueResult.Outcome.DUPLICATE);
        assertThat(store.find(a).orElseThrow().messageType()).isEqualTo("CEB621Message");
        assertThat(store.find(b)).isPresent();
        assertThat(store.correlate("copNo:" + a)).contains(a);
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(3);
        assertThat(store.enqueueAll(List.of())).isEmpty();
    }

    @Test
    void concurrentDuplicateEnqueuesAddEachIdOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<EnqueueResult>> added = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = newId();
            ids.add(id);
            added.add(pool.submit(() -> store.enqueue(entry(id))));
            added.add(pool.submit(() -> store.enqueue(entry(id))));
        }
        int adds = 0;
        for (Future<EnqueueResult> f : added) {
            EnqueueResult r = f.get(30, TimeUnit.SECONDS);
            adds += r.isAdded() ? 1 : 0;
            assertThat(r.outcome()).isNotEqualTo(EnqueueResult.Outcome.CONFLICT);
        }
        pool.shutdown();
        assertThat(adds).isEqualTo(ids.size());
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(ids.size());
    }

    @Test
    void theSameIdWithTheSameDigestIsADuplicateThatReturnsTheStoredRow() {
        String id = newId();
        assertThat(store.enqueue(entry(id)).isAdded()).isTrue();
        Claim c = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        store.complete(c, Status.SENT);
        OutboxEntry resigned = new OutboxEntry(id, "CEB311Message", id, "<signed again/>".getBytes(UTF_8), new byte[] {9}, Status.QUEUED,
                List.of("DOC-RESIGNED"), entry(id).contentDigest());

        EnqueueResult r = store.enqueue(resigned);

        assertThat(r.outcome()).isEqualTo(EnqueueResult.Outcome.DUPLICATE);
        assertThat(r.existing()).isEqualTo(store.find(id).orElseThrow());
        assertThat(r.existing().state()).isEqualTo(DeliveryState.SENT);
        assertThat(r.existing().signedBytes()).isEqualTo(entry(id).signedBytes());
        assertThat(store.correlate("DOC-RESIGNED")).as("a duplicate adds no keys").isEmpty();
    }

    @Test
    void theSameIdWithAnotherDigestIsAConflictThatChangesNothing() {
        String id = newId();
        store.enqueue(entry(id));
        StoredMessage before = store.find(id).orElseThrow();

        EnqueueResult r = store.enqueue(other(id, "<signed tampered amount/>"));

        assertThat(r.outcome()).isEqualTo(EnqueueResult.Outcome.CONFLICT);
        assertThat(r.isAdded()).isFalse();
        assertThat(r.existing()).isEqualTo(before);
        assertThat(store.find(id)).contains(before);
        assertThat(store.correlate("DOC-OTHER-" + id)).as("a conflict adds no keys").isEmpty();
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(1);
    }

    @Test
    void enqueueAllJudgesAnIdRepeatedWithinTheBatchByItsDigest() {
        String a = newId();
        String b = newId();
        List<EnqueueResult> r = store.enqueueAll(List.of(entry(a), entry(b), entry(a), other(b, "<changed/>")));
        assertThat(r).extracting(EnqueueResult::outcome).containsExactly(EnqueueResult.Outcome.ADDED, EnqueueResult.Outcome.ADDED,
                EnqueueResult.Outcome.DUPLICATE, EnqueueResult.Outcome.CONFLICT);
        assertThat(r.get(2).existing().id()).isEqualTo(a);
        assertThat(r.get(3).existing().messageType()).isEqualTo("CEB311Message");
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(2);
    }

    @Test
    void ofConcurrentEnqueuesOfOneIdWithDifferentContentExactlyOneIsAddedAndTheOthersConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        String id = newId();
        try {
            List<Future<EnqueueResult>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                OutboxEntry e = other(id, "<variant " + i + "/>");
                fs.add(pool.submit(() -> {
                    start.await();
                    return store.enqueue(e);
                }));
            }
            start.countDown();
            int added = 0;
            int conflicts = 0;
            for (Future<EnqueueResult> f : fs) {
                EnqueueResult r = f.get(30, TimeUnit.SECONDS);
                added += r.isAdded() ? 1 : 0;
                conflicts += r.outcome() == EnqueueResult.Outcome.CONFLICT ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
            assertThat(conflicts).isEqualTo(7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(1);
    }

    @Test
    void concurrentEnqueuesAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<EnqueueResult>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String id = newId();
                results.add(pool.submit(() -> store.enqueue(entry(id))));
            }
            for (Future<EnqueueResult> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS).isAdded()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(400);
    }

    @Test
    void claimTakesOnlyDueUnleasedMessages() {
        String a = newId();
        String b = newId();
        store.enqueue(entry(a));
        store.enqueue(entry(b));
        List<Claim> first = store.claimDue(10, Duration.ofMinutes(1));
        assertThat(first).extracting(Claim::id).containsExactlyInAnyOrder(a, b);
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).as("leased messages are not due").isEmpty();
        Claim ca = first.stream().filter(c -> c.id().equals(a)).findFirst().orElseThrow();
        assertThat(store.reschedule(ca, Duration.ofMinutes(5), "java.io.IOException", "reset")).isTrue();
        Claim cb = first.stream().filter(c -> c.id().equals(b)).findFirst().orElseThrow();
        assertThat(store.complete(cb, Status.SENT)).isTrue();
        assertThat(store.claimDue(10, Duration.ofMinutes(1))).as("rescheduled later, or sent").isEmpty();
    }

    @Test
    void claimRespectsTheLimit() {
        for (int i = 0; i < 5; i++) {
            store.enqueue(entry(newId()));
        }
        assertThat(store.claimDue(3, Duration.ofMinutes(1))).hasSize(3);
        assertThat(store.claimDue(3, Duration.ofMinutes(1))).hasSize(2);
    }

    @Test
    void expiredLeaseIsReclaimedAndTheStaleTokenIsRejected() throws Exception {
        String id = newId();
        store.enqueue(entry(id));
        Claim zombie = store.claimDue(1, SHORT_LEASE).get(0);
        Thread.sleep(SHORT_LEASE.toMillis() + 200);
        List<Claim> again = store.claimDue(1, Duration.ofMinutes(1));
        assertThat(again).hasSize(1);
        Claim fresh = again.get(0);
        assertThat(fresh.claimToken()).isNotEqualTo(zombie.claimToken());
        assertThat(store.complete(zombie, Status.SENT)).as("late completion of the zombie").isFalse();
        assertThat(store.reschedule(zombie, Duration.ZERO, "x", "y")).isFalse();
        assertThat(store.deadLetter(zombie, "x", "y", Status.DEAD_LETTER)).isFalse();
        assertThat(store.complete(fresh, Status.SENT)).isTrue();
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void concurrentClaimersNeverShareAMessage() throws Exception {
        for (int i = 0; i < 60; i++) {
            store.enqueue(entry(newId()));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 30; round++) {
                        for (Claim c : store.claimDue(3, Duration.ofMinutes(1))) {
                            if (!seen.add(c.id())) {
                                synchronized (duplicates) {
                                    duplicates.add(c.id());
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : fs) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(duplicates).isEmpty();
        assertThat(seen).hasSize(60);
    }

    @Test
    void rescheduleCountsTheAttemptAndKeepsTheError() throws Exception {
        String id = newId();
        store.enqueue(entry(id));
        Claim c = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        assertThat(store.reschedule(c, Duration.ZERO, "org.cbec.X", "HTTP 503")).isTrue();
        StoredMessage m = store.find(id).orElseThrow();
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.lastErrorClass()).isEqualTo("org.cbec.X");
        assertThat(m.lastError()).isEqualTo("HTTP 503");
        Thread.sleep(5);
        Claim again = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.envelope()).isEqualTo(("<env " + id + "/>").getBytes(UTF_8));
    }

    @Test
    void releaseDoesNotCountAnAttempt() throws Exception {
        String id = newId();
        store.enqueue(entry(id));
        Claim c = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        assertThat(store.release(c, Duration.ZERO)).isTrue();
        assertThat(store.find(id).orElseThrow().attempts()).isZero();
        Thread.sleep(5);
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).hasSize(1);
    }

    @Test
    void deadLetterKeepsTheMessageAndItsReason() {
        String id = newId();
        store.enqueue(entry(id));
        Claim c = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        assertThat(store.deadLetter(c, "Permanent", "0001 format error", Status.DEAD_LETTER)).isTrue();
        StoredMessage m = store.find(id).orElseThrow();
        assertThat(m.state()).isEqualTo(DeliveryState.DEAD_LETTER);
        assertThat(m.status()).isEqualTo(Status.DEAD_LETTER);
        assertThat(m.lastError()).isEqualTo("0001 format error");
        assertThat(store.count(DeliveryState.DEAD_LETTER)).isEqualTo(1);
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).isEmpty();
        List<String> dead = new ArrayList<>();
        store.forEach(DeliveryState.DEAD_LETTER, row -> dead.add(row.id()));
        assertThat(dead).containsExactly(id);
    }

    @Test
    void statusOnlyMovesToHigherRanks() {
        String id = newId();
        store.enqueue(entry(id));
        assertThat(store.advanceStatus(id, Status.RELEASED)).isTrue();
        assertThat(store.advanceStatus(id, Status.ENTERED)).isFalse();
        assertThat(store.advanceStatus(id, Status.RELEASED)).isFalse();
        Claim c = store.claimDue(1, Duration.ofMinutes(1)).get(0);
        assertThat(store.complete(c, Status.SENT)).isTrue();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(Status.RELEASED);
    }

    @Test
    void receiptsAreRecordedOnceInOrder() {
        String id = newId();
        store.enqueue(entry(id));
        StoredReceipt r1 = new StoredReceipt("k1", "CEB312Message", "CUSTOMS", "DOC-1", null, "2", "20240101120000000", "申报成功");
        StoredReceipt r2 = new StoredReceipt("k2", "CEB312Message", "CUSTOMS", "DOC-1", null, "120", "20240101130000000", "入库");
        assertThat(store.recordReceipt(id, r1)).isTrue();
        assertThat(store.recordReceipt(id, r2)).isTrue();
        assertThat(store.recordReceipt(id, r1)).isFalse();
        assertThat(store.receipts(id)).containsExactly(r1, r2);
        assertThat(store.recordReceipt("no-such-message", r1)).isFalse();
    }

    @Test
    void receiptBatchRecordsEachOnceAndAdvancesOnlyWithANewReceipt() {
        String a = newId();
        String b = newId();
        store.enqueue(entry(a));
        store.enqueue(entry(b));
        StoredReceipt entered = new StoredReceipt("k1", "CEB622Message", "CUSTOMS", "DOC-A", null, "120", "20240101120000000", "入库");
        StoredReceipt released = new StoredReceipt("k2", "CEB622Message", "CUSTOMS", "DOC-A", null, "800", "20240101130000000", "放行");
        StoredReceipt other = new StoredReceipt("k1", "CEB622Message", "CUSTOMS", "DOC-B", null, "2", "20240101120000000", null);
        assertThat(store.recordReceipt(b, other)).isTrue();

        List<ReceiptOutcome> outcomes = store.recordReceipts(List.of(
                new ReceiptWrite(a, entered, Status.ENTERED),
                new ReceiptWrite(a, released, Status.RELEASED),
                new ReceiptWrite(a, entered, Status.ENTERED),
                new ReceiptWrite(b, other, Status.RELEASED),
                new ReceiptWrite("no-such-message", entered, Status.ENTERED),
                new ReceiptWrite(b, released, null)));

        assertThat(outcomes).containsExactly(new ReceiptOutcome(true, true), new ReceiptOutcome(true, true),
                new ReceiptOutcome(false, false), new ReceiptOutcome(false, false), new ReceiptOutcome(false, false),
                new ReceiptOutcome(true, false));
        assertThat(store.receipts(a)).containsExactly(entered, released);
        assertThat(store.receipts(b)).containsExactly(other, released);
        assertThat(store.find(a).orElseThrow().status()).isEqualTo(Status.RELEASED);
        assertThat(store.find(b).orElseThrow().status()).isEqualTo(entry(b).status());
    }

    @Test
    void concurrentRecordersOfOneReceiptRecordItOnce() throws Exception {
        String id = newId();
        store.enqueue(entry(id));
        StoredReceipt r = new StoredReceipt("same", "CEB312Message", "CUSTOMS", null, "COP-1", "800", "20240101120000000", "放行");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fs.add(pool.submit(() -> {
                    start.await();
                    return store.recordReceipt(id, r);
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> f : fs) {
                wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.receipts(id)).hasSize(1);
    }

    @Test
    void correlatesByIdAndByDocumentKey() {
        String id = newId();
        store.enqueue(entry(id));
        store.addCorrelation("DOC-GUID-1", id);
        store.addCorrelation("DOC-GUID-1", id);
        assertThat(store.correlate(id)).contains(id);
        assertThat(store.correlate("DOC-GUID-1")).contains(id);
        assertThat(store.correlate("unknown")).isEmpty();
    }

    @Test
    void correlateAllAnswersEveryKeyAsCorrelateDoesAcrossManyKeys() {
        List<OutboxEntry> entries = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = newId();
            ids.add(id);
            entries.add(entry(id, "CEB311Message", List.of("DOC-" + i)));
        }
        store.enqueueAll(entries);
        store.addCorrelation("DOC-7", ids.get(8)); // a key of two messages: the most recent wins
        store.addCorrelation(ids.get(1), ids.get(2)); // an id that is also another's key: the id wins
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            keys.add("DOC-" + i);
            keys.add(i % 2 == 0 ? ids.get(i) : "unknown-" + i);
        }
        keys.add("DOC-0"); // asked twice
        keys.add(ids.get(1)); // an id that is also another message's key, among many keys
        Map<String, String> found = store.correlateAll(keys);
        assertThat(found).hasSize(226).doesNotContainKey("unknown-1")
                .containsEntry("DOC-0", ids.get(0)).containsEntry("DOC-149", ids.get(149)).containsEntry(ids.get(148), ids.get(148))
                .containsEntry("DOC-7", ids.get(8)).containsEntry(ids.get(1 + 1), ids.get(2)).containsEntry(ids.get(1), ids.get(1));
        assertThat(store.correlateAll(List.of(ids.get(1)))).containsExactly(Map.entry(ids.get(1), ids.get(1)));
        for (String key : keys) {
            assertThat(Optional.ofNullable(found.get(key))).as(key).isEqualTo(store.correlate(key));
        }
        assertThat(store.correlateAll(List.of())).isEmpty();
    }

    @Test
    void correlationKeysOfAnEntryAreStoredWithIt() {
        String id = newId();
        store.enqueue(entry(id, "CEB311Message", List.of("DOC-9", "orderNo:o-9")));
        assertThat(store.correlate("DOC-9")).contains(id);
        assertThat(store.correlated("orderNo:o-9")).containsExactly(id);
        OutboxEntry dup = entry(id, "CEB311Message", List.of("DOC-OTHER"));
        assertThat(store.enqueue(dup).outcome()).isEqualTo(EnqueueResult.Outcome.DUPLICATE);
        assertThat(store.correlate("DOC-OTHER")).as("a refused duplicate adds no keys").isEmpty();
    }

    @Test
    void listsEveryMessageOfAKeyOldestFirst() {
        String a = newId();
        String b = newId();
        store.enqueue(entry(a));
        store.enqueue(entry(b));
        store.addCorrelation("orderNo:order-1", a);
        store.addCorrelation("orderNo:order-1", b);
        store.addCorrelation("orderNo:order-1", a);
        assertThat(store.correlated("orderNo:order-1")).containsExactly(a, b);
        assertThat(store.correlate("orderNo:order-1")).contains(b);
        assertThat(store.correlated("orderNo:none")).isEmpty();
    }

    @Test
    void streamsEveryRowOfAState() {
        for (int i = 0; i < 1_200; i++) {
            store.enqueue(entry(String.format("ID-%05d", i)));
        }
        List<String> ids = new ArrayList<>();
        store.forEach(DeliveryState.PENDING, m -> ids.add(m.id()));
        assertThat(ids).hasSize(1_200).doesNotHaveDuplicates();
        assertThat(store.count(DeliveryState.SENT)).isZero();
    }

    // ---- unmatched receipts

    /** An unmatched receipt received {@code secondsAgo} seconds before now, naming {@code keys}. */
    protected static UnmatchedReceipt unmatched(String key, long secondsAgo, String... keys) {
        return new UnmatchedReceipt(key, Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(secondsAgo), "CEB622Message",
                List.of(keys), ("<DxpMsg>" + key + "</DxpMsg>").getBytes(UTF_8));
    }

    @Test
    void anUnmatchedReceiptIsKeptOnceWithItsRawBytes() {
        UnmatchedReceipt r = unmatched("K1", 0, "DOC-1", "copNo:C1");
        assertThat(store.countUnmatched()).isZero();
        assertThat(store.recordUnmatched(r)).isTrue();
        assertThat(store.recordUnmatched(unmatched("K1", 5, "DOC-9"))).as("the same key again").isFalse();
        assertThat(store.unmatched(10)).containsExactly(r);
        assertThat(store.countUnmatched()).isEqualTo(1);
    }

    @Test
    void unmatchedReceiptsAreListedOldestFirstUpToMax() {
        UnmatchedReceipt newest = unmatched("K-new", 0, "DOC-1");
        UnmatchedReceipt oldest = unmatched("K-old", 30, "DOC-2");
        UnmatchedReceipt middle = unmatched("K-mid", 10);
        store.recordUnmatched(newest);
        store.recordUnmatched(oldest);
        store.recordUnmatched(middle);
        assertThat(store.unmatched(10)).containsExactly(oldest, middle, newest);
        assertThat(store.unmatched(2)).containsExactly(oldest, middle);
        assertThat(store.countUnmatched()).isEqualTo(3);
    }

    @Test
    void unmatchedForFindsTheReceiptsNamingAnyKeyOnceEachOldestFirst() {
        UnmatchedReceipt a = unmatched("K-a", 20, "DOC-1", "copNo:C1");
        UnmatchedReceipt b = unmatched("K-b", 10, "DOC-2", "copNo:C1");
        UnmatchedReceipt undecodable = unmatched("K-c", 5);
        store.recordUnmatched(b);
        store.recordUnmatched(a);
        store.recordUnmatched(undecodable);
        assertThat(store.unmatchedFor(List.of("copNo:C1", "DOC-1", "DOC-2"))).containsExactly(a, b);
        assertThat(store.unmatchedFor(List.of("DOC-2"))).containsExactly(b);
        assertThat(store.unmatchedFor(List.of("DOC-none"))).isEmpty();
        assertThat(store.unmatchedFor(List.of())).isEmpty();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            many.add("DOC-X" + i);
        }
        many.add("DOC-1");
        assertThat(store.unmatchedFor(many)).as("more keys than one query takes").containsExactly(a);
    }

    @Test
    void resolvingAnUnmatchedReceiptDropsItAndItsKeys() {
        store.recordUnmatched(unmatched("K1", 10, "DOC-1"));
        UnmatchedReceipt other = unmatched("K2", 0, "DOC-2");
        store.recordUnmatched(other);
        assertThat(store.resolveUnmatched("K1")).isTrue();
        assertThat(store.resolveUnmatched("K1")).isFalse();
        assertThat(store.unmatched(10)).containsExactly(other);
        assertThat(store.unmatchedFor(List.of("DOC-1"))).isEmpty();
        assertThat(store.countUnmatched()).isEqualTo(1);
        assertThat(store.recordUnmatched(unmatched("K1", 0, "DOC-1"))).as("kept anew once resolved").isTrue();
    }

    @Test
    void concurrentRecordersOfOneUnmatchedReceiptKeepItOnce() throws Exception {
        UnmatchedReceipt r = unmatched("K-same", 0, "DOC-1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fs.add(pool.submit(() -> {
                    start.await();
                    return store.recordUnmatched(r);
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> f : fs) {
                wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.unmatched(10)).containsExactly(r);
    }

    // ---- filings, for reports

    @Test
    void filingsStreamEveryMessageWithItsReceiptsInCreationOrderAcrossPages() {
        int n = MessageStore.FILING_PAGE * 2 + 7;
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(entry(String.format("F-%05d", i), i % 3 == 0 ? "CEB621Message" : "CEB311Message", List.of()));
        }
        store.enqueueAll(entries);
        StoredReceipt r1 = new StoredReceipt("k1", "CEB622Message", "CUSTOMS", "DOC-1", null, "120", "20261123100000000", "入库");
        StoredReceipt r2 = new StoredReceipt("k2", "CEB622Message", "CUSTOMS", "DOC-1", null, "800", "20261123110000000", "放行");
        store.recordReceipt("F-00003", r1);
        store.recordReceipt("F-00003", r2);
        store.recordReceipt("F-00999", r1);

        List<StoredFiling> all;
        try (Stream<StoredFiling> s = store.filings(FilingQuery.all())) {
            all = s.toList();
        }

        assertThat(all).hasSize(n);
        assertThat(all).extracting(f -> f.message().id()).doesNotHaveDuplicates();
        assertThat(all).extracting(f -> f.message().createdAt()).isSorted();
        StoredFiling third = all.stream().filter(f -> f.message().id().equals("F-00003")).findFirst().orElseThrow();
        assertThat(third.receipts()).containsExactly(r1, r2);
        assertThat(third.message().signedBytes()).isEqualTo("<signed F-00003/>".getBytes(UTF_8));
        assertThat(all.stream().filter(f -> f.message().id().equals("F-00999")).findFirst().orElseThrow().receipts()).containsExactly(r1);
        assertThat(all.stream().filter(f -> f.message().id().equals("F-00004")).findFirst().orElseThrow().receipts()).isEmpty();
        try (Stream<StoredFiling> s = store.filings(FilingQuery.all().types("CEB621Message"))) {
            assertThat(s.count()).isEqualTo((n + 2) / 3);
        }
    }

    @Test
    void filingPagesFollowTheirPositionAndTimeBounds() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = newId();
            ids.add(id);
            store.enqueue(entry(id));
            Thread.sleep(3); // distinct creation times at the stores' millisecond precision
        }
        Instant third = store.find(ids.get(2)).orElseThrow().createdAt();
        Instant fifth = store.find(ids.get(4)).orElseThrow().createdAt();
        List<StoredFiling> page = store.filingPage(FilingQuery.all(), 2);
        assertThat(page).extracting(f -> f.message().id()).containsExactly(ids.get(0), ids.get(1));
        assertThat(store.filingPage(FilingQuery.all().after(page.get(1).message()), 3)).extracting(f -> f.message().id())
                .containsExactly(ids.get(2), ids.get(3), ids.get(4));
        assertThat(store.filingPage(FilingQuery.all().from(third).to(fifth), 10)).extracting(f -> f.message().id())
                .containsExactly(ids.get(2), ids.get(3));
        assertThat(store.filingPage(FilingQuery.all().types("CEB999Message"), 10)).isEmpty();
    }
}
