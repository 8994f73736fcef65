package org.cbec.store.h2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbec.client.status.Status;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;
import org.cbec.client.spi.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable enqueue throughput with group commit ({@code WRITE_DELAY=0}): prints the figure, asserts only that every row
 * landed (timing assertions would make the suite flaky on a busy machine).
 */
class H2StoreThroughputTest {

    static final int MESSAGES = 10_000;
    static final int THREADS = 16;

    @Test
    void durableConcurrentEnqueuesAreGroupCommitted(@TempDir Path dir) throws Exception {
        byte[] signed = new byte[2_000];
        java.util.Arrays.fill(signed, (byte) 'x');
        try (MessageStore store = H2Stores.file(dir.resolve("outbox"))) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    fs.add(pool.submit(() -> {
                        for (int i = 0; i < MESSAGES / THREADS; i++) {
                            String id = UUID.randomUUID().toString().toUpperCase();
                            store.enqueue(new OutboxEntry(id, "CEB311Message", id, signed, ("<env>" + id + "</env>").getBytes(UTF_8), Status.QUEUED,
                                    List.of(), MessageStoreContractTest.digest(id)));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("H2 durable enqueue: %d messages (2 kB signed) from %d threads in %.2f s = %.0f messages/s%n",
                    MESSAGES, THREADS, seconds, MESSAGES / seconds);
            assertThat(store.count(DeliveryState.PENDING)).isEqualTo(MESSAGES);
        }
    }
}
