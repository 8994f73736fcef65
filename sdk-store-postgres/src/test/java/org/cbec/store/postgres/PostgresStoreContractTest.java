package org.cbec.store.postgres;

import org.cbec.client.spi.DurableMessageStoreContractTest;
import org.cbec.client.spi.MessageStore;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store SPI's contract against a real PostgreSQL, each test on a fresh schema. */
@ExtendWith(PostgresServer.class)
class PostgresStoreContractTest extends DurableMessageStoreContractTest {

    private String url;

    @Override
    protected MessageStore newStore() {
        url = PostgresServer.get().newSchemaUrl();
        return PostgresStore.open(url, "postgres", "");
    }

    @Override
    protected MessageStore reopen() {
        return PostgresStore.open(url, "postgres", "");
    }
}
