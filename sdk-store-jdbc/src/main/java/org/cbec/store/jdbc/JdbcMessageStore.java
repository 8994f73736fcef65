package org.cbec.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.FilingQuery;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.ReceiptOutcome;
import org.cbec.client.spi.ReceiptWrite;
import org.cbec.client.spi.StoredFiling;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.client.status.Status;
import org.cbec.store.jdbc.internal.InChunks;

/**
 * The {@link MessageStore} of every SQL database, written once: each operation's statements over the tables
 * {@code cbec_outbox} (delivery and status, rewritten by claims and completions), {@code cbec_payload} (the signed
 * bytes, the envelope and the content digest, written once per message and never updated), {@code cbec_receipt},
 * {@code cbec_correlation}, {@code cbec_unmatched} and {@code cbec_unmatched_key}, with what differs between databases
 * in a {@link StoreDialect}. A subclass decides how a transaction runs ({@link #write}, {@link #read}): the H2 store
 * through its group committer, the PostgreSQL store on a pooled connection each.
 *
 * <ul>
 *   <li><b>Idempotent enqueue.</b> The outbox row is inserted only when its id is new (the dialect's
 *       {@link StoreDialect#insertIgnoring insert that ignores an existing key}, atomic against concurrent
 *       transactions); for an id already stored the stored row is read in the same transaction and its content digest
 *       decides between duplicate and conflict. A batch is inserted in id order, so two instances enqueueing
 *       overlapping batches lock rows in the same order and never deadlock.</li>
 *   <li><b>Claims</b> stamp a fresh claim token and a lease from the database clock; completion, rescheduling,
 *       release and dead-lettering change a row only while its token matches.</li>
 *   <li><b>Reads</b> page by ({@code created_at}, {@code id}) and resolve many keys with fixed-size {@code IN} lists.</li>
 * </ul>
 *
 * <pre>{@code
 * public final class MyStore extends JdbcMessageStore {
 *     public MyStore(DataSource ds) { super(new MyDialect()); this.ds = ds; migrate(); }
 *     protected <T> T write(Work<T> work) { return inTransaction(work); }
 *     protected <T> T read(Work<T> work) { return inTransaction(work); }
 * }
 * }</pre>
 */
public abstract class JdbcMessageStore implements MessageStore {

    /** A unit of work on a connection in a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /** Runs on {@code c}; the caller commits. */
        T run(Connection c) throws SQLException;
    }

    private static final String OUTBOX_COLUMNS = "o.id, o.message_type, o.cop_msg_id, o.state, o.status, o.attempts,"
            + " o.next_attempt_at, o.last_error_class, o.last_error, p.signed_bytes, p.envelope_bytes, o.created_at, p.content_digest";
    private static final String MESSAGES = "SELECT " + OUTBOX_COLUMNS + " FROM cbec_outbox o JOIN cbec_payload p ON p.id = o.id";
    private static final String RECEIPT_COLUMNS = "receipt_key, message_type, kind, doc_guid, cop_msg_id, return_status, return_time, info";
    private static final String OWNED = " WHERE id = ? AND claim_token = ? AND state = 'PENDING'";
    /** Raises the status only forward: binds rank, status, rank. */
    private static final String RAISE_STATUS = " status = CASE WHEN status_rank < ? THEN ? ELSE status END,"
            + " status_rank = CASE WHEN status_rank < ? THEN ? ELSE status_rank END";

    /** The dialect of this store's database. */
    protected final StoreDialect dialect;

    private final String insertOutbox;
    private final String insertCorrelation;
    private final String insertReceipt;
    private final String insertUnmatched;
    private final String insertUnmatchedKey;
    private final String complete;
    private final String reschedule;
    private final String release;
    private final String deadLetter;

    protected JdbcMessageStore(StoreDialect dialect) {
        this.dialect = dialect;
        this.insertOutbox = dialect.insertIgnoring("cbec_outbox", List.of("id", "message_type", "cop_msg_id", "state", "status",
                "status_rank", "attempts", "next_attempt_at", "created_at"),
                List.of("?", "?", "?", "'PENDING'", "?", "?", "0", dialect.now(), dialect.now()), 1);
        this.insertCorrelation = dialect.insertIgnoring("cbec_correlation", List.of("corr_key", "message_id"), List.of("?", "?"), 2);
        this.insertReceipt = dialect.insertIgnoring("cbec_receipt", List.of("message_id", "receipt_key", "message_type", "kind",
                "doc_guid", "cop_msg_id", "return_status", "return_time", "info"), List.of("?", "?", "?", "?", "?", "?", "?", "?", "?"), 2);
        this.insertUnmatched = dialect.insertIgnoring("cbec_unmatched", List.of("receipt_key", "received_at", "message_type", "envelope"),
                List.of("?", "?", "?", "?"), 1);
        this.insertUnmatchedKey = dialect.insertIgnoring("cbec_unmatched_key", List.of("corr_key", "receipt_key", "pos"),
                List.of("?", "?", "?"), 2);
        this.complete = "UPDATE cbec_outbox SET state = 'SENT', claim_token = NULL, lease_until = NULL," + RAISE_STATUS + OWNED;
        this.reschedule = "UPDATE cbec_outbox SET attempts = attempts + 1, last_error_class = ?, last_error = ?, claim_token = NULL,"
                + " lease_until = NULL, next_attempt_at = " + dialect.nowPlusMillis() + OWNED;
        this.release = "UPDATE cbec_outbox SET claim_token = NULL, lease_until = NULL, next_attempt_at = " + dialect.nowPlusMillis() + OWNED;
        this.deadLetter = "UPDATE cbec_outbox SET state = 'DEAD_LETTER', attempts = attempts + 1, last_error_class = ?, last_error = ?,"
                + " claim_token = NULL, lease_until = NULL," + RAISE_STATUS + OWNED;
    }

    /** Runs {@code work} in a transaction that is durable when this returns; the store's writes all go through here. */
    protected abstract <T> T write(Work<T> work);

    /** Runs {@code work} in a read transaction. */
    protected abstract <T> T read(Work<T> work);

    /**
     * The prepared claim query on {@code c}. A store that keeps one connection for its writes may keep it prepared and
     * answer {@code true} from {@link #keepsClaimPrepared()} (H2 never caches a {@code FOR UPDATE} query itself).
     */
    protected PreparedStatement prepareClaim(Connection c, String sql) throws SQLException {
        return c.prepareStatement(sql);
    }

    /** Whether {@link #prepareClaim} hands out a statement the store keeps (not to be closed after use). */
    protected boolean keepsClaimPrepared() {
        return false;
    }

    // ---- enqueue

    @Override
    public EnqueueResult enqueue(OutboxEntry entry) {
        return write(c -> insert(c, List.of(entry))).get(0);
    }

    @Override
    public List<EnqueueResult> enqueueAll(List<OutboxEntry> entries) {
        return entries.isEmpty() ? List.of() : List.copyOf(write(c -> insert(c, List.copyOf(entries))));
    }

    /**
     * Inserts {@code entries} on {@code c} in the caller's transaction, as {@link #enqueueAll} defines: rows, payloads
     * and keys as three JDBC batches, in id order (a stable sort, so a repeated id is judged against its first
     * occurrence), then the stored rows of the ids that were not new.
     */
    protected final List<EnqueueResult> insert(Connection c, List<OutboxEntry> entries) throws SQLException {
        int[] order = IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparing(i -> entries.get(i).id())).mapToInt(Integer::intValue).toArray();
        boolean[] added = new boolean[entries.size()];
        try (PreparedStatement ps = c.prepareStatement(insertOutbox)) {
            for (int i : order) {
                OutboxEntry e = entries.get(i);
                ps.setString(1, e.id());
                ps.setString(2, e.messageType());
                ps.setString(3, e.copMsgId());
                ps.setString(4, e.status().name());
                ps.setInt(5, e.status().rank());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int k = 0; k < order.length; k++) {
                added[order[k]] = counts[k] > 0;
            }
        }
        try (PreparedStatement payload = c.prepareStatement("INSERT INTO cbec_payload (id, content_digest, signed_bytes, envelope_bytes)"
                + " VALUES (?, ?, ?, ?)"); PreparedStatement keys = c.prepareStatement(insertCorrelation)) {
            boolean anyKey = false;
            for (int i : order) {
                if (!added[i]) {
                    continue;
                }
                OutboxEntry e = entries.get(i);
                payload.setString(1, e.id());
                payload.setBytes(2, e.contentDigest());
                payload.setBytes(3, e.signedBytes());
                payload.setBytes(4, e.envelope());
                payload.addBatch();
                for (String k : e.correlationKeys()) {
                    keys.setString(1, truncate(k, 255));
                    keys.setString(2, e.id());
                    keys.addBatch();
                    anyKey = true;
                }
            }
            if (IntStream.range(0, added.length).anyMatch(i -> added[i])) {
                payload.executeBatch();
            }
            if (anyKey) {
                keys.executeBatch();
            }
        }
        List<EnqueueResult> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            out.add(added[i] ? EnqueueResult.added() : judge(entries.get(i), find(c, entries.get(i).id())
                    .orElseThrow(() -> new SQLException("a stored id vanished within its transaction"))));
        }
        return out;
    }

    /** Duplicate or conflict: by digest, or for a row stored before digests were kept, by its signed bytes. */
    private static EnqueueResult judge(OutboxEntry entry, StoredMessage stored) {
        boolean same = stored.contentDigest() != null ? Arrays.equals(stored.contentDigest(), entry.contentDigest())
                : Arrays.equals(stored.signedBytes(), entry.signedBytes());
        return same ? EnqueueResult.duplicate(stored) : EnqueueResult.conflict(stored);
    }

    // ---- claims and their completion

    @Override
    public List<Claim> claimDue(int max, Duration lease) {
        return write(c -> claim(c, max, lease));
    }

    private List<Claim> claim(Connection c, int max, Duration lease) throws SQLException {
        StoreDialect.Claims sql = dialect.claims();
        List<Claim> claims = new ArrayList<>();
        if (sql.returning() != null) {
            PreparedStatement ps = prepareClaim(c, sql.returning());
            try {
                ps.setInt(1, max);
                ps.setLong(2, lease.toMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBytes(6)));
                    }
                }
            } finally {
                if (!keepsClaimPrepared()) {
                    ps.close();
                }
            }
            return claims;
        }
        record Due(String id, String type, String copMsgId, int attempts) {
        }
        List<Due> due = new ArrayList<>();
        PreparedStatement ps = prepareClaim(c, sql.lockDue());
        try {
            ps.setInt(1, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        } finally {
            if (!keepsClaimPrepared()) {
                ps.close();
            }
        }
        if (due.isEmpty()) {
            return claims;
        }
        Map<String, byte[]> envelopes = new HashMap<>();
        try (PreparedStatement env = c.prepareStatement("SELECT id, envelope_bytes FROM cbec_payload WHERE id IN " + InChunks.LIST);
                PreparedStatement stamp = c.prepareStatement(sql.stamp())) {
            for (List<String> chunk : InChunks.split(due.stream().map(Due::id).toList())) {
                InChunks.bind(env, 1, chunk);
                try (ResultSet rs = env.executeQuery()) {
                    while (rs.next()) {
                        envelopes.put(rs.getString(1), rs.getBytes(2));
                    }
                }
            }
            for (Due d : due) {
                Claim claim = new Claim(d.id(), d.type(), d.copMsgId(), UUID.randomUUID().toString(), d.attempts(), envelopes.get(d.id()));
                stamp.setString(1, claim.claimToken());
                stamp.setLong(2, lease.toMillis());
                stamp.setString(3, claim.id());
                stamp.addBatch();
                claims.add(claim);
            }
            stamp.executeBatch();
        }
        return claims;
    }

    @Override
    public boolean complete(Claim claim, Status status) {
        return update(complete, status.rank(), status.name(), status.rank(), status.rank(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean reschedule(Claim claim, Duration delay, String errorClass, String error) {
        return update(reschedule, truncate(errorClass, 200), truncate(error, 1000), delay.toMillis(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean release(Claim claim, Duration delay) {
        return update(release, delay.toMillis(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean deadLetter(Claim claim, String errorClass, String reason, Status status) {
        return update(deadLetter, truncate(errorClass, 200), truncate(reason, 1000), status.rank(), status.name(), status.rank(),
                status.rank(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean advanceStatus(String id, Status status) {
        return write(c -> advance(c, id, status));
    }

    private static boolean advance(Connection c, String id, Status status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cbec_outbox SET status = ?, status_rank = ? WHERE id = ? AND status_rank < ?")) {
            bind(ps, status.name(), status.rank(), id, status.rank());
            return ps.executeUpdate() == 1;
        }
    }

    // ---- receipts and correlations

    @Override
    public boolean recordReceipt(String id, StoredReceipt receipt) {
        return write(c -> record(c, id, receipt));
    }

    /** One transaction for all the writes (the H2 store: one sync, shared with the other writes of its batch). */
    @Override
    public List<ReceiptOutcome> recordReceipts(List<ReceiptWrite> writes) {
        return write(c -> {
            List<ReceiptOutcome> out = new ArrayList<>(writes.size());
            for (ReceiptWrite w : writes) {
                boolean recorded = record(c, w.id(), w.receipt());
                out.add(new ReceiptOutcome(recorded, recorded && w.status() != null && advance(c, w.id(), w.status())));
            }
            return out;
        });
    }

    private boolean record(Connection c, String id, StoredReceipt r) throws SQLException {
        if (!exists(c, id)) {
            return false; // messages are never deleted: a receipt of an unknown id stays unknown in this transaction
        }
        try (PreparedStatement ps = c.prepareStatement(insertReceipt)) {
            bind(ps, id, truncate(r.key(), 200), r.messageType(), r.kind(), truncate(r.guid(), 64), truncate(r.copMsgId(), 255),
                    truncate(r.returnStatus(), 16), truncate(r.returnTime(), 20), truncate(r.info(), 1000));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (dialect.isDuplicateKey(e)) {
                return false; // a concurrent recorder won
            }
            throw e;
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cbec_outbox WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public List<StoredReceipt> receipts(String id) {
        return read(c -> receiptsOf(c, List.of(id)).getOrDefault(id, List.of()));
    }

    /** The receipts of {@code ids}, each list in the order recorded. */
    private static Map<String, List<StoredReceipt>> receiptsOf(Connection c, List<String> ids) throws SQLException {
        Map<String, List<StoredReceipt>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT message_id, " + RECEIPT_COLUMNS + " FROM cbec_receipt WHERE message_id IN "
                + InChunks.LIST + " ORDER BY message_id, seq")) {
            for (List<String> chunk : InChunks.split(List.copyOf(new LinkedHashSet<>(ids)))) {
                InChunks.bind(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredReceipt(rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void addCorrelation(String key, String id) {
        update(insertCorrelation, truncate(key, 255), id);
    }

    @Override
    public Optional<String> correlate(String key) {
        return read(c -> {
            if (exists(c, key)) {
                return Optional.of(key);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT message_id FROM cbec_correlation WHERE corr_key = ? ORDER BY seq DESC LIMIT 1")) {
                ps.setString(1, truncate(key, 255));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Per chunk of keys, one query for the keys that are message ids and one for the correlation keys (the most recent
     * message wins); an id beats a key.
     */
    @Override
    public Map<String, String> correlateAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return read(c -> {
            Map<String, String> byId = new HashMap<>();
            Map<String, String> byKey = new HashMap<>();
            try (PreparedStatement ids = c.prepareStatement("SELECT id FROM cbec_outbox WHERE id IN " + InChunks.LIST);
                    PreparedStatement correlations = c.prepareStatement("SELECT corr_key, message_id FROM cbec_correlation WHERE corr_key IN "
                            + InChunks.LIST + " ORDER BY seq")) {
                for (List<String> chunk : InChunks.split(List.copyOf(new LinkedHashSet<>(keys)))) {
                    InChunks.bind(ids, 1, chunk);
                    try (ResultSet rs = ids.executeQuery()) {
                        while (rs.next()) {
                            byId.put(rs.getString(1), rs.getString(1));
                        }
                    }
                    InChunks.bind(correlations, 1, chunk);
                    try (ResultSet rs = correlations.executeQuery()) {
                        while (rs.next()) {
                            byKey.put(rs.getString(1), rs.getString(2)); // ordered by seq: the most recent one stays
                        }
                    }
                }
            }
            byKey.putAll(byId);
            return byKey;
        });
    }

    @Override
    public List<String> correlated(String key) {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT message_id FROM cbec_correlation WHERE corr_key = ? ORDER BY seq")) {
                ps.setString(1, truncate(key, 255));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    // ---- reading rows

    @Override
    public Optional<StoredMessage> find(String id) {
        return read(c -> find(c, id));
    }

    private static Optional<StoredMessage> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MESSAGES + " WHERE o.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(message(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public void forEach(DeliveryState state, Consumer<StoredMessage> action) {
        // Pages by (created_at, id), so that neither the heap nor one result set holds the whole queue.
        Instant afterAt = null;
        String afterId = null;
        while (true) {
            List<StoredMessage> page = page(List.of("o.state = ?"), List.of(state.name()), afterAt, afterId, FILING_PAGE);
            page.forEach(action);
            if (page.size() < FILING_PAGE) {
                return;
            }
            afterAt = page.get(page.size() - 1).createdAt();
            afterId = page.get(page.size() - 1).id();
        }
    }

    @Override
    public long count(DeliveryState state) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cbec_outbox WHERE state = ?")) {
                ps.setString(1, state.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<StoredFiling> filingPage(FilingQuery query, int max) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (query.from() != null) {
            where.add("o.created_at >= ?");
            args.add(query.from());
        }
        if (query.to() != null) {
            where.add("o.created_at < ?");
            args.add(query.to());
        }
        if (!query.messageTypes().isEmpty()) {
            where.add("o.message_type IN (" + String.join(", ", java.util.Collections.nCopies(query.messageTypes().size(), "?")) + ")");
            args.addAll(query.messageTypes().stream().sorted().toList());
        }
        return read(c -> {
            List<StoredMessage> rows = page(c, where, args, query.afterCreatedAt(), query.afterId(), max);
            Map<String, List<StoredReceipt>> receipts = receiptsOf(c, rows.stream().map(StoredMessage::id).toList());
            List<StoredFiling> out = new ArrayList<>(rows.size());
            for (StoredMessage m : rows) {
                out.add(new StoredFiling(m, receipts.getOrDefault(m.id(), List.of())));
            }
            return out;
        });
    }

    private List<StoredMessage> page(List<String> where, List<Object> args, Instant afterAt, String afterId, int max) {
        return read(c -> page(c, where, args, afterAt, afterId, max));
    }

    /** Up to {@code max} rows meeting {@code where} after ({@code afterAt}, {@code afterId}), in that order. */
    private static List<StoredMessage> page(Connection c, List<String> where, List<Object> args, Instant afterAt, String afterId, int max)
            throws SQLException {
        List<String> conditions = new ArrayList<>(where);
        List<Object> binds = new ArrayList<>(args);
        if (afterAt != null) {
            conditions.add("(o.created_at > ? OR (o.created_at = ? AND o.id > ?))");
            binds.addAll(List.of(afterAt, afterAt, afterId));
        }
        binds.add(max);
        // LIMIT in the text, not setMaxRows: the planner then walks the (created_at, id) index instead of sorting the table
        String sql = MESSAGES + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY o.created_at, o.id LIMIT ?";
        List<StoredMessage> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, binds.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(message(rs));
                }
            }
        }
        return out;
    }

    // ---- unmatched receipts

    @Override
    public boolean recordUnmatched(UnmatchedReceipt r) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(insertUnmatched)) {
                bind(ps, r.key(), r.receivedAt(), truncate(r.messageType(), 40), r.envelope());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            } catch (SQLException e) {
                if (dialect.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
            if (!r.correlationKeys().isEmpty()) {
                try (PreparedStatement keys = c.prepareStatement(insertUnmatchedKey)) {
                    int pos = 0;
                    for (String k : r.correlationKeys()) {
                        bind(keys, truncate(k, 255), r.key(), pos++);
                        keys.addBatch();
                    }
                    keys.executeBatch();
                }
            }
            return true;
        });
    }

    @Override
    public List<UnmatchedReceipt> unmatched(int max) {
        return read(c -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT receipt_key FROM cbec_unmatched ORDER BY received_at, seq LIMIT ?")) {
                ps.setInt(1, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                }
            }
            return unmatched(c, keys);
        });
    }

    @Override
    public long countUnmatched() {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cbec_unmatched"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<UnmatchedReceipt> unmatchedFor(Collection<String> correlationKeys) {
        if (correlationKeys.isEmpty()) {
            return List.of();
        }
        return read(c -> {
            Collection<String> found = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT receipt_key FROM cbec_unmatched_key WHERE corr_key IN " + InChunks.LIST)) {
                for (List<String> chunk : InChunks.split(correlationKeys.stream().map(k -> truncate(k, 255)).distinct().toList())) {
                    InChunks.bind(ps, 1, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getString(1));
                        }
                    }
                }
            }
            return unmatched(c, List.copyOf(found));
        });
    }

    /** The receipts of {@code keys} with their correlation keys, oldest first. */
    private static List<UnmatchedReceipt> unmatched(Connection c, List<String> keys) throws SQLException {
        record Row(String key, Instant receivedAt, long seq, String type, byte[] envelope) {
        }
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> correlation = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT receipt_key, received_at, seq, message_type, envelope FROM cbec_unmatched"
                + " WHERE receipt_key IN " + InChunks.LIST);
                PreparedStatement ks = c.prepareStatement("SELECT receipt_key, corr_key FROM cbec_unmatched_key WHERE receipt_key IN "
                        + InChunks.LIST + " ORDER BY receipt_key, pos")) {
            for (List<String> chunk : InChunks.split(keys)) {
                InChunks.bind(ps, 1, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), instant(rs, 2), rs.getLong(3), rs.getString(4), rs.getBytes(5)));
                    }
                }
                InChunks.bind(ks, 1, chunk);
                try (ResultSet rs = ks.executeQuery()) {
                    while (rs.next()) {
                        correlation.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(Row::receivedAt).thenComparingLong(Row::seq));
        List<UnmatchedReceipt> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new UnmatchedReceipt(r.key(), r.receivedAt(), r.type(), correlation.getOrDefault(r.key(), List.of()), r.envelope()));
        }
        return out;
    }

    @Override
    public boolean resolveUnmatched(String key) {
        return write(c -> {
            try (PreparedStatement keys = c.prepareStatement("DELETE FROM cbec_unmatched_key WHERE receipt_key = ?");
                    PreparedStatement receipt = c.prepareStatement("DELETE FROM cbec_unmatched WHERE receipt_key = ?")) {
                keys.setString(1, key);
                keys.executeUpdate();
                receipt.setString(1, key);
                return receipt.executeUpdate() == 1;
            }
        });
    }

    // ---- plumbing

    private int update(String sql, Object... args) {
        return write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    /** Binds strings, ints, longs, byte arrays, instants (as {@code TIMESTAMP WITH TIME ZONE}) and {@code null}s. */
    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (a instanceof byte[] b) {
                ps.setBytes(i + 1, b);
            } else if (a instanceof Instant t) {
                ps.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (a == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    private static StoredMessage message(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getString(1), rs.getString(2), rs.getString(3), DeliveryState.valueOf(rs.getString(4)),
                Status.valueOf(rs.getString(5)), rs.getInt(6), instant(rs, 7), rs.getString(8), rs.getString(9), rs.getBytes(10),
                rs.getBytes(11), instant(rs, 12), rs.getBytes(13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** {@code s} cut to a column's width ({@code null} stays {@code null}). */
    protected static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
