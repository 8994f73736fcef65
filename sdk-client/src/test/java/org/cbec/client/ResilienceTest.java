package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.TransportException;
import org.cbec.client.status.Status;
import org.cbec.core.model.MessageSpec.Direction;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;

/**
 * Sending on virtual time: retries with identical bytes after a backoff, time limits, the circuit breaker, the dead
 * letters, and the two limits (signatures paced in submit, sends paced in the outbox). Nothing here waits on the wall
 * clock for a backoff, a lease or a poll.
 */
class ResilienceTest {

    private static Submission submit(Harness h) {
        String guid = Messages.newGuid();
        return h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid()));
    }

    @Test
    void transientFailureIsRetriedAfterTheBackoffWithTheSameGuidAndIdenticalBytes() {
        try (Harness h = Harness.start()) {
            AtomicInteger calls = new AtomicInteger();
            h.transport.answer = e -> {
                if (calls.incrementAndGet() == 1) {
                    throw TransportException.transientFailure("HTTP 503", null);
                }
                return new SendResult("gateway", null, "ok");
            };
            Submission s = submit(h);
            h.time.runDue();
            assertThat(h.transport.sent).as("the retry waits for its backoff").hasSize(1);
            assertThat(s.status()).isEqualTo(Status.QUEUED);

            h.time.advance(h.config.maxBackoff());

            assertThat(h.transport.sent).hasSize(2);
            assertThat(h.transport.sent.get(1)).isEqualTo(h.transport.sent.get(0));
            assertThat(s.status()).isEqualTo(Status.SENT);
            assertThat(h.store.find(s.guid()).orElseThrow().attempts()).as("an in-process retry is no failed claim").isZero();
        }
    }

    @Test
    void attemptThatOutrunsItsTimeLimitIsRetried() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch unblock = new CountDownLatch(1);
        ExecutorService threads = Executors.newCachedThreadPool();
        // the sends block on a real thread; the time limit and the backoff are timers on virtual time
        try (Harness h = Harness.start(b -> b.executor(threads))) {
            AtomicInteger calls = new AtomicInteger();
            h.transport.answer = e -> {
                if (calls.incrementAndGet() == 1) {
                    firstStarted.countDown();
                    try {
                        unblock.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new SendResult("gateway", null, "ok");
            };
            Submission s = submit(h);
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 5 && calls.get() < 2; i++) {
                h.time.advance(h.config.attemptTimeout().plus(h.config.maxBackoff()));
                s.await(Status.SENT, Duration.ofMillis(200));
            }
            assertThat(s.await(Status.SENT, Duration.ofSeconds(10))).isEqualTo(Status.SENT);
            assertThat(calls).hasValue(2);
            assertThat(h.transport.sent.get(1)).isEqualTo(h.transport.sent.get(0));
        } finally {
            unblock.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void transientFailuresUntilTheLastAttemptEndInTheDeadLettersWithTheReason() {
        ClientConfig config = ClientConfig.custom().inProcessAttempts(2).maxAttempts(2).circuitBreaker(50f, 100, Duration.ofSeconds(1)).build();
        try (Harness h = Harness.start(config, b -> { })) {
            h.transport.answer = e -> {
                throw TransportException.transientFailure("HTTP 502", null);
            };
            Submission s = submit(h);
            h.time.runDue();
            h.time.advance(config.maxBackoff());
            assertThat(h.transport.sent).hasSize(2);
            assertThat(h.store.find(s.guid()).orElseThrow().state()).as("back in the outbox, not in a thread").isEqualTo(DeliveryState.PENDING);

            h.time.advance(config.retryDelay(1).plus(config.maxBackoff()));

            assertThat(s.status()).isEqualTo(Status.DEAD_LETTER);
            assertThat(h.transport.sent).hasSize(4); // 2 claims × 2 in-process attempts
            DeadLetter d = h.client.deadLetters(10).get(0);
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.reason()).contains("HTTP 502");
            assertThat(d.errorClass()).isEqualTo(TransportException.class.getName());
        }
    }

    @Test
    void circuitOpensStopsCallingAndRecovers() {
        ClientConfig config = ClientConfig.custom().inProcessAttempts(1).maxAttempts(1_000).retryDelay(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .circuitBreaker(50f, 4, Duration.ofSeconds(30)).build();
        try (Harness h = Harness.start(config, b -> { })) {
            AtomicBoolean up = new AtomicBoolean();
            h.transport.answer = e -> {
                if (!up.get()) {
                    throw TransportException.transientFailure("HTTP 503", null);
                }
                return new SendResult("gateway", null, "ok");
            };
            List<Submission> subs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                subs.add(submit(h));
            }
            h.time.runDue();
            // the five claims pass the breaker together; their failures open it (4 calls in its window, all failed)
            assertThat(h.transport.sent).hasSize(5);

            h.time.advance(Duration.ofSeconds(25)); // each message due again every 5 s, the circuit open for 30 s

            assertThat(h.transport.sent).as("no calls while open").hasSize(5);
            assertThat(h.client.deadLetters(10)).isEmpty();

            up.set(true);
            h.time.advance(Duration.ofSeconds(60)); // one trial call when the open time is over, then the rest
            for (Submission s : subs) {
                assertThat(s.status()).isEqualTo(Status.SENT);
            }
            assertThat(h.transport.sent).hasSize(5 + 5);
        }
    }

    @Test
    void claimsBeyondTheConcurrentSendLimitWaitForAPlaceWithoutOpeningTheCircuitOrWaitingABackoff() {
        // more claim places (2 × workers) than concurrent sends: the surplus claims used to fail on the full bulkhead,
        // which the breaker counted as the endpoint's failures, so a healthy gateway opened the circuit and every
        // message waited openCircuitWait (30 s) in the outbox
        ClientConfig config = ClientConfig.custom().workers(8).maxConcurrentSends(4).build();
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ClientListener events = new ClientListener() {
            @Override
            public void circuitOpen(String guid, String endpoint) {
                opened.incrementAndGet();
            }

            @Override
            public void sendFailed(String guid, int attempt, Throwable error, boolean transientFailure) {
                failed.incrementAndGet();
            }
        };
        try (Harness h = Harness.start(config, b -> b.clientListener(events))) {
            List<Submission> subs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                subs.add(submit(h));
            }
            Instant start = h.time.clock().instant();

            h.time.runDue();

            assertThat(h.time.clock().instant()).as("no backoff, no open circuit waited out").isEqualTo(start);
            assertThat(h.transport.sent).hasSize(40);
            subs.forEach(s -> assertThat(s.status()).isEqualTo(Status.SENT));
            assertThat(failed).as("a send waiting for a place is no failed send").hasValue(0);
            assertThat(opened).hasValue(0);
        }
    }

    @Test
    void aFinishedSendClaimsAgainOnlyWhenMoreMayBeDue() {
        AtomicInteger claimRounds = new AtomicInteger();
        AtomicInteger claimed = new AtomicInteger();
        MessageStore memory = Stores.inMemory(new VirtualTime().clock());
        MessageStore counting = (MessageStore) Proxy.newProxyInstance(MessageStore.class.getClassLoader(), new Class<?>[] {MessageStore.class},
                (proxy, method, args) -> {
                    try {
                        Object out = method.invoke(memory, args);
                        if (method.getName().equals("claimDue")) {
                            claimRounds.incrementAndGet();
                            claimed.addAndGet(((List<?>) out).size());
                        }
                        return out;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (Harness h = Harness.on(counting, b -> { })) {
            // one message at a time: its submit asks for a round, which finds it; its finished send must not ask for
            // another (each round is a store transaction; one per finished send made most claims empty)
            for (int i = 0; i < 10; i++) {
                Submission s = submit(h);
                h.time.runDue();
                assertThat(s.status()).isEqualTo(Status.SENT);
            }
            assertThat(claimed).hasValue(10);
            assertThat(claimRounds).as("claim rounds for 10 messages submitted one by one").hasValue(10);

            // a backlog larger than the places: full batches and finished sends keep claiming until it is drained
            List<Submission> subs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                subs.add(submit(h));
            }
            h.time.runDue();
            subs.forEach(s -> assertThat(s.status()).isEqualTo(Status.SENT));
            assertThat(h.transport.sent).hasSize(60);
        }
    }

    @Test
    void sendLimitLeavesMessagesInTheOutboxWithoutLosingAnAttempt() {
        try (Harness h = Harness.start(ClientConfig.custom().sendsPerMinute(2).build(), b -> { })) {
            List<Submission> subs = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                subs.add(submit(h));
            }
            h.time.runDue();
            assertThat(h.transport.sent).hasSize(2);
            assertThat(h.store.count(DeliveryState.PENDING)).isEqualTo(3);
            subs.forEach(s -> assertThat(h.store.find(s.guid()).orElseThrow().attempts()).isZero());

            h.time.advance(Duration.ofSeconds(61));

            assertThat(h.transport.sent).hasSize(4);
            h.time.advance(Duration.ofSeconds(31));
            assertThat(h.transport.sent).hasSize(5);
            subs.forEach(s -> assertThat(s.status()).isEqualTo(Status.SENT));
        }
    }

    @Test
    void signatureLimitPacesSigningButNotMessagesSignedElsewhere() {
        XmlSigner signer = XmlSigner.custom(TestKeys.sm2().signer()).build();
        try (Harness h = Harness.start(ClientConfig.custom().signaturesPerMinute(2).build(), b -> b.signer(signer))) {
            Instant start = h.time.clock().instant();
            for (int i = 0; i < 20; i++) {
                submit(h);
            }
            assertThat(h.time.clock().instant()).as("pre-signed messages are not paced").isEqualTo(start);

            for (int i = 1; i <= 3; i++) {
                Ceb311Message order = Orders.valid().toBuilder().guid(String.format("6F0C9A1E-0000-4000-8000-%012d", i)).build();
                h.client.submit(order);
            }

            // two signatures at once, the third half a minute later (2 a minute)
            assertThat(Duration.between(start, h.time.clock().instant())).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31));
        }
    }
}
