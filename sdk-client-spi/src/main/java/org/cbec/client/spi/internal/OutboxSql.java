package org.cbec.client.spi.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.status.Status;
import org.cbec.client.spi.StoredReceipt;

/**
 * What the SQL stores (the embedded H2 store, {@code sdk-store-postgres}) share: the statements that are the same in
 * every dialect over the tables {@code cbec_outbox} and {@code cbec_receipt}, and the mapping of their rows. Dialect
 * specific SQL (claims, times, inserts that ignore duplicates) stays in each store.
 *
 * <pre>{@code
 * try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE id = ?")) {
 *     ps.setString(1, id);
 *     try (ResultSet rs = ps.executeQuery()) { return rs.next() ? Optional.of(OutboxSql.message(rs)) : Optional.empty(); }
 * }
 * }</pre>
 */
public final class OutboxSql {

    /** The columns {@link #message} reads, in its order. */
    public static final String COLUMNS = "id, message_type, cop_msg_id, state, status, status_rank, attempts, next_attempt_at, "
            + "last_error_class, last_error, signed_bytes, envelope_bytes, created_at, content_digest";

    /** The receipts of one message ({@code ?}), in the order recorded, as {@link #receipt} reads them. */
    public static final String RECEIPTS = "SELECT receipt_key, message_type, kind, doc_guid, cop_msg_id, return_status, return_time, info"
            + " FROM cbec_receipt WHERE message_id = ? ORDER BY seq";

    /** The condition that a claim is still the row's: binds id, claim token. Append to a dialect's update. */
    public static final String OWNED = " WHERE id = ? AND claim_token = ? AND state = 'PENDING'";

    /** Raises the status only forward: binds rank, status, rank. */
    private static final String RAISE_STATUS = " status = CASE WHEN status_rank < ? THEN ? ELSE status END, status_rank = GREATEST(status_rank, ?)";

    /** Binds: rank, status, rank, id, claim token. */
    public static final String COMPLETE = "UPDATE cbec_outbox SET state = 'SENT', claim_token = NULL, lease_until = NULL," + RAISE_STATUS + OWNED;

    /** Binds: error class, reason, rank, status, rank, id, claim token. */
    public static final String DEAD_LETTER = "UPDATE cbec_outbox SET state = 'DEAD_LETTER', attempts = attempts + 1,"
            + " last_error_class = ?, last_error = ?, claim_token = NULL, lease_until = NULL," + RAISE_STATUS + OWNED;

    /** Binds: status, rank, id, rank. */
    public static final String ADVANCE_STATUS = "UPDATE cbec_outbox SET status = ?, status_rank = ? WHERE id = ? AND status_rank < ?";

    /** How many rows are in a state ({@code ?}). */
    public static final String COUNT = "SELECT COUNT(*) FROM cbec_outbox WHERE state = ?";

    /** The messages a correlation key ({@code ?}) designates, oldest first. */
    public static final String CORRELATED = "SELECT message_id FROM cbec_correlation WHERE corr_key = ? ORDER BY seq";

    /** Keys per statement of {@link #correlateAll}; a shorter last chunk repeats a key, so one statement text serves all. */
    static final int CORRELATE_CHUNK = 64;

    private static final String IN_CHUNK = "(" + String.join(", ", Collections.nCopies(CORRELATE_CHUNK, "?")) + ")";
    private static final String IDS_IN = "SELECT id FROM cbec_outbox WHERE id IN " + IN_CHUNK;
    private static final String KEYS_IN = "SELECT corr_key, message_id FROM cbec_correlation WHERE corr_key IN " + IN_CHUNK + " ORDER BY seq";

    /** Rows per page when streaming a state. */
    public static final int PAGE = 500;

    private OutboxSql() {
    }

    /** The message at the cursor of a result of {@link #COLUMNS}. */
    public static StoredMessage message(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getString(1), rs.getString(2), rs.getString(3), DeliveryState.valueOf(rs.getString(4)),
                Status.valueOf(rs.getString(5)), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10),
                rs.getBytes(11), rs.getBytes(12), rs.getTimestamp(13).toInstant(), rs.getBytes(14));
    }

    /** The receipt at the cursor of a result of {@link #RECEIPTS}. */
    public static StoredReceipt receipt(ResultSet rs) throws SQLException {
        return new StoredReceipt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }

    /**
     * {@code MessageStore.correlateAll} on connection {@code c}: per chunk of {@value #CORRELATE_CHUNK} keys, one query
     * for the keys that are message ids, one for the correlation keys (the most recent message wins); an id beats a key.
     */
    public static Map<String, String> correlateAll(Connection c, Collection<String> keys) throws SQLException {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        Map<String, String> byId = new HashMap<>();
        Map<String, String> byKey = new HashMap<>();
        try (PreparedStatement ids = c.prepareStatement(IDS_IN); PreparedStatement correlations = c.prepareStatement(KEYS_IN)) {
            for (int from = 0; from < distinct.size(); from += CORRELATE_CHUNK) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CORRELATE_CHUNK));
                bindChunk(ids, chunk);
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        byId.put(rs.getString(1), rs.getString(1));
                    }
                }
                bindChunk(correlations, chunk);
                try (ResultSet rs = correlations.executeQuery()) {
                    while (rs.next()) {
                        byKey.put(rs.getString(1), rs.getString(2)); // ordered by seq: the most recent one stays
                    }
                }
            }
        }
        byKey.putAll(byId);
        return byKey;
    }

    private static void bindChunk(PreparedStatement ps, List<String> chunk) throws SQLException {
        for (int i = 0; i < CORRELATE_CHUNK; i++) {
            ps.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }

    /** {@code s} cut to a column's width ({@code null} stays {@code null}). */
    public static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
