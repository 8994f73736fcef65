package org.cbec.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;

/**
 * Heap while {@code count} small messages are queued in an H2 outbox: enqueues them from 16 threads into
 * {@link Stores#h2} in a temporary folder and prints {@code peak_heap_mb}, the most heap ever in use (the heap just
 * before each collection, from GC notifications, and the heap at the end: garbage included, so it grows with
 * {@code -Xmx}), {@code live_heap_mb}, the most heap still in use after a collection (what the store really holds), and
 * {@code baseline_heap_mb}, the heap in use after a full collection once the store is open and before the first
 * enqueue. Run in its own JVM, e.g. {@code java -Xmx256m -cp benchmarks.jar org.cbec.benchmarks.HeapProbe 1000000}:
 * with a 256 MB cap, finishing at all shows that the queue fits.
 */
public final class HeapProbe {

    private static final int THREADS = 16;

    private HeapProbe() {
    }

    /** Usage: {@code HeapProbe <count>}. */
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        HeapWatch watch = HeapWatch.start();
        Path dir = TempDirs.create("cbec-heap");
        try (MessageStore store = Stores.h2(dir.resolve("outbox"))) {
            long baseline = watch.reset();
            byte[] small = "<CEB621Message>small</CEB621Message>".getBytes(StandardCharsets.UTF_8);
            byte[] digest = new byte[OutboxEntry.DIGEST_BYTES];
            AtomicLong next = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        String id = Ceb621Fixture.guid(n);
                        store.enqueue(new OutboxEntry(id, "CEB621Message", id, small, small, Status.QUEUED, List.of(), digest));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            long queued = store.count(DeliveryState.PENDING);
            if (queued != count) {
                throw new IllegalStateException(queued + " queued, expected " + count);
            }
            watch.finish();
            System.out.printf("queued = %d%nbaseline_heap_mb = %.1f%npeak_heap_mb = %.1f%nlive_heap_mb = %.1f%n", queued,
                    baseline / 1048576.0, watch.peak() / 1048576.0, watch.live() / 1048576.0);
        } finally {
            TempDirs.delete(dir);
        }
    }
}
