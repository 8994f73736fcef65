package org.cbec.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The committer's wait for a fuller batch: only while writers are concurrent, never for a lone writer or a full batch. */
class CommitLingerTest {

    @Test
    void aLoneWriterNeverWaits() {
        assertThat(H2Store.lingers(0, 1)).isFalse(); // the first batch, or after an idle poll
        assertThat(H2Store.lingers(1, 1)).isFalse(); // one write after another from one thread
    }

    @Test
    void concurrentWritersWaitForASmallBatchToFill() {
        assertThat(H2Store.lingers(2, 1)).isTrue();
        assertThat(H2Store.lingers(40, 15)).isTrue();
    }

    @Test
    void aBatchOfSixteenCommitsAtOnce() {
        assertThat(H2Store.lingers(40, 16)).isFalse();
        assertThat(H2Store.lingers(2, 512)).isFalse();
    }
}
