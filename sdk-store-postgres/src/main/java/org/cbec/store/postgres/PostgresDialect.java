package org.cbec.store.postgres;

import java.util.ArrayList;
import java.util.List;

import org.cbec.jdbc.Migration;
import org.cbec.jdbc.SchemaMigrator;
import org.cbec.store.jdbc.StoreDialect;

/**
 * PostgreSQL's SQL for {@link org.cbec.store.jdbc.JdbcMessageStore}: the database clock {@code now()}, inserts that
 * ignore an existing key as {@code ON CONFLICT DO NOTHING} (PostgreSQL aborts the whole transaction on a duplicate key,
 * so a duplicate must never raise one; a concurrent insert of the same key waits for the other transaction and then
 * does nothing), and a claim in one statement: {@code SELECT … FOR UPDATE SKIP LOCKED} picks due rows no other worker
 * locks and the same statement stamps each with a fresh token and a lease, so no transaction stays open while a
 * message is sent.
 */
final class PostgresDialect extends StoreDialect {

    /**
     * The schema, every version, each applied in one transaction with its record. Version 1 is the schema the store
     * created before the migration runner (recorded then in {@code cbec_schema_version}, adopted from there).
     */
    static final SchemaMigrator SCHEMA = SchemaMigrator.of("cbec-outbox", List.of(
            Migration.of(1, "outbox, receipts, correlations",
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
            // Claims, completions and status changes rewrite a row version; with the payload in the row every version
            // carried it. Written once in a table of its own, the outbox row is small enough that a claim (which
            // changes no indexed column) is a heap-only update in the page's free space (fill factor 80).
            Migration.of(2, "signed bytes and envelopes in cbec_payload, written once, with the content digest",
                    "CREATE TABLE cbec_payload (id VARCHAR(64) PRIMARY KEY REFERENCES cbec_outbox (id), content_digest BYTEA,"
                            + " signed_bytes BYTEA NOT NULL, envelope_bytes BYTEA NOT NULL)",
                    "INSERT INTO cbec_payload (id, signed_bytes, envelope_bytes) SELECT id, signed_bytes, envelope_bytes FROM cbec_outbox",
                    "ALTER TABLE cbec_outbox DROP COLUMN signed_bytes, DROP COLUMN envelope_bytes",
                    "ALTER TABLE cbec_outbox SET (fillfactor = 80)",
                    "CREATE INDEX cbec_outbox_created ON cbec_outbox (created_at, id)"),
            Migration.of(3, "receipts that named no stored message, kept with their raw bytes",
                    "CREATE TABLE cbec_unmatched (receipt_key VARCHAR(128) PRIMARY KEY, seq BIGINT GENERATED ALWAYS AS IDENTITY,"
                            + " received_at TIMESTAMPTZ NOT NULL, message_type VARCHAR(40), envelope BYTEA NOT NULL)",
                    "CREATE INDEX cbec_unmatched_received ON cbec_unmatched (received_at, seq)",
                    "CREATE TABLE cbec_unmatched_key (corr_key VARCHAR(255) NOT NULL,"
                            + " receipt_key VARCHAR(128) NOT NULL REFERENCES cbec_unmatched (receipt_key), pos INT NOT NULL,"
                            + " PRIMARY KEY (corr_key, receipt_key))",
                    "CREATE INDEX cbec_unmatched_key_receipt ON cbec_unmatched_key (receipt_key)")))
            .adoptingLegacy("cbec_schema_version");

    private static final Claims CLAIMS = Claims.returning("WITH due AS (SELECT id FROM cbec_outbox"
            + " WHERE state = 'PENDING' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())"
            + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " UPDATE cbec_outbox o SET claim_token = gen_random_uuid()::text, lease_until = now() + ? * INTERVAL '1 millisecond'"
            + " FROM due JOIN cbec_payload p ON p.id = due.id WHERE o.id = due.id"
            + " RETURNING o.id, o.message_type, o.cop_msg_id, o.claim_token, o.attempts, p.envelope_bytes");

    @Override
    public SchemaMigrator schema() {
        return SCHEMA;
    }

    @Override
    public String now() {
        return "now()";
    }

    @Override
    public String nowPlusMillis() {
        return "now() + ? * INTERVAL '1 millisecond'";
    }

    @Override
    public String insertIgnoring(String table, List<String> columns, List<String> values, int keys) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values)
                + ") ON CONFLICT (" + String.join(", ", new ArrayList<>(columns.subList(0, keys))) + ") DO NOTHING";
    }

    @Override
    public Claims claims() {
        return CLAIMS;
    }
}
