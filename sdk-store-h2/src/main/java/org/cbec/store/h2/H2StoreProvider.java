package org.cbec.store.h2;

import java.util.Properties;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreProvider;

/**
 * Makes {@code jdbc:h2:} URLs open an {@link H2Store} through {@code Stores.fromUrl} and {@code Stores.h2}: having this
 * module on the class path (sdk-client brings it) is all it takes.
 *
 * <pre>{@code
 * MessageStore store = Stores.fromUrl("jdbc:h2:file:/var/cbec/outbox;WRITE_DELAY=0");
 * }</pre>
 */
public final class H2StoreProvider implements MessageStoreProvider {

    @Override
    public boolean supports(String url) {
        return url.startsWith("jdbc:h2:");
    }

    @Override
    public MessageStore open(String url, Properties properties) {
        return new H2Store(url);
    }
}
