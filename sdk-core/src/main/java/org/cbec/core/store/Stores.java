package org.cbec.core.store;

import java.nio.file.Path;
import java.time.Clock;

import org.cbec.core.store.internal.H2Store;
import org.cbec.core.store.internal.InMemoryStore;
import org.cbec.core.store.spi.MessageStore;

/**
 * The built-in {@link MessageStore}s.
 *
 * <pre>{@code
 * MessageStore durable = Stores.h2(Path.of("var/cbec/outbox"));   // file outbox.mv.db, created on first use
 * MessageStore forTests = Stores.inMemory();
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
        return h2Url("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** An H2 store at a JDBC URL of your choice (e.g. {@code jdbc:h2:mem:x;DB_CLOSE_DELAY=-1}); durability is the URL's. */
    public static MessageStore h2Url(String jdbcUrl) {
        return new H2Store(jdbcUrl);
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
