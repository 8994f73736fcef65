package org.cbec.client;

import org.cbec.client.status.Status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.SendResult;
import org.cbec.core.model.MessageSpec.Direction;
import org.cbec.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * A worker paused past its lease loses the message to another worker, and its late completion is rejected. Lease time
 * is the store's (virtual here), so the test moves the clock instead of waiting.
 */
class ZombieWorkerTest {

    @Test
    void pausedWorkerLosesTheMessageAndItsLateCompletionIsRejected() throws Exception {
        VirtualTime time = new VirtualTime();
        MutableClock clock = time.clock();
        MessageStore shared = Stores.inMemory(clock);
        ClientConfig config = ClientConfig.custom().lease(Duration.ofMinutes(10)).attemptTimeout(Duration.ofSeconds(20)).build();

        CountDownLatch zombieSending = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        RecordingTransport transport = new RecordingTransport();
        transport.answer = e -> {
            if (calls.incrementAndGet() == 1) {
                zombieSending.countDown();
                try {
                    resume.await(20, TimeUnit.SECONDS); // the pause: GC, swapped out, stopped in a debugger
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return new SendResult("gateway", null, "ok");
        };
        CountDownLatch lost = new CountDownLatch(1);
        ClientListener events = new ClientListener() {
            @Override
            public void leaseLost(String guid) {
                lost.countDown();
            }
        };
        String guid = Messages.newGuid();
        // the first client's send runs on a real thread, so that it can pause while the test moves virtual time; its
        // timers (the attempt's time limit) are on a scheduler the test never moves, so only the lease runs out
        VirtualTime firstTimers = new VirtualTime(clock);
        ExecutorService firstThreads = Executors.newCachedThreadPool();
        try (CebClient first = CebClient.builder().sender(Messages.SENDER).transport(transport).store(shared).clock(clock)
                .scheduler(firstTimers).executor(firstThreads).config(config).clientListener(events).build()) {
            first.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid()));
            assertThat(zombieSending.await(10, TimeUnit.SECONDS)).isTrue();

            clock.advance(Duration.ofMinutes(11)); // the paused worker's lease has run out
            try (CebClient second = CebClient.builder().sender(Messages.SENDER).transport(transport).store(wrapNoClose(shared))
                    .clock(clock).scheduler(time).executor(time).config(config).clientListener(events).build()) {
                time.runDue();
                Submission s = second.submission(guid).orElseThrow();
                assertThat(s.status()).isEqualTo(Status.SENT);
                assertThat(transport.sent).hasSize(2);

                resume.countDown(); // the paused worker wakes up and tries to complete
                assertThat(lost.await(10, TimeUnit.SECONDS)).as("late completion rejected").isTrue();
                assertThat(s.status()).isEqualTo(Status.SENT);
                assertThat(shared.find(guid).orElseThrow().attempts()).isZero();
            }
        } finally {
            firstThreads.shutdownNow();
        }
        assertThat(transport.sent).hasSize(2);
        assertThat(transport.sent.get(1).envelope()).isEqualTo(transport.sent.get(0).envelope());
    }

    /** The two clients share one in-memory store; only the last one to close may close it. */
    static MessageStore wrapNoClose(MessageStore s) {
        return (MessageStore) java.lang.reflect.Proxy.newProxyInstance(MessageStore.class.getClassLoader(),
                new Class<?>[] {MessageStore.class}, (proxy, m, args) -> {
                    if (m.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return m.invoke(s, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
