package org.cbec.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.cbec.client.Stores;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.ReceiptWrite;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.insights.CbecInsights;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.PartyKeys;
import org.cbec.insights.facts.StoreFactSource;
import org.cbec.insights.stats.Dimension;
import org.cbec.insights.stats.Statistics;

/**
 * Heap while the statistics of {@code count} stored filings are computed from a store (issue 21: a reporting query over
 * 10^6 filings in bounded memory): stores {@code count} one-line CEB621 inventories (a 2 KB message each, distinct ids,
 * the same bytes) with one release receipt each through the store SPI in batches of 1,000, then runs
 * {@code CbecInsights.statistics} by month and status over {@link StoreFactSource}, which reads the store a page at a
 * time and reads every message back. Prints {@code filings}, the heap figures of {@link HeapWatch} over the report alone
 * (baseline: store open and filled, after a full collection), {@code fill_seconds} and {@code report_seconds}. Run in
 * its own JVM with a capped heap: {@code java -Xmx256m -cp benchmarks.jar org.cbec.benchmarks.StatsHeapProbe h2 1000000}
 * ({@code postgres}: the embedded server of {@link BenchPostgres}).
 */
public final class StatsHeapProbe {

    private static final int BATCH = 1_000;

    private StatsHeapProbe() {
    }

    /** Usage: {@code StatsHeapProbe h2|postgres <count>}. */
    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int count = Integer.parseInt(args[1]);
        HeapWatch watch = HeapWatch.start();
        if (kind.equals("postgres")) {
            try (BenchPostgres pg = BenchPostgres.start()) {
                Properties p = new Properties();
                p.setProperty(Stores.URL, pg.newSchemaUrl());
                try (MessageStore store = Stores.fromProperties(p)) {
                    run(kind, store, count, watch);
                }
            }
        } else {
            Path dir = TempDirs.create("cbec-stats-heap");
            try (MessageStore store = Stores.h2(dir.resolve("outbox"))) {
                run(kind, store, count, watch);
            } finally {
                TempDirs.delete(dir);
            }
        }
    }

    private static void run(String kind, MessageStore store, int count, HeapWatch watch) {
        long t0 = System.nanoTime();
        fill(store, count);
        double fill = (System.nanoTime() - t0) / 1e9;
        long baseline = watch.reset();
        long t1 = System.nanoTime();
        Statistics s = CbecInsights.builder().build().statistics(StoreFactSource.of(store, PartyKeys.random()), FactQuery.all(),
                Dimension.MONTH, Dimension.STATUS);
        double report = (System.nanoTime() - t1) / 1e9;
        watch.finish();
        if (s.total().count() != count) {
            throw new IllegalStateException(s.total().count() + " filings in the statistics, expected " + count);
        }
        System.out.printf("store = %s%nfilings = %d%nfill_seconds = %.1f%nreport_seconds = %.1f%nbaseline_heap_mb = %.1f%n"
                + "peak_heap_mb = %.1f%nlive_heap_mb = %.1f%n", kind, s.total().count(), fill, report, baseline / 1048576.0,
                watch.peak() / 1048576.0, watch.live() / 1048576.0);
    }

    /** {@code count} inventories and one release receipt each, through the SPI, {@value #BATCH} per transaction. */
    private static void fill(MessageStore store, int count) {
        byte[] message = CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).build().write(Ceb621Fixture.oneLine(0));
        byte[] envelope = new byte[64];
        byte[] digest = new byte[OutboxEntry.DIGEST_BYTES];
        String doc = Ceb621Fixture.inventoryGuid(Ceb621Fixture.guid(0));
        for (int from = 0; from < count; from += BATCH) {
            List<OutboxEntry> entries = new ArrayList<>(BATCH);
            List<ReceiptWrite> receipts = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                String id = String.format("F%011d", i);
                entries.add(new OutboxEntry(id, "CEB621Message", id, message, envelope, Status.QUEUED, List.of(), digest));
                receipts.add(new ReceiptWrite(id, new StoredReceipt("r" + i, "CEB622Message", "CUSTOMS", doc, null, "800",
                        "20261123120000000", "放行"), Status.RELEASED));
            }
            store.enqueueAll(entries);
            store.recordReceipts(receipts);
        }
    }
}
