package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.cbec.client.internal.InMemoryStore;
import org.cbec.client.spi.MessageStore;
import org.cbec.store.h2.H2Store;
import org.junit.jupiter.api.Test;

class StoresTest {

    @Test
    void urlChoosesTheStore() {
        try (MessageStore memory = Stores.fromUrl("memory:"); MessageStore h2 = Stores.fromUrl("jdbc:h2:mem:stores-test;DB_CLOSE_DELAY=-1")) {
            assertThat(memory).isInstanceOf(InMemoryStore.class);
            assertThat(h2).isInstanceOf(H2Store.class);
        }
    }

    @Test
    void propertiesChooseTheStore() {
        Properties p = new Properties();
        p.setProperty(Stores.URL, "memory:");
        try (MessageStore store = Stores.fromProperties(p)) {
            assertThat(store).isInstanceOf(InMemoryStore.class);
        }
    }

    @Test
    void unknownUrlNamesTheMissingModuleAndHidesThePassword() {
        assertThatThrownBy(() -> Stores.fromUrl("jdbc:postgresql://db/cbec?user=u&password=secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sdk-store-postgres").hasMessageNotContaining("secret");
    }
}
