package org.cbec.client.spi;

import java.util.Properties;

/**
 * Opens the {@link MessageStore}s of one kind of URL for {@code Stores.fromUrl}; a module that
 * adds a store (e.g. {@code sdk-store-postgres} for {@code jdbc:postgresql:}) registers one in
 * {@code META-INF/services/org.cbec.client.spi.MessageStoreProvider}, so that choosing it is configuration.
 *
 * <pre>{@code
 * public final class MyProvider implements MessageStoreProvider {
 *     public boolean supports(String url) { return url.startsWith("jdbc:mydb:"); }
 *     public MessageStore open(String url, Properties p) { return new MyStore(url, p.getProperty("user")); }
 * }
 * }</pre>
 */
public interface MessageStoreProvider {

    /** Whether this provider opens {@code url}. */
    boolean supports(String url);

    /**
     * Opens the store at {@code url}; {@code properties} holds the settings beside it ({@code user}, {@code password},
     * provider-specific ones), never {@code null}.
     */
    MessageStore open(String url, Properties properties);
}
