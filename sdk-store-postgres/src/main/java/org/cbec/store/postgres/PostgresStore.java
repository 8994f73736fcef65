package org.cbec.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.StoreException;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.store.jdbc.JdbcMessageStore;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * {@link MessageStore} in a PostgreSQL database shared by any number of SDK instances (threads, processes, hosts).
 *
 * <ul>
 * <li><b>Schema</b>: versioned migrations are applied on start by sdk-jdbc's {@code SchemaMigrator}, each in one
 * transaction, recorded with checksums in {@code cbec_schema_history}, under an advisory lock so that instances
 * starting together migrate once (a database of an earlier SDK is migrated forward and keeps its rows).</li>
 * <li><b>Claims</b>: one statement, one short transaction: {@code SELECT … FOR UPDATE SKIP LOCKED} picks due rows that
 * no other worker is locking, and the same statement stamps each with a fresh claim token and a lease computed from the
 * database clock ({@code now()}), never the caller's clock. No transaction stays open while the caller sends, so a slow
 * send cannot hold a row lock that stalls the other instances.</li>
 * <li><b>Completion</b> (complete, reschedule, release, dead-letter) updates a row only while its claim token matches:
 * a worker that froze past its lease and lost the message to another worker changes nothing.</li>
 * <li><b>Enqueues, receipts, correlations and unmatched receipts</b> are inserted with {@code INSERT … ON CONFLICT DO
 * NOTHING}: PostgreSQL aborts the whole transaction on a duplicate key, so a duplicate must never raise one; of two
 * instances enqueueing one id at once, one inserts and the other waits for its commit, then reads the stored row and
 * its content digest (duplicate or conflict).</li>
 * <li><b>Payload</b>: the signed bytes and the envelope are written once, in {@code cbec_payload}; claims and
 * completions rewrite only the small outbox row.</li>
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
public final class PostgresStore extends JdbcMessageStore {

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
        super(new PostgresDialect());
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

    /** The schema version this code brings a database to ({@code cbec_schema_history}, schema {@code cbec-outbox}). */
    public static int schemaVersion() {
        return PostgresDialect.SCHEMA.latestVersion();
    }

    private void migrate() {
        try (Connection c = dataSource.getConnection()) {
            dialect.schema().migrate(c);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to PostgreSQL to migrate the store's schema", e);
        } catch (CebException e) {
            throw new StoreException(ErrorCode.SCHEMA_MIGRATION, e.getMessage(), e);
        }
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

    /** One transaction on a pooled connection: committed when it returns, rolled back when it throws. */
    @Override
    protected <T> T write(Work<T> work) {
        return tx(work);
    }

    @Override
    protected <T> T read(Work<T> work) {
        return tx(work);
    }

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
}
