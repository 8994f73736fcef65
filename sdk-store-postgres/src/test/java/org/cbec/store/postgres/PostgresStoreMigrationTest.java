package org.cbec.store.postgres;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.status.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database the PostgreSQL store created before the migration runner (version 1 in {@code cbec_schema_version}, the
 * payload inline in {@code cbec_outbox}) migrates forward on open and keeps its rows; instances opening one database
 * together migrate it once.
 */
@ExtendWith(PostgresServer.class)
class PostgresStoreMigrationTest {

    /** The DDL of the store before the runner (its migration 1 and its version table). */
    private static final List<String> OLD_SCHEMA = List.of(
            "CREATE TABLE cbec_schema_version (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
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
                    + " seq BIGINT GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (corr_key, message_id))",
            "INSERT INTO cbec_schema_version (version) VALUES (1)");

    @Test
    void aDatabaseOfTheStoreBeforeTheRunnerMigratesAndKeepsItsRows() throws Exception {
        String url = PostgresServer.get().newSchemaUrl();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String sql : OLD_SCHEMA) {
                s.execute(sql);
            }
            for (int i = 0; i < 4; i++) {
                s.execute("INSERT INTO cbec_outbox (id, message_type, cop_msg_id, state, status, status_rank, next_attempt_at, signed_bytes,"
                        + " envelope_bytes, created_at) VALUES ('OLD-" + i + "', 'CEB311Message', 'OLD-" + i + "', 'PENDING', 'QUEUED', 20,"
                        + " now(), convert_to('<signed OLD-" + i + "/>', 'UTF8'), convert_to('<env OLD-" + i + "/>', 'UTF8'), now())");
            }
            s.execute("INSERT INTO cbec_receipt (message_id, receipt_key, message_type, kind, return_status) VALUES ('OLD-1', 'k', 'CEB312Message',"
                    + " 'CUSTOMS', '120')");
            s.execute("INSERT INTO cbec_correlation (corr_key, message_id) VALUES ('DOC-OLD-2', 'OLD-2')");
        }

        // three instances open the old database at once: one migrates, the others wait and find nothing to do
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<MessageStore> stores = new ArrayList<>();
        try {
            List<Future<MessageStore>> opening = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                opening.add(pool.submit(() -> PostgresStore.open(url, "postgres", "")));
            }
            for (Future<MessageStore> f : opening) {
                stores.add(f.get(60, TimeUnit.SECONDS));
            }
            MessageStore store = stores.get(0);
            assertThat(store.count(DeliveryState.PENDING)).isEqualTo(4);
            assertThat(new String(store.find("OLD-3").orElseThrow().signedBytes(), UTF_8)).isEqualTo("<signed OLD-3/>");
            assertThat(store.receipts("OLD-1")).extracting(r -> r.returnStatus()).containsExactly("120");
            assertThat(store.correlate("DOC-OLD-2")).contains("OLD-2");
            List<Claim> claims = stores.get(1).claimDue(10, Duration.ofMinutes(1));
            assertThat(claims).extracting(c -> new String(c.envelope(), UTF_8)).contains("<env OLD-0/>").hasSize(4);
            assertThat(stores.get(2).complete(claims.get(0), Status.SENT)).isTrue();
        } finally {
            stores.forEach(MessageStore::close);
            pool.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, description FROM cbec_schema_history WHERE schema_name = 'cbec-outbox' ORDER BY version")) {
            List<String> history = new ArrayList<>();
            while (rs.next()) {
                history.add(rs.getInt(1) + " " + rs.getString(2));
            }
            assertThat(history).hasSize(PostgresStore.schemaVersion()).doesNotHaveDuplicates();
            assertThat(history.get(0)).startsWith("1 (adopted from cbec_schema_version)");
            assertThat(history.get(1)).startsWith("2 signed bytes and envelopes in cbec_payload");
        }
    }
}
