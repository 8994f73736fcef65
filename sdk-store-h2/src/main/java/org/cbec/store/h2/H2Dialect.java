package org.cbec.store.h2;

import java.util.ArrayList;
import java.util.List;

import org.cbec.jdbc.Migration;
import org.cbec.jdbc.SchemaMigrator;
import org.cbec.store.jdbc.StoreDialect;

/**
 * H2's SQL for {@link org.cbec.store.jdbc.JdbcMessageStore}: times at the columns' millisecond precision (H2 rounds a
 * stored timestamp to the column's precision, so comparing it with a finer {@code CURRENT_TIMESTAMP} could find a row
 * written a moment ago not yet due), inserts that ignore an existing key as {@code INSERT … SELECT … WHERE NOT EXISTS}
 * with numbered parameters (no bind repeated), and claims as an index-ordered locking query plus a stamp per row.
 */
final class H2Dialect extends StoreDialect {

    /**
     * The schema, every version. 1 and 2 are the schema the store created before the migration runner (recorded then
     * in {@code cbec_schema}, adopted from there); every statement is safe to run again, since H2's DDL commits.
     */
    static final SchemaMigrator SCHEMA = SchemaMigrator.of("cbec-outbox", List.of(
            Migration.of(1, "outbox, receipts, correlations",
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
                            + "seq BIGINT AUTO_INCREMENT, PRIMARY KEY (corr_key, message_id))"),
            // H2 flushes an identity sequence with a commit of its own, a whole store write, each time its cache of 32
            // values runs out: every 16 messages with two keys each. Cached values lost in a crash leave gaps only.
            Migration.of(2, "identity caches of 100,000",
                    "ALTER TABLE cbec_correlation ALTER COLUMN seq SET CACHE 100000",
                    "ALTER TABLE cbec_receipt ALTER COLUMN seq SET CACHE 100000"),
            // Claims, completions and status changes rewrite a row; with the signed bytes and the envelope inline each
            // rewrite copied them (the committer's largest cost). They move to a table written once per message.
            Migration.of(3, "signed bytes and envelopes in cbec_payload, written once, with the content digest",
                    "CREATE TABLE IF NOT EXISTS cbec_payload (id VARCHAR(64) PRIMARY KEY, content_digest VARBINARY(32),"
                            + " signed_bytes VARBINARY NOT NULL, envelope_bytes VARBINARY NOT NULL)",
                    "INSERT INTO cbec_payload (id, signed_bytes, envelope_bytes) SELECT id, signed_bytes, envelope_bytes FROM cbec_outbox o"
                            + " WHERE NOT EXISTS (SELECT 1 FROM cbec_payload p WHERE p.id = o.id)"),
            Migration.of(4, "cbec_outbox without the payload columns; index by creation for reports",
                    "ALTER TABLE cbec_outbox DROP COLUMN IF EXISTS signed_bytes",
                    "ALTER TABLE cbec_outbox DROP COLUMN IF EXISTS envelope_bytes",
                    "CREATE INDEX IF NOT EXISTS cbec_outbox_created ON cbec_outbox(created_at, id)"),
            Migration.of(5, "receipts that named no stored message, kept with their raw bytes",
                    "CREATE TABLE IF NOT EXISTS cbec_unmatched (receipt_key VARCHAR(128) PRIMARY KEY, seq BIGINT AUTO_INCREMENT,"
                            + " received_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, message_type VARCHAR(40), envelope VARBINARY NOT NULL)",
                    "CREATE INDEX IF NOT EXISTS cbec_unmatched_received ON cbec_unmatched(received_at, seq)",
                    "CREATE TABLE IF NOT EXISTS cbec_unmatched_key (corr_key VARCHAR(255) NOT NULL, receipt_key VARCHAR(128) NOT NULL,"
                            + " pos INT NOT NULL, PRIMARY KEY (corr_key, receipt_key))",
                    "CREATE INDEX IF NOT EXISTS cbec_unmatched_key_receipt ON cbec_unmatched_key(receipt_key)")))
            .adoptingLegacy("cbec_schema");

    private static final String NOW = "CURRENT_TIMESTAMP(3)";

    @Override
    public SchemaMigrator schema() {
        return SCHEMA;
    }

    @Override
    public String now() {
        return NOW;
    }

    @Override
    public String nowPlusMillis() {
        return "DATEADD(MILLISECOND, ?, " + NOW + ")";
    }

    /** {@code INSERT INTO t (a, b, c) SELECT ?1, ?2, ?3 WHERE NOT EXISTS (SELECT 1 FROM t WHERE a = ?1)}. */
    @Override
    public String insertIgnoring(String table, List<String> columns, List<String> values, int keys) {
        List<String> numbered = new ArrayList<>(values.size());
        int n = 0;
        for (String v : values) {
            numbered.add(v.equals("?") ? "?" + ++n : v);
        }
        List<String> conditions = new ArrayList<>(keys);
        for (int i = 0; i < keys; i++) {
            if (!values.get(i).equals("?")) {
                throw new IllegalArgumentException("key column " + columns.get(i) + " must be a bind");
            }
            conditions.add(columns.get(i) + " = " + numbered.get(i));
        }
        // single writer (the committer), so no other transaction inserts between the check and the insert
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", numbered)
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + String.join(" AND ", conditions) + ")";
    }

    /**
     * H2 reads a {@code FOR UPDATE} query without its index order, locking (and so rewriting) every due row before it
     * sorts them: with 10,000 queued each claim rewrote the whole queue. The inner query walks the
     * {@code (state, next_attempt_at)} index in order and stops after max rows; only those are locked.
     */
    @Override
    public Claims claims() {
        return CLAIMS;
    }

    private static final Claims CLAIMS = Claims.lockThenStamp(
            "SELECT id, message_type, cop_msg_id, attempts FROM cbec_outbox"
                    + " WHERE id IN (SELECT id FROM cbec_outbox WHERE state = 'PENDING' AND next_attempt_at <= " + NOW
                    + " AND (lease_until IS NULL OR lease_until < " + NOW + ")"
                    + " ORDER BY state, next_attempt_at FETCH FIRST ? ROWS ONLY)"
                    + " AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < " + NOW + ") FOR UPDATE SKIP LOCKED",
            "UPDATE cbec_outbox SET claim_token = ?, lease_until = DATEADD(MILLISECOND, ?, " + NOW + ") WHERE id = ?");
}
