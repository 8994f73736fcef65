package org.cbec.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.cbec.jdbc.Database;

/**
 * The migration locks of {@link Database#lockMigrations}. PostgreSQL: a session advisory lock on the key SDK versions
 * before the migration runner used (as a transaction lock) for the same purpose, so old and new instances starting
 * together still migrate one at a time. MySQL: {@code GET_LOCK}. H2 and others: a lock per database URL in this JVM.
 */
public final class SchemaLocks {

    /** The advisory lock key; unchanged from the PostgreSQL store's own migrations before the runner. */
    static final long POSTGRES_KEY = 0x63626563_0001L;
    private static final String MYSQL_NAME = "cbec_schema_migration";
    private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private SchemaLocks() {
    }

    /** Takes the lock for {@code db} on {@code c}; closing the result releases it. */
    public static AutoCloseable lock(Database db, Connection c) throws SQLException {
        switch (db) {
            case POSTGRESQL:
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_lock(" + POSTGRES_KEY + ")");
                }
                return () -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("SELECT pg_advisory_unlock(" + POSTGRES_KEY + ")");
                    }
                };
            case MYSQL:
                try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 600)")) {
                    ps.setString(1, MYSQL_NAME);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            throw new SQLException("the schema migration lock was not granted within 600 s");
                        }
                    }
                }
                return () -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                        ps.setString(1, MYSQL_NAME);
                        ps.execute();
                    }
                };
            default:
                ReentrantLock lock = IN_PROCESS.computeIfAbsent(c.getMetaData().getURL(), k -> new ReentrantLock());
                lock.lock();
                return lock::unlock;
        }
    }
}
