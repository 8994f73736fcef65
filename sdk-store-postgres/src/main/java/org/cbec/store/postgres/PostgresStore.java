package org.cbec.store.postgres;

import static org.cbec.client.spi.internal.OutboxSql.truncate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.cbec.client.status.Status;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoreException;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.internal.OutboxSql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * {@link MessageStore} in a PostgreSQL database shared by any number of SDK instances (threads, processes, hosts).
 *
 * <ul>
 * <li><b>Schema</b>: versioned migrations ({@link #MIGRATIONS}) are applied on start, recorded in
 * {@code cbec_schema_version}, under a transaction-scoped advisory lock so that instances starting together migrate
 * once.</li>
 * <li><b>Claims</b>: one statement, one short transaction: {@code SELECT … FOR UPDATE SKIP LOCKED} picks due rows that
 * no other worker is locking, and the same statement stamps each with a fresh claim token and a lease computed from the
 * database clock ({@code now()}), never the caller's clock. No transaction stays open while the caller sends, so a slow
 * send cannot hold a row lock that stalls the other instances.</li>
 * <li><b>Completion</b> (complete, reschedule, release, dead-letter) updates a row only while its claim token matches:
 * a worker that froze past its lease and lost the message to another worker changes nothing.</li>
 * <li><b>Receipts and correlations</b> are inserted with {@code INSERT … ON CONFLICT DO NOTHING}: PostgreSQL aborts the
 * whole transaction on a duplicate key, so a duplicate must never raise one.</li>
 * <li><b>Backlog</b>: claims read the partial index {@code cbec_outbox_due (next_attempt_at) WHERE state = 'PENDING'},
 * so sent rows never enter it and the claim cost does not grow with the backlog.</li>
 * </ul>
 *
 * <pre>{@code
 * try (MessageStore store = PostgresStore.open("jdbc:postgresql://db:5432/cbec", "cbec", secret)) {
 *     CebClient client = CebClient.builder().store(store) ... .build();   // every instance points at the same database
 * }
 * }</pre>
 */
public final class PostgresStore implements MessageStore {

    /**
     * The schema, one entry per version, applied in order and never edited once released: a change is a new entry.
     */
    static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE cbec_outbox (id VARCHAR(64) PRIMARY KEY, message_type VARCHAR(40) NOT NULL, cop_msg_id VARCHAR(255) NOT NULL,"
                    + " state VARCHAR(16) NOT NULL, status VARCHAR(32) NOT NULL, status_rank INT NOT NULL, attempts INT NOT NULL DEFAULT 0,"
                    + " next_attempt_at TIMESTAMPTZ NOT NULL, lease_until TIMESTAMPTZ, claim_token VARCHAR(36),"
                    + " last_error_class VARCHAR(200), last_error VARCHAR(1000), signed_bytes BYTEA NOT NULL, envelope_bytes BYTEA NOT NULL,"
                    + " created_at TIMESTAMPTZ NOT NULL)",
            "CREATE INDEX cbec_outbox_due ON cbec_outbox (next_attempt_at) WHERE state = 'PENDING'",
            "CREATE INDEX cbec_outbox_state_created ON cbec_outbox (state, created_at, id)",
            "CREATE TABLE cbec_receipt (message_id VARCHAR(64) NOT NULL REFERENCES cbec_outbox (id), receipt_key VARCHAR(200) NOT NULL,"
                    + " seq BIGINT GENERATED ALWAYS AS IDENTITY, message_type VARCHAR(40), kind VARCHAR(16) NOT NULL, doc_guid VARCHAR(64),"
                    + " cop_msg_id VARCHAR(255), return_status VARCHAR(16), return_time VARCHAR(20), info VARCHAR(1000),"
                    + " PRIMARY KEY (message_id, receipt_key))",
            "CREATE TABLE cbec_correlation (corr_key VARCHAR(255) NOT NULL, message_id VARCHAR(64) NOT NULL,"
                    + " seq BIGINT GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (corr_key, message_id))"),
            // a guid is an idempotency key: the digest of what identifies the filing (null for rows stored before)
            List.of("ALTER TABLE cbec_outbox ADD COLUMN content_digest BYTEA"));

    /** Any constant: the advisory lock that serialises migrations between instances. */
    private static final long MIGRATION_LOCK = 0x63626563_0001L;

    private final DataSource dataSource;
    private final AutoCloseable owned;

    /**
     * A store on {@code dataSource} (your pool); the schema is created or migrated now. Closing the store leaves the
     * data source open.
     */
    public PostgresStore(DataSource dataSource) {
        this(dataSource, null);
    }

    private PostgresStore(DataSource dataSource, AutoCloseable owned) {
        this.dataSource = dataSource;
        this.owned = owned;
        migrate();
    }

    /**
     * A store with its own small connection pool on {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db}); closing
     * the store closes the pool.
     */
    public static PostgresStore open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("cbec-postgres");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new PostgresStore(pool, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The schema version this code needs; {@code cbec_schema_version} holds the versions applied. */
    public static int schemaVersion() {
        return MIGRATIONS.size();
    }

    private void migrate() {
        tx(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                s.execute("CREATE TABLE IF NOT EXISTS cbec_schema_version (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
                int version;
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM cbec_schema_version")) {
                    rs.next();
                    version = rs.getInt(1);
                }
                if (version > MIGRATIONS.size()) {
                    throw new StoreException("database schema version " + version + " is newer than this SDK's " + MIGRATIONS.size(), null);
                }
                for (int v = version + 1; v <= MIGRATIONS.size(); v++) {
                    for (String sql : MIGRATIONS.get(v - 1)) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO cbec_schema_version (version) VALUES (" + v + ")");
                }
            }
            return null;
        });
    }

    @Override
    public EnqueueResult enqueue(OutboxEntry e) {
        return tx(c -> {
            int inserted;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cbec_outbox (id, message_type, cop_msg_id, state, status,"
                    + " status_rank, attempts, next_attempt_at, signed_bytes, envelope_bytes, created_at, content_digest)"
                    + " VALUES (?, ?, ?, 'PENDING', ?, ?, 0, now(), ?, ?, now(), ?) ON CONFLICT (id) DO NOTHING")) {
                ps.setString(1, e.id());
                ps.setString(2, e.messageType());
                ps.setString(3, e.copMsgId());
                ps.setString(4, e.status().name());
                ps.setInt(5, e.status().rank());
                ps.setBytes(6, e.signedBytes());
                ps.setBytes(7, e.envelope());
                ps.setBytes(8, e.contentDigest());
                inserted = ps.executeUpdate();
            }
            if (inserted > 0 && !e.correlationKeys().isEmpty()) {
                try (PreparedStatement keys = c.prepareStatement(INSERT_CORRELATION)) {
                    for (String k : e.correlationKeys()) {
                        keys.setString(1, truncate(k, 255));
                        keys.setString(2, e.id());
                        keys.addBatch();
                    }
                    keys.executeBatch();
                }
            }
            if (inserted > 0) {
                return EnqueueResult.added();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE id = ?")) {
                ps.setString(1, e.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return EnqueueResult.existing(OutboxSql.message(rs), e.contentDigest());
                }
            }
        });
    }

    @Override
    public List<Claim> claimDue(int max, Duration lease) {
        return tx(c -> {
            List<Claim> claims = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("WITH due AS (SELECT id FROM cbec_outbox"
                    + " WHERE state = 'PENDING' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())"
                    + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                    + " UPDATE cbec_outbox o SET claim_token = gen_random_uuid()::text, lease_until = now() + ? * INTERVAL '1 millisecond'"
                    + " FROM due WHERE o.id = due.id"
                    + " RETURNING o.id, o.message_type, o.cop_msg_id, o.claim_token, o.attempts, o.envelope_bytes")) {
                ps.setInt(1, max);
                ps.setLong(2, lease.toMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBytes(6)));
                    }
                }
            }
            return claims;
        });
    }

    @Override
    public boolean complete(Claim claim, Status status) {
        return update(OutboxSql.COMPLETE, status.rank(), status.name(), status.rank(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean reschedule(Claim claim, Duration delay, String errorClass, String error) {
        return update("UPDATE cbec_outbox SET attempts = attempts + 1, last_error_class = ?, last_error = ?, claim_token = NULL,"
                + " lease_until = NULL, next_attempt_at = now() + ? * INTERVAL '1 millisecond'" + OutboxSql.OWNED,
                truncate(errorClass, 200), truncate(error, 1000), delay.toMillis(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean release(Claim claim, Duration delay) {
        return update("UPDATE cbec_outbox SET claim_token = NULL, lease_until = NULL, next_attempt_at = now() + ? * INTERVAL '1 millisecond'"
                + OutboxSql.OWNED, delay.toMillis(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean deadLetter(Claim claim, String errorClass, String reason, Status status) {
        return update(OutboxSql.DEAD_LETTER, truncate(errorClass, 200), truncate(reason, 1000), status.rank(), status.name(), status.rank(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean advanceStatus(String id, Status status) {
        return update(OutboxSql.ADVANCE_STATUS, status.name(), status.rank(), id, status.rank()) == 1;
    }

    @Override
    public boolean recordReceipt(String id, StoredReceipt r) {
        return update("INSERT INTO cbec_receipt (message_id, receipt_key, message_type, kind, doc_guid, cop_msg_id, return_status,"
                + " return_time, info) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM cbec_outbox WHERE id = ?)"
                + " ON CONFLICT (message_id, receipt_key) DO NOTHING",
                id, truncate(r.key(), 200), r.messageType(), r.kind(), truncate(r.guid(), 64), truncate(r.copMsgId(), 255),
                truncate(r.returnStatus(), 16), truncate(r.returnTime(), 20), truncate(r.info(), 1000), id) == 1;
    }

    @Override
    public List<StoredReceipt> receipts(String id) {
        return query(OutboxSql.RECEIPTS, OutboxSql::receipt, id);
    }

    private static final String INSERT_CORRELATION = "INSERT INTO cbec_correlation (corr_key, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    @Override
    public void addCorrelation(String key, String id) {
        update(INSERT_CORRELATION, truncate(key, 255), id);
    }

    @Override
    public Optional<String> correlate(String key) {
        return query("SELECT id FROM cbec_outbox WHERE id = ?"
                + " UNION ALL (SELECT message_id FROM cbec_correlation WHERE corr_key = ? ORDER BY seq DESC LIMIT 1) LIMIT 1",
                rs -> rs.getString(1), key, key).stream().findFirst();
    }

    @Override
    public Map<String, String> correlateAll(Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : tx(c -> OutboxSql.correlateAll(c, keys));
    }

    @Override
    public List<String> correlated(String key) {
        return query(OutboxSql.CORRELATED, rs -> rs.getString(1), key);
    }

    @Override
    public Optional<StoredMessage> find(String id) {
        return query("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE id = ?", OutboxSql::message, id).stream().findFirst();
    }

    @Override
    public void forEach(DeliveryState state, Consumer<StoredMessage> action) {
        // Pages by (created_at, id) so that neither the heap nor one result set holds the whole queue.
        Timestamp after = Timestamp.from(Instant.EPOCH);
        String afterId = "";
        while (true) {
            List<StoredMessage> page = query("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE state = ? AND (created_at, id) > (?, ?)"
                    + " ORDER BY created_at, id LIMIT " + OutboxSql.PAGE, OutboxSql::message, state.name(), after, afterId);
            page.forEach(action);
            if (page.size() < OutboxSql.PAGE) {
                return;
            }
            StoredMessage last = page.get(page.size() - 1);
            after = Timestamp.from(last.createdAt());
            afterId = last.id();
        }
    }

    @Override
    public long count(DeliveryState state) {
        return query(OutboxSql.COUNT, rs -> rs.getLong(1), state.name()).get(0);
    }

    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new StoreException("cannot close the PostgreSQL pool", e);
            }
        }
    }

    // ---- plumbing ----

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs {@code work} in one transaction on a pooled connection: committed when it returns, rolled back when it throws. */
    private <T> T tx(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("PostgreSQL store operation failed", e);
        }
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return tx(c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
            }
            return out;
        });
    }

    private int update(String sql, Object... args) {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
