package org.cbec.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migration runner: ordered, recorded, checksummed, locked, adopting what came before. */
class SchemaMigratorTest {

    private JdbcDataSource db;

    // Neither statement may run twice (no IF NOT EXISTS): a second run would fail, so passing tests show "once".
    private static final Migration V1 = Migration.of(1, "table t", "CREATE TABLE t (id INT PRIMARY KEY)");
    private static final Migration V2 = Migration.of(2, "column n", "ALTER TABLE t ADD COLUMN n INT", "UPDATE t SET n = id * 10");

    @BeforeEach
    void database() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:migrate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private List<String> history(String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, description, checksum FROM cbec_schema_history WHERE schema_name = '"
                        + schema + "' ORDER BY version")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void runsEachMigrationOnceInOrderAndRecordsItsChecksum() throws Exception {
        assertThat(SchemaMigrator.of("app", List.of(V1)).migrate(db)).isEqualTo(1);
        execute("INSERT INTO t (id) VALUES (7)");
        assertThat(SchemaMigrator.of("app", List.of(V1, V2)).migrate(db)).as("only the new one").isEqualTo(1);
        assertThat(SchemaMigrator.of("app", List.of(V1, V2)).migrate(db)).isZero();
        assertThat(history("app")).containsExactly("1 table t " + V1.checksum(), "2 column n " + V2.checksum());
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT n FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(70);
        }
    }

    @Test
    void schemasOfOneDatabaseHaveTheirOwnVersions() throws Exception {
        SchemaMigrator.of("app", List.of(V1)).migrate(db);
        SchemaMigrator.of("other", List.of(Migration.of(1, "table u", "CREATE TABLE u (id INT)"))).migrate(db);
        assertThat(history("app")).hasSize(1);
        assertThat(history("other")).hasSize(1);
    }

    @Test
    void aMigrationEditedAfterItRanIsRefused() {
        SchemaMigrator.of("app", List.of(V1)).migrate(db);
        Migration edited = Migration.of(1, "table t", "CREATE TABLE t (id BIGINT PRIMARY KEY)");
        assertThatThrownBy(() -> SchemaMigrator.of("app", List.of(edited)).migrate(db)).isInstanceOf(CebException.class)
                .hasMessageContaining("version 1").hasMessageContaining("checksum")
                .satisfies(e -> assertThat(((CebException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_MIGRATION));
    }

    @Test
    void aDatabaseOfNewerCodeIsRefusedAndLeftAlone() throws Exception {
        SchemaMigrator.of("app", List.of(V1, V2)).migrate(db);
        assertThatThrownBy(() -> SchemaMigrator.of("app", List.of(V1)).migrate(db)).isInstanceOf(CebException.class)
                .hasMessageContaining("version 2, newer than this SDK's 1");
        assertThat(history("app")).hasSize(2);
    }

    @Test
    void aFailingMigrationIsNotRecordedAndStopsTheOnesAfterIt() throws Exception {
        Migration broken = Migration.of(2, "broken", "ALTER TABLE no_such_table ADD COLUMN x INT");
        Migration v3 = Migration.of(3, "after", "CREATE TABLE after_broken (id INT)");
        assertThatThrownBy(() -> SchemaMigrator.of("app", List.of(V1, broken, v3)).migrate(db)).isInstanceOf(CebException.class)
                .hasMessageContaining("version 2 (broken) failed").hasMessageContaining("SQLState");
        assertThat(history("app")).hasSize(1);
        assertThat(SchemaMigrator.of("app", List.of(V1, V2)).migrate(db)).as("fixed, it runs on the next start").isEqualTo(1);
    }

    @Test
    void migratorsStartingTogetherMigrateOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return SchemaMigrator.of("app", List.of(V1, V2)).migrate(db);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<Integer> f : runs) {
                ran += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(ran).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history("app")).hasSize(2);
    }

    @Test
    void aDatabaseCreatedBeforeTheRunnerIsAdoptedAtItsVersion() throws Exception {
        execute("CREATE TABLE legacy_version (version INT NOT NULL)");
        execute("CREATE TABLE t (id INT PRIMARY KEY)");
        execute("INSERT INTO t VALUES (1)");
        execute("INSERT INTO legacy_version VALUES (1)");

        assertThat(SchemaMigrator.of("app", List.of(V1, V2)).adoptingLegacy("legacy_version").migrate(db)).as("only version 2 runs")
                .isEqualTo(1);

        assertThat(history("app")).hasSize(2);
        assertThat(history("app").get(0)).startsWith("1 (adopted from legacy_version) table t " + V1.checksum());
        try (Connection c = db.getConnection()) {
            assertThat(SchemaMigrator.tableExists(c, "legacy_version")).isFalse();
            assertThat(SchemaMigrator.tableExists(c, "t")).isTrue();
        }
    }

    @Test
    void migrationsAreNumberedFromOneWithoutGaps() {
        assertThatThrownBy(() -> SchemaMigrator.of("app", List.of(V2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("numbered 1..1");
    }
}
