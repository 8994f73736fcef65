package org.cbec.store.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL cluster on loopback for the tests: Debian's server binaries ({@code /usr/lib/postgresql/N/bin},
 * or {@code $CBEC_PG_BIN}), {@code initdb} into a temporary directory, {@code pg_ctl start} on a free port of
 * 127.0.0.1 with trust authentication, stopped and deleted when the test run ends. PostgreSQL refuses to run as root,
 * so as root (CI) the cluster belongs to and runs as the {@code postgres} user ({@code runuser -u postgres}); as anyone
 * else it runs as that user.
 *
 * <pre>{@code
 * @ExtendWith(PostgresServer.class)
 * class MyTest {
 *     @Test void t() { try (MessageStore s = PostgresStore.open(PostgresServer.get().newSchemaUrl(), "postgres", "")) { ... } }
 * }
 * }</pre>
 */
public final class PostgresServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static PostgresServer instance;

    private final Path dir;
    private final Path bin;
    private final boolean root;
    private final int port;
    private final AtomicInteger schemas = new AtomicInteger();

    /** JUnit creates the extension; the cluster itself is one per test JVM, see {@link #get()}. */
    public PostgresServer() {
        this.dir = null;
        this.bin = null;
        this.root = false;
        this.port = 0;
    }

    private PostgresServer(Path bin) throws IOException, InterruptedException {
        this.bin = bin;
        this.root = "root".equals(System.getProperty("user.name"));
        this.dir = Files.createTempDirectory("cbec-pg");
        if (root) {
            run(List.of("chown", "postgres:", dir.toString()), false);
        }
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C", "--no-sync"), root);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                "-t", "60", "-o", "-p " + port + " -k " + dir + " -h 127.0.0.1 -c fsync=off -c max_connections=100", "start"), root);
    }

    /** The cluster of this test JVM, started on first use. */
    public static synchronized PostgresServer get() {
        if (instance == null) {
            try {
                instance = new PostgresServer(findBin());
            } catch (IOException e) {
                throw new IllegalStateException("cannot start PostgreSQL for the tests", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer server = get();
        // Stopped when the whole run ends (the root store closes last), or by the shutdown hook.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(PostgresServer.class, k -> server);
    }

    @Override
    public void close() {
        stop();
    }

    /** The URL of the {@code postgres} database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
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

    private synchronized void stop() {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"), root);
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e.getMessage());
        }
    }

    private static Path findBin() throws IOException {
        String configured = System.getenv("CBEC_PG_BIN");
        if (configured != null) {
            return Paths.get(configured);
        }
        Path base = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                Path found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries not found: apt-get install postgresql, or set CBEC_PG_BIN");
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", full) + " failed: " + output);
        }
    }
}
