package org.cbec.store.postgres;

import java.util.Properties;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreProvider;

/**
 * Makes {@code jdbc:postgresql:} URLs open a {@link PostgresStore} through {@code Stores.fromUrl}:
 * having this module on the class path is all it takes.
 *
 * <pre>{@code
 * MessageStore store = Stores.fromUrl("jdbc:postgresql://db.internal:5432/cbec?user=cbec&password=secret");
 * }</pre>
 */
public final class PostgresStoreProvider implements MessageStoreProvider {

    @Override
    public boolean supports(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public MessageStore open(String url, Properties properties) {
        return PostgresStore.open(url, properties.getProperty("user"), properties.getProperty("password"));
    }
}
