package org.cbec.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbec.client.status.Status;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.DurableMessageStoreContractTest;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends DurableMessageStoreContractTest {

    @TempDir
    Path dir;

    @Override
    protected MessageStore newStore() {
        return H2Stores.file(dir.resolve("outbox"));
    }

    @Override
    protected MessageStore reopen() {
        return H2Stores.file(dir.resolve("outbox"));
    }

    @Test
    void createsTheDatabaseOnFirstUseAndKeepsRowsAcrossReopen() {
        String id = newId();
        store.enqueue(entry(id));
        store.close();
        assertThat(Files.exists(dir.resolve("outbox.mv.db"))).isTrue();
        store = H2Stores.file(dir.resolve("outbox"));
        assertThat(store.find(id)).isPresent();
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).hasSize(1);
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(1);
    }

    /** A message type longer than its column (40): H2 refuses the row. */
    private static OutboxEntry unstorable(String id) {
        return new OutboxEntry(id, "X".repeat(41), id, new byte[] {1}, new byte[] {2}, Status.QUEUED, List.of(), digest(id));
    }

    @Test
    void anEnqueueThatFailsInsideAMergedBatchFailsAloneAndTheOthersAreStored() throws Exception {
        // 16 threads keep the committer's queue full, so their enqueues share group commits and JDBC batches
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<EnqueueResult>> good = new ArrayList<>();
        Future<EnqueueResult> bad = null;
        try {
            for (int i = 0; i < 320; i++) {
                OutboxEntry e = i == 160 ? unstorable(newId()) : entry(newId());
                Future<EnqueueResult> f = pool.submit(() -> store.enqueue(e));
                if (i == 160) {
                    bad = f;
                } else {
                    good.add(f);
                }
            }
            for (Future<EnqueueResult> f : good) {
                assertThat(f.get(30, TimeUnit.SECONDS).isAdded()).isTrue();
            }
            Future<EnqueueResult> failed = bad;
            assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(StoreException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(319);
    }

    @Test
    void enqueueAllWithAnUnstorableEntryStoresNoneOfIt() {
        String first = newId();
        assertThatThrownBy(() -> store.enqueueAll(List.of(entry(first), unstorable(newId())))).isInstanceOf(StoreException.class);
        assertThat(store.find(first)).isEmpty();
        assertThat(store.enqueue(entry(first)).isAdded()).isTrue();
    }
}
