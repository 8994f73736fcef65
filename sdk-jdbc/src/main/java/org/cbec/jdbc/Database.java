package org.cbec.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.cbec.jdbc.internal.SchemaLocks;

/**
 * The database products the SDK knows, for what differs between them in running migrations: how instances starting
 * together are kept from migrating at once, and whether DDL takes part in a transaction. Everything else about SQL
 * differences belongs to a store's dialect.
 *
 * <pre>{@code
 * Database db = Database.of(connection);   // POSTGRESQL, H2, MYSQL or OTHER
 * }</pre>
 */
public enum Database {
    /** PostgreSQL: transactional DDL; a session advisory lock keeps migrations of all instances apart. */
    POSTGRESQL(true),
    /** H2: DDL commits; an H2 file is opened by one process at a time, so a lock in this JVM keeps migrations apart. */
    H2(false),
    /** MySQL and MariaDB: DDL commits; {@code GET_LOCK} keeps migrations of all instances apart. */
    MYSQL(false),
    /** Any other: DDL treated as committing; only migrations within this JVM are kept apart. */
    OTHER(false);

    private final boolean transactionalDdl;

    Database(boolean transactionalDdl) {
        this.transactionalDdl = transactionalDdl;
    }

    /** The product behind {@code c}, from its metadata. */
    public static Database of(Connection c) throws SQLException {
        String name = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        return OTHER;
    }

    /** Whether a migration and the record of it can commit together. */
    public boolean transactionalDdl() {
        return transactionalDdl;
    }

    /**
     * Takes the migration lock of this product on {@code c} (blocking until it is free) and returns what releases it.
     * The lock spans every schema the SDK migrates in that database.
     */
    public AutoCloseable lockMigrations(Connection c) throws SQLException {
        return SchemaLocks.lock(this, c);
    }
}
