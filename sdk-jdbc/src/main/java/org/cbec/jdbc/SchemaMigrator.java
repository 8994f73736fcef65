package org.cbec.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one named schema of a database to its latest version: Flyway's idea in a page of code, shared by every JDBC
 * store and the tax quota ledger.
 *
 * <ul>
 *   <li><b>Ordered</b>: migrations 1, 2, 3, … run in order, each once.</li>
 *   <li><b>Recorded</b>: {@code cbec_schema_history} holds one row per schema and version applied (description,
 *       checksum, time); several schemas (the outbox, the quota ledger) share one database and one history.</li>
 *   <li><b>Checksummed</b>: a recorded migration whose statements differ from this code's is refused
 *       ({@link ErrorCode#SCHEMA_MIGRATION}), as is a database migrated by a newer SDK: nothing runs on a schema this
 *       code does not know.</li>
 *   <li><b>Locked</b>: instances starting together migrate once ({@link Database#lockMigrations}: a PostgreSQL advisory
 *       lock, MySQL {@code GET_LOCK}, a lock in this JVM for H2 whose files one process opens at a time). The second
 *       instance waits, then finds nothing left to do.</li>
 *   <li><b>Adopts what came before</b>: a database created before the runner recorded its version in a table of its own
 *       ({@link #adoptingLegacy}); its versions are recorded as applied (they are this code's migrations of the same
 *       numbers), that table dropped, and only the newer migrations run.</li>
 * </ul>
 *
 * <pre>{@code
 * SchemaMigrator.of("cbec-tax-quota", List.of(Migration.of(1, "tables", "CREATE TABLE IF NOT EXISTS …")))
 *         .migrate(dataSource);
 * }</pre>
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    /** The history of every schema the SDK migrates in a database. */
    public static final String HISTORY = "cbec_schema_history";

    private final String schema;
    private final List<Migration> migrations;
    private final String legacyTable;

    private SchemaMigrator(String schema, List<Migration> migrations, String legacyTable) {
        this.schema = schema;
        this.migrations = migrations;
        this.legacyTable = legacyTable;
    }

    /**
     * A migrator of schema {@code schema} (a name such as {@code cbec-outbox}, at most 64 characters) whose versions are
     * {@code migrations}, numbered 1 to n in order.
     */
    public static SchemaMigrator of(String schema, List<Migration> migrations) {
        Objects.requireNonNull(schema, "schema");
        if (schema.isEmpty() || schema.length() > 64) {
            throw new IllegalArgumentException("a schema name has 1 to 64 characters: " + schema);
        }
        List<Migration> ms = List.copyOf(migrations);
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations of " + schema + " must be numbered 1.." + ms.size()
                        + " in order; found " + ms.get(i).version() + " at position " + (i + 1));
            }
        }
        return new SchemaMigrator(schema, ms, null);
    }

    /**
     * This migrator, also adopting a database created before the runner: when no version of this schema is recorded
     * and table {@code table} (with an integer column {@code version}) exists, its highest version is recorded as
     * applied, with this code's checksums, and the table is dropped.
     */
    public SchemaMigrator adoptingLegacy(String table) {
        return new SchemaMigrator(schema, migrations, Objects.requireNonNull(table, "table"));
    }

    /** The version this code brings the schema to. */
    public int latestVersion() {
        return migrations.size();
    }

    /** Migrates on a connection of {@code dataSource}, returned when done. */
    public int migrate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return migrate(c);
        } catch (SQLException e) {
            throw failure("cannot connect to migrate it", e);
        }
    }

    /**
     * Migrates on {@code c} (left in auto-commit mode) and returns the number of migrations run now. Blocks while
     * another instance migrates the same database.
     *
     * @throws CebException {@link ErrorCode#SCHEMA_MIGRATION} when the database is newer than this code, a recorded
     *                      checksum differs, or a migration fails (the cause names the SQL error)
     */
    public int migrate(Connection c) {
        try {
            c.setAutoCommit(true);
            Database db = Database.of(c);
            try (AutoCloseable lock = db.lockMigrations(c)) {
                return migrateLocked(c, db);
            }
        } catch (CebException e) {
            throw e;
        } catch (SQLException e) {
            throw failure("cannot be migrated", e);
        } catch (Exception e) {
            throw new CebException(ErrorCode.SCHEMA_MIGRATION, "schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private int migrateLocked(Connection c, Database db) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY + " (schema_name VARCHAR(64) NOT NULL, version INT NOT NULL,"
                    + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (schema_name, version))");
        }
        Map<Integer, String> applied = applied(c);
        if (applied.isEmpty() && legacyTable != null && tableExists(c, legacyTable)) {
            adopt(c, db);
            applied = applied(c);
        }
        for (Map.Entry<Integer, String> a : applied.entrySet()) {
            int v = a.getKey();
            if (v > migrations.size()) {
                throw new CebException(ErrorCode.SCHEMA_MIGRATION, "schema " + schema + " is at version " + v
                        + ", newer than this SDK's " + migrations.size() + ": use the SDK version that migrated it", null);
            }
            Migration m = migrations.get(v - 1);
            if (!m.checksum().equals(a.getValue())) {
                throw new CebException(ErrorCode.SCHEMA_MIGRATION, "schema " + schema + " version " + v + " (" + m.description()
                        + ") was applied with other statements than this SDK's (checksum " + a.getValue() + ", expected "
                        + m.checksum() + ")", null);
            }
        }
        int ran = 0;
        for (Migration m : migrations) {
            if (!applied.containsKey(m.version())) {
                apply(c, db, m);
                ran++;
            }
        }
        return ran;
    }

    private void apply(Connection c, Database db, Migration m) throws SQLException {
        LOG.info("migrating schema {} to version {}: {}", schema, m.version(), m.description());
        boolean oneTransaction = db.transactionalDdl();
        c.setAutoCommit(!oneTransaction);
        try {
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
            }
            record(c, m, m.description());
            if (oneTransaction) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (oneTransaction) {
                c.rollback();
            }
            throw failure("version " + m.version() + " (" + m.description() + ") failed; nothing after it ran", e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Records the legacy table's versions as applied and drops the table, in one transaction where DDL allows. */
    private void adopt(Connection c, Database db) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + legacyTable)) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > migrations.size()) {
            throw new CebException(ErrorCode.SCHEMA_MIGRATION, "schema " + schema + " is at version " + version + " (" + legacyTable
                    + "), newer than this SDK's " + migrations.size(), null);
        }
        LOG.info("schema {}: adopting version {} recorded in {}", schema, version, legacyTable);
        boolean oneTransaction = db.transactionalDdl();
        c.setAutoCommit(!oneTransaction);
        try {
            for (int v = 1; v <= version; v++) {
                Migration m = migrations.get(v - 1);
                record(c, m, truncate("(adopted from " + legacyTable + ") " + m.description()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + legacyTable);
            }
            if (oneTransaction) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (oneTransaction) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void record(Connection c, Migration m, String description) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY
                + " (schema_name, version, description, checksum, applied_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            ps.setString(1, schema);
            ps.setInt(2, m.version());
            ps.setString(3, description);
            ps.setString(4, m.checksum());
            ps.executeUpdate();
        }
    }

    private Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM " + HISTORY + " WHERE schema_name = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Whether {@code table} exists in the connection's current schema, whatever case the database folds names to. */
    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> names = new ArrayList<>(List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)));
        for (String name : names) {
            try (ResultSet rs = md.getTables(c.getCatalog(), c.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String truncate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }

    private CebException failure(String what, Exception e) {
        String detail = e instanceof SQLException sql ? "SQLState " + sql.getSQLState() + ", error " + sql.getErrorCode() + ": " : "";
        return new CebException(ErrorCode.SCHEMA_MIGRATION, "schema " + schema + " " + what + " (" + detail + e.getMessage() + ")", e);
    }
}
