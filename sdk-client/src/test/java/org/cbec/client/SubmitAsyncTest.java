package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.status.Status;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;

/** submitAsync: a future completed at the durable commit, many submissions sharing one enqueueAll. */
class SubmitAsyncTest {

    private static final XmlSigner SIGNER = XmlSigner.custom(TestKeys.sm2().signer()).build();

    private static Ceb311Message order(int n) {
        return Orders.valid().toBuilder().guid(String.format("5A6B7C8D-0000-4000-8000-%012d", n)).build();
    }

    /** {@code real}, counting its enqueueAll calls, failing them while {@code fail} is set. */
    private static MessageStore counting(MessageStore real, AtomicInteger enqueueAlls, boolean fail) {
        return (MessageStore) Proxy.newProxyInstance(SubmitAsyncTest.class.getClassLoader(), new Class<?>[] {MessageStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("enqueueAll")) {
                        enqueueAlls.incrementAndGet();
                        if (fail) {
                            throw new IllegalStateException("disk full");
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void futuresCompleteAtTheDurableCommitAndShareOneEnqueueAll() throws Exception {
        AtomicInteger enqueueAlls = new AtomicInteger();
        MessageStore real = Stores.inMemory();
        try (Harness h = Harness.on(counting(real, enqueueAlls, false), b -> b.signer(SIGNER))) {
            List<CompletableFuture<Submission>> filed = IntStream.rangeClosed(1, 20).mapToObj(i -> h.client.submitAsync(order(i))).toList();

            assertThat(filed).as("not durable yet: nothing completes before the store has them").noneMatch(CompletableFuture::isDone);
            assertThat(real.find(order(1).guid())).isEmpty();

            h.time.runDue();

            assertThat(filed).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
            assertThat(enqueueAlls).as("one group commit for all twenty").hasValue(1);
            for (int i = 0; i < 20; i++) {
                Submission s = filed.get(i).get();
                assertThat(s.guid()).isEqualTo(order(i + 1).guid());
                assertThat(s.alreadySubmitted()).isFalse();
                assertThat(real.find(s.guid())).isPresent();
            }
            h.time.advance(Duration.ofSeconds(1));
            assertThat(filed.get(0).get().status()).isEqualTo(Status.SENT);
        }
    }

    @Test
    void aStoreFailureFailsEveryFutureOfTheCommit() {
        try (Harness h = Harness.on(counting(Stores.inMemory(), new AtomicInteger(), true), b -> b.signer(SIGNER))) {
            List<CompletableFuture<Submission>> filed = List.of(h.client.submitAsync(order(31)), h.client.submitAsync(order(32)));
            h.time.runDue();
            assertThat(filed).allSatisfy(f -> assertThat(f).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                    .withMessageContaining("disk full"));
        }
    }
}
