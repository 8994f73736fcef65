package org.cbec.store.postgres;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store SPI's contract against a real PostgreSQL, each test on a fresh schema. */
@ExtendWith(PostgresServer.class)
class PostgresStoreContractTest extends MessageStoreContractTest {

    @Override
    protected MessageStore newStore() {
        return PostgresStore.open(PostgresServer.get().newSchemaUrl(), "postgres", "");
    }
}
