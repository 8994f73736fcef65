package org.cbec.client;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.ServiceLoader;

import org.cbec.client.internal.InMemoryStore;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreProvider;

/**
 * The built-in {@link MessageStore}s, and any store chosen by configuration ({@link #fromUrl}, {@link #fromProperties}).
 *
 * <pre>{@code
 * MessageStore durable = Stores.h2(Path.of("var/cbec/outbox"));   // file outbox.mv.db, created on first use
 * MessageStore forTests = Stores.inMemory();
 * MessageStore configured = Stores.fromUrl(System.getenv("CBEC_STORE_URL"));
 *         // memory:, jdbc:h2:file:/var/cbec/outbox, jdbc:postgresql://db/cbec?user=cbec (with sdk-store-postgres)
 * }</pre>
 */
public final class Stores {

    private Stores() {
    }

    /**
     * An embedded H2 database at {@code file} (H2 appends {@code .mv.db}), created on first use, schema created or
     * migrated on start. Every commit is synced ({@code WRITE_DELAY=0}): H2's default 500 ms write delay loses
     * acknowledged rows on {@code kill -9}. Concurrent enqueues share one commit (group commit).
     */
    public static MessageStore h2(Path file) {
        // a query cache larger than the 8 statements of H2's default holds every statement of the store parsed
        return h2Url("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
    }

    /**
     * An H2 store at a JDBC URL of your choice (e.g. {@code jdbc:h2:mem:x;DB_CLOSE_DELAY=-1}); durability is the URL's.
     *
     * @throws IllegalArgumentException when {@code jdbcUrl} is no {@code jdbc:h2:} URL or {@code sdk-store-h2} was
     *                                  excluded from the class path
     */
    public static MessageStore h2Url(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("not an H2 URL: " + redact(jdbcUrl));
        }
        return open(jdbcUrl, new Properties());
    }

    /** The property naming the store's URL in {@link #fromProperties}. */
    public static final String URL = "cbec.store.url";
    /** The property holding the database user in {@link #fromProperties}. */
    public static final String USER = "cbec.store.user";
    /** The property holding the database password in {@link #fromProperties}. */
    public static final String PASSWORD = "cbec.store.password";

    /**
     * The store a URL designates: {@code memory:} is {@link #inMemory()}; any other URL goes to the first
     * {@link MessageStoreProvider} on the class path that supports it ({@code sdk-store-h2}, a default of sdk-client,
     * for {@code jdbc:h2:…}; add {@code sdk-store-postgres} for {@code jdbc:postgresql://host:port/db?user=…&password=…}).
     *
     * @throws IllegalArgumentException when no store opens {@code url}
     */
    public static MessageStore fromUrl(String url) {
        return open(url, new Properties());
    }

    /**
     * The store that properties {@value #URL}, {@value #USER} and {@value #PASSWORD} designate, e.g. from a file:
     *
     * <pre>{@code
     * cbec.store.url=jdbc:postgresql://db.internal:5432/cbec
     * cbec.store.user=cbec
     * cbec.store.password=...
     * }</pre>
     */
    public static MessageStore fromProperties(Properties properties) {
        String url = properties.getProperty(URL);
        if (url == null) {
            throw new IllegalArgumentException("property " + URL + " is missing");
        }
        Properties settings = new Properties();
        copy(properties, USER, settings, "user");
        copy(properties, PASSWORD, settings, "password");
        return open(url, settings);
    }

    private static void copy(Properties from, String key, Properties to, String as) {
        String value = from.getProperty(key);
        if (value != null) {
            to.setProperty(as, value);
        }
    }

    private static MessageStore open(String url, Properties settings) {
        if (url.equals("memory:")) {
            return inMemory();
        }
        for (MessageStoreProvider provider : ServiceLoader.load(MessageStoreProvider.class)) {
            if (provider.supports(url)) {
                return provider.open(url, settings);
            }
        }
        throw new IllegalArgumentException("no message store for " + redact(url)
                + ": use memory: or add the module of that store to the class path (sdk-store-h2 for jdbc:h2:, which"
                + " sdk-client brings unless excluded; sdk-store-postgres for jdbc:postgresql:)");
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    /** A store in memory, gone with the process; lease times from the system clock. */
    public static MessageStore inMemory() {
        return new InMemoryStore(Clock.systemUTC());
    }

    /** A store in memory whose lease and retry times come from {@code clock}. */
    public static MessageStore inMemory(Clock clock) {
        return new InMemoryStore(clock);
    }
}
