package org.cbec.store.h2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoreException;
import org.cbec.client.status.Status;
import org.cbec.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database the store created before the migration runner (schema version 2, recorded in {@code cbec_schema}, the signed
 * bytes and the envelope inline in {@code cbec_outbox}) opens, migrates to the current schema once, and keeps every row,
 * receipt and key; the history then says so, and a database from a newer SDK is refused.
 */
class H2StoreMigrationTest {

    @TempDir
    Path dir;

    /** The DDL of the store before the runner, as it created and migrated a database (versions 1 and 2). */
    private static final List<String> OLD_SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS cbec_schema (version INT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS cbec_outbox ("
                    + "id VARCHAR(64) PRIMARY KEY, message_type VARCHAR(40) NOT NULL, cop_msg_id VARCHAR(255) NOT NULL,"
                    + "state VARCHAR(16) NOT NULL, status VARCHAR(32) NOT NULL, status_rank INT NOT NULL,"
                    + "attempts INT DEFAULT 0 NOT NULL, next_attempt_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,"
                    + "lease_until TIMESTAMP(3) WITH TIME ZONE, claim_token VARCHAR(36),"
                    + "last_error_class VARCHAR(200), last_error VARCHAR(1000),"
                    + "signed_bytes VARBINARY NOT NULL, envelope_bytes VARBINARY NOT NULL,"
                    + "created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL)",
            "CREATE INDEX IF NOT EXISTS cbec_outbox_due ON cbec_outbox(state, next_attempt_at)",
            "CREATE TABLE IF NOT EXISTS cbec_receipt (message_id VARCHAR(64) NOT NULL, receipt_key VARCHAR(200) NOT NULL,"
                    + "seq BIGINT AUTO_INCREMENT, message_type VARCHAR(40), kind VARCHAR(16) NOT NULL, doc_guid VARCHAR(64), cop_msg_id VARCHAR(255),"
                    + " return_status VARCHAR(16),"
                    + "return_time VARCHAR(20), info VARCHAR(1000), PRIMARY KEY (message_id, receipt_key))",
            "CREATE TABLE IF NOT EXISTS cbec_correlation (corr_key VARCHAR(255) NOT NULL, message_id VARCHAR(64) NOT NULL,"
                    + "seq BIGINT AUTO_INCREMENT, PRIMARY KEY (corr_key, message_id))",
            "INSERT INTO cbec_schema VALUES (1)",
            "ALTER TABLE cbec_correlation ALTER COLUMN seq SET CACHE 100000",
            "ALTER TABLE cbec_receipt ALTER COLUMN seq SET CACHE 100000",
            "INSERT INTO cbec_schema VALUES (2)");

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private void oldDatabase(int pending, int sent) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            for (String sql : OLD_SCHEMA) {
                s.execute(sql);
            }
            for (int i = 0; i < pending + sent; i++) {
                String state = i < pending ? "PENDING" : "SENT";
                String status = i < pending ? "QUEUED" : "RELEASED";
                int rank = i < pending ? 20 : 100;
                s.execute("INSERT INTO cbec_outbox (id, message_type, cop_msg_id, state, status, status_rank, attempts, next_attempt_at,"
                        + " signed_bytes, envelope_bytes, created_at) VALUES ('OLD-" + i + "', 'CEB311Message', 'OLD-" + i + "', '" + state
                        + "', '" + status + "', " + rank + ", 0, CURRENT_TIMESTAMP(3), STRINGTOUTF8('<signed OLD-" + i + "/>'),"
                        + " STRINGTOUTF8('<env OLD-" + i + "/>'), CURRENT_TIMESTAMP(3))");
                s.execute("INSERT INTO cbec_correlation (corr_key, message_id) VALUES ('DOC-OLD-" + i + "', 'OLD-" + i + "')");
            }
            s.execute("INSERT INTO cbec_receipt (message_id, receipt_key, message_type, kind, doc_guid, return_status, return_time, info)"
                    + " VALUES ('OLD-" + pending + "', 'k1', 'CEB312Message', 'CUSTOMS', 'DOC-OLD', '800', '20260101120000000', '放行')");
        }
    }

    @Test
    void aDatabaseOfTheStoreBeforeTheRunnerMigratesOnceAndKeepsItsRows() throws Exception {
        oldDatabase(3, 2);

        try (MessageStore store = new H2Store(url())) {
            assertThat(store.count(DeliveryState.PENDING)).isEqualTo(3);
            assertThat(store.count(DeliveryState.SENT)).isEqualTo(2);
            assertThat(new String(store.find("OLD-0").orElseThrow().signedBytes(), UTF_8)).isEqualTo("<signed OLD-0/>");
            assertThat(store.find("OLD-0").orElseThrow().contentDigest()).as("kept before digests").isNull();
            assertThat(store.find("OLD-4").orElseThrow().status()).isEqualTo(Status.RELEASED);
            assertThat(store.receipts("OLD-3")).extracting(r -> r.returnStatus()).containsExactly("800");
            assertThat(store.correlate("DOC-OLD-1")).contains("OLD-1");
            List<Claim> claims = store.claimDue(10, Duration.ofMinutes(1));
            assertThat(claims).extracting(c -> new String(c.envelope(), UTF_8))
                    .containsExactlyInAnyOrder("<env OLD-0/>", "<env OLD-1/>", "<env OLD-2/>");
            // a row kept before digests is a duplicate of its own signed bytes only
            OutboxEntry same = new OutboxEntry("OLD-4", "CEB311Message", "OLD-4", "<signed OLD-4/>".getBytes(UTF_8), new byte[] {1},
                    Status.QUEUED, List.of(), MessageStoreContractTest.digest("x"));
            assertThat(store.enqueue(same).outcome()).isEqualTo(EnqueueResult.Outcome.DUPLICATE);
            OutboxEntry changed = new OutboxEntry("OLD-4", "CEB311Message", "OLD-4", "<signed changed/>".getBytes(UTF_8), new byte[] {1},
                    Status.QUEUED, List.of(), MessageStoreContractTest.digest("x"));
            assertThat(store.enqueue(changed).outcome()).isEqualTo(EnqueueResult.Outcome.CONFLICT);
        }
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            List<String> history = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version, description FROM cbec_schema_history WHERE schema_name = 'cbec-outbox' ORDER BY version")) {
                while (rs.next()) {
                    history.add(rs.getInt(1) + " " + rs.getString(2));
                }
            }
            assertThat(history).hasSize(H2Dialect.SCHEMA.latestVersion());
            assertThat(history.get(0)).startsWith("1 (adopted from cbec_schema)");
            assertThat(history.get(1)).startsWith("2 (adopted from cbec_schema)");
            assertThat(history.get(2)).startsWith("3 signed bytes and envelopes in cbec_payload");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CBEC_SCHEMA'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the old version table is dropped").isZero();
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'CBEC_OUTBOX'"
                    + " AND COLUMN_NAME IN ('SIGNED_BYTES', 'ENVELOPE_BYTES')")) {
                rs.next();
                assertThat(rs.getInt(1)).as("claims no longer rewrite the payload").isZero();
            }
        }
        try (MessageStore again = new H2Store(url())) {
            assertThat(again.count(DeliveryState.PENDING)).isEqualTo(3);
        }
    }

    @Test
    void aDatabaseOfANewerSdkIsRefusedNamingItsVersion() throws Exception {
        new H2Store(url()).close();
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO cbec_schema_history VALUES ('cbec-outbox', 99, 'from the future', 'x', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(() -> new H2Store(url())).isInstanceOf(StoreException.class)
                .hasMessageContaining("version 99").hasMessageContaining("newer than this SDK")
                .satisfies(e -> assertThat(((StoreException) e).errorCode()).isEqualTo(ErrorCode.SCHEMA_MIGRATION));
    }
}
