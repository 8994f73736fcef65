package org.cbec.core.store;

import org.cbec.core.store.spi.MessageStore;

class InMemoryStoreTest extends MessageStoreContractTest {

    @Override
    protected MessageStore newStore() {
        return Stores.inMemory();
    }
}
