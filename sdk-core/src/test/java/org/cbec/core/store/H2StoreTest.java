package org.cbec.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cbec.core.store.spi.DeliveryState;
import org.cbec.core.store.spi.MessageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2StoreTest extends MessageStoreContractTest {

    @TempDir
    Path dir;

    @Override
    protected MessageStore newStore() {
        return Stores.h2(dir.resolve("outbox"));
    }

    @Test
    void createsTheDatabaseOnFirstUseAndKeepsRowsAcrossReopen() {
        String id = newId();
        store.enqueue(entry(id));
        store.close();
        assertThat(Files.exists(dir.resolve("outbox.mv.db"))).isTrue();
        store = Stores.h2(dir.resolve("outbox"));
        assertThat(store.find(id)).isPresent();
        assertThat(store.claimDue(1, Duration.ofMinutes(1))).hasSize(1);
        assertThat(store.count(DeliveryState.PENDING)).isEqualTo(1);
    }
}
