package org.cbec.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap figures of the heap probes, from GC notifications: the most heap ever in use (the heap just before each
 * collection, garbage included, so it grows with {@code -Xmx}) and the most heap still in use after a collection (what
 * is really held).
 *
 * <pre>{@code
 * HeapWatch watch = HeapWatch.start();
 * long baseline = watch.reset();      // after a full collection
 * ... work ...
 * watch.finish();
 * System.out.printf("peak %d live %d%n", watch.peak(), watch.live());
 * }</pre>
 */
final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong live = new AtomicLong();

    private HeapWatch() {
    }

    /** Watches every collector from now on. */
    static HeapWatch start() {
        HeapWatch w = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                    w.peak.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                    w.live.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                }
            }, null, null);
        }
        return w;
    }

    /** Collects, then starts the figures afresh from the heap in use now, which it returns (the baseline). */
    long reset() {
        System.gc();
        long baseline = used();
        peak.set(0);
        live.set(baseline);
        return baseline;
    }

    /** Records the heap in use now, and what is live after a last full collection. */
    void finish() {
        peak.accumulateAndGet(used(), Math::max);
        System.gc();
        live.accumulateAndGet(used(), Math::max);
    }

    long peak() {
        return peak.get();
    }

    long live() {
        return live.get();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap part of a per-pool usage map, which the GC reports for the non-heap pools too. */
    private static long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pools.containsKey(pool.getName())) {
                sum += pools.get(pool.getName()).getUsed();
            }
        }
        return sum;
    }
}
