package org.cbec.store.postgres;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A guid is an idempotency key across instances: two PostgreSQL store instances (two pools, as two application
 * instances have) enqueueing the same ids at the same moment add each id exactly once; the other sees a duplicate when
 * the content is the same and a conflict when it differs. Overlapping batches in opposite orders do not deadlock.
 */
@ExtendWith(PostgresServer.class)
class PostgresIdempotencyTest {

    private static OutboxEntry entry(String id, String content) {
        return new OutboxEntry(id, "CEB311Message", id, content.getBytes(UTF_8), new byte[] {1}, Status.QUEUED, List.of("DOC-" + id),
                MessageStoreContractTest.digest(content));
    }

    @Test
    void twoInstancesRacingOnOneIdAddItOnce() throws Exception {
        String url = PostgresServer.get().newSchemaUrl();
        int ids = 200;
        try (MessageStore a = PostgresStore.open(url, "postgres", ""); MessageStore b = PostgresStore.open(url, "postgres", "")) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<EnqueueResult> fromA = new ArrayList<>();
                List<EnqueueResult> fromB = new ArrayList<>();
                for (int i = 0; i < ids; i++) {
                    String id = "RACE-" + i;
                    boolean sameContent = i % 2 == 0;
                    CyclicBarrier together = new CyclicBarrier(2);
                    Future<EnqueueResult> fa = pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return a.enqueue(entry(id, "<filing " + id + "/>"));
                    });
                    Future<EnqueueResult> fb = pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return b.enqueue(entry(id, sameContent ? "<filing " + id + "/>" : "<tampered " + id + "/>"));
                    });
                    fromA.add(fa.get(30, TimeUnit.SECONDS));
                    fromB.add(fb.get(30, TimeUnit.SECONDS));
                }
                for (int i = 0; i < ids; i++) {
                    EnqueueResult ra = fromA.get(i);
                    EnqueueResult rb = fromB.get(i);
                    assertThat(ra.isAdded() ^ rb.isAdded()).as("exactly one instance added RACE-" + i).isTrue();
                    EnqueueResult loser = ra.isAdded() ? rb : ra;
                    assertThat(loser.outcome()).isEqualTo(i % 2 == 0 ? EnqueueResult.Outcome.DUPLICATE : EnqueueResult.Outcome.CONFLICT);
                    assertThat(loser.existing().id()).isEqualTo("RACE-" + i);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.count(DeliveryState.PENDING)).isEqualTo(ids);
            assertThat(b.correlated("DOC-RACE-7")).containsExactly("RACE-7");
        }
    }

    @Test
    void overlappingBatchesInOppositeOrdersFromTwoInstancesDoNotDeadlock() throws Exception {
        String url = PostgresServer.get().newSchemaUrl();
        try (MessageStore a = PostgresStore.open(url, "postgres", ""); MessageStore b = PostgresStore.open(url, "postgres", "")) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 5; round++) {
                    List<OutboxEntry> batch = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        batch.add(entry("BATCH-" + round + "-" + i, "<filing " + round + "-" + i + "/>"));
                    }
                    List<OutboxEntry> reversed = new ArrayList<>(batch);
                    Collections.reverse(reversed);
                    CyclicBarrier together = new CyclicBarrier(2);
                    Future<List<EnqueueResult>> fa = pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return a.enqueueAll(batch);
                    });
                    Future<List<EnqueueResult>> fb = pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return b.enqueueAll(reversed);
                    });
                    long added = fa.get(60, TimeUnit.SECONDS).stream().filter(EnqueueResult::isAdded).count()
                            + fb.get(60, TimeUnit.SECONDS).stream().filter(EnqueueResult::isAdded).count();
                    assertThat(added).as("each of the 100 ids added once, by either instance").isEqualTo(100);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(a.count(DeliveryState.PENDING)).isEqualTo(500);
        }
    }
}
