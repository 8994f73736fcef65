package org.cbec.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.cbec.client.Stores;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.status.Status;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages claimed and completed per second by one SDK instance on PostgreSQL with {@code pending} messages waiting
 * (issue 22): each invocation is what a dispatcher does per batch, {@code claimDue(10)} (one statement: SKIP LOCKED
 * pick, token and lease stamp, envelopes returned from {@code cbec_payload}) then {@code complete} per message; the
 * score counts messages. The backlog (4 KB envelopes) is topped up to {@code pending} before each iteration. Runs on
 * {@link BenchPostgres} (the tests' embedded server, or {@code $CBEC_BENCH_POSTGRES_URL}); the server shares this
 * machine's cores with the benchmark. Each benchmark thread is an instance of its own (its own store and connection
 * pool, as a second SDK process would be), so {@code -t 1}, {@code -t 2}, {@code -t 3} show how claims scale with
 * instances competing for the same backlog. With {@code -prof org.cbec.benchmarks.CpuProfiler}, {@code ·cpu.peer.ms/op}
 * is the server's CPU per claimed message (the embedded server on this machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class PostgresClaimBenchmark {

    private static final int BATCH = 10;

    @Param("100000")
    public int pending;

    private BenchPostgres pg;
    private String url;
    private MessageStore store;
    private long nextId;
    private long serverPid;

    /** One SDK instance: a store with its own connection pool, per benchmark thread. */
    @State(Scope.Thread)
    public static class Instance {
        MessageStore store;

        @Setup(Level.Trial)
        public void open(PostgresClaimBenchmark benchmark) {
            store = benchmark.openStore();
        }

        @TearDown(Level.Trial)
        public void close() {
            store.close();
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pg = BenchPostgres.start();
        url = pg.newSchemaUrl();
        store = openStore();
        serverPid = pg.serverPid();
        if (serverPid > 0) {
            CpuProfiler.countAsPeer(serverPid);
        }
    }

    MessageStore openStore() {
        Properties p = new Properties();
        p.setProperty(Stores.URL, url);
        return Stores.fromProperties(p);
    }

    @Setup(Level.Iteration)
    public void topUp() throws SQLException {
        long missing = pending - store.count(DeliveryState.PENDING);
        if (missing <= 0) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement rows = c.prepareStatement("INSERT INTO cbec_outbox (id, message_type, cop_msg_id, state, status,"
                        + " status_rank, next_attempt_at, created_at) SELECT 'P' || i, 'CEB621Message', 'P' || i, 'PENDING', 'QUEUED', 20,"
                        + " now() - interval '1 minute', now() FROM generate_series(?, ?) i");
                PreparedStatement payload = c.prepareStatement("INSERT INTO cbec_payload (id, signed_bytes, envelope_bytes)"
                        + " SELECT 'P' || i, convert_to(repeat('<x>' || i || '</x>', 300), 'UTF8'),"
                        + " convert_to(repeat('<e>' || i || '</e>', 300), 'UTF8') FROM generate_series(?, ?) i")) {
            for (PreparedStatement ps : List.of(rows, payload)) {
                ps.setLong(1, nextId);
                ps.setLong(2, nextId + missing - 1);
                ps.executeUpdate();
            }
            nextId += missing;
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE cbec_outbox");
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        CpuProfiler.trialEnds();
        store.close();
        pg.close();
    }

    /** One dispatcher batch of one instance: claim 10, complete each. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int claimAndComplete(Instance instance) {
        List<Claim> claims = instance.store.claimDue(BATCH, Duration.ofMinutes(1));
        for (Claim c : claims) {
            instance.store.complete(c, Status.SENT);
        }
        if (claims.size() != BATCH) {
            throw new IllegalStateException("the backlog ran dry: " + claims.size() + " claimed");
        }
        return claims.size();
    }

}
