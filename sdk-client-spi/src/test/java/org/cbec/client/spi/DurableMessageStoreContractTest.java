package org.cbec.client.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a durable {@link MessageStore} (H2, PostgreSQL) must do beyond {@link MessageStoreContractTest}: what it was
 * told survives closing it and opening it again. An implementation's test extends this and supplies {@link #reopen()}.
 */
public abstract class DurableMessageStoreContractTest extends MessageStoreContractTest {

    /** A new store instance on the same data as {@link #newStore()}'s (that one is closed first). */
    protected abstract MessageStore reopen() throws Exception;

    private void restart() throws Exception {
        store.close();
        store = reopen();
    }

    @Test
    void unmatchedReceiptsSurviveARestart() throws Exception {
        UnmatchedReceipt r = unmatched("K-durable", 0, "DOC-1", "copNo:C1");
        store.recordUnmatched(r);
        restart();
        assertThat(store.unmatched(10)).containsExactly(r);
        assertThat(store.unmatchedFor(List.of("copNo:C1"))).containsExactly(r);
        assertThat(store.recordUnmatched(r)).isFalse();
    }

    @Test
    void anIdStaysAnIdempotencyKeyAcrossARestart() throws Exception {
        String id = newId();
        store.enqueue(entry(id));
        restart();
        assertThat(store.enqueue(entry(id)).outcome()).isEqualTo(EnqueueResult.Outcome.DUPLICATE);
        assertThat(store.enqueue(other(id, "<changed/>")).outcome()).isEqualTo(EnqueueResult.Outcome.CONFLICT);
        assertThat(store.find(id).orElseThrow().contentDigest()).isEqualTo(entry(id).contentDigest());
    }
}
