package org.cbec.client;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;

class InMemoryStoreTest extends MessageStoreContractTest {

    @Override
    protected MessageStore newStore() {
        return Stores.inMemory();
    }
}
