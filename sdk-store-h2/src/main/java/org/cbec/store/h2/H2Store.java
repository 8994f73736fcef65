package org.cbec.store.h2;

import static org.cbec.client.spi.internal.OutboxSql.truncate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.cbec.client.status.Status;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.ReceiptOutcome;
import org.cbec.client.spi.ReceiptWrite;
import org.cbec.client.spi.StoreException;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.client.spi.internal.OutboxSql;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MessageStore} in an embedded H2 database. Every write (enqueue, claim, complete, reschedule, receipt, status)
 * goes through one committer thread that runs whatever writes arrived concurrently in one transaction, each under its
 * own savepoint (group commit), so durable commits ({@code WRITE_DELAY=0}) cost one sync per batch rather than per
 * write; each call returns once its batch committed. Reads use pooled connections. Claims use
 * {@code SELECT … FOR UPDATE SKIP LOCKED}; lease times come from {@code CURRENT_TIMESTAMP(3)},
 * always at the columns' millisecond precision: H2 rounds a timestamp to the column's precision when storing it, so
 * comparing a stored value with a finer {@code CURRENT_TIMESTAMP} could find a row written a moment ago not yet due.
 */
public final class H2Store implements MessageStore {

    private static final Logger LOG = LoggerFactory.getLogger(H2Store.class);
    private static final int SCHEMA_VERSION = 3;
    private static final int MAX_BATCH = 512;

    private final JdbcConnectionPool pool;
    /** The database file, or null for a URL not of the form jdbc:h2:file:. */
    private final java.nio.file.Path file;
    private final BlockingQueue<Pending<?>> queue = new ArrayBlockingQueue<>(8192);
    private final Thread committer;
    private Connection writer; // the committer thread's only
    private PreparedStatement claimQuery; // on the writer; closed with it
    private volatile boolean closed;

    private static final class Pending<T> {
        final Work<T> work;
        final CompletableFuture<T> done = new CompletableFuture<>();
        T result;

        Pending(Work<T> work) {
            this.work = work;
        }
    }

    public H2Store(String jdbcUrl) {
        this.file = H2Failures.file(jdbcUrl);
        boolean existed = file != null && java.nio.file.Files.exists(file);
        this.pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        pool.setMaxConnections(16);
        try {
            migrate();
        } catch (StoreException e) {
            pool.dispose();
            if (!existed) {
                H2Failures.removeCreated(file);
            }
            throw e;
        }
        committer = new Thread(this::commitLoop, "cbec-h2-committer");
        committer.setDaemon(true);
        committer.start();
    }

    private void migrate() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS cbec_schema (version INT NOT NULL)");
            int version = 0;
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM cbec_schema")) {
                if (rs.next()) {
                    version = rs.getInt(1);
                }
            }
            if (version < 1) {
                s.execute("CREATE TABLE IF NOT EXISTS cbec_outbox ("
                        + "id VARCHAR(64) PRIMARY KEY, message_type VARCHAR(40) NOT NULL, cop_msg_id VARCHAR(255) NOT NULL,"
                        + "state VARCHAR(16) NOT NULL, status VARCHAR(32) NOT NULL, status_rank INT NOT NULL,"
                        + "attempts INT DEFAULT 0 NOT NULL, next_attempt_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,"
                        + "lease_until TIMESTAMP(3) WITH TIME ZONE, claim_token VARCHAR(36),"
                        + "last_error_class VARCHAR(200), last_error VARCHAR(1000),"
                        + "signed_bytes VARBINARY NOT NULL, envelope_bytes VARBINARY NOT NULL,"
                        + "created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS cbec_outbox_due ON cbec_outbox(state, next_attempt_at)");
                s.execute("CREATE TABLE IF NOT EXISTS cbec_receipt (message_id VARCHAR(64) NOT NULL, receipt_key VARCHAR(200) NOT NULL,"
                        + "seq BIGINT AUTO_INCREMENT, message_type VARCHAR(40), kind VARCHAR(16) NOT NULL, doc_guid VARCHAR(64), cop_msg_id VARCHAR(255),"
                        + " return_status VARCHAR(16),"
                        + "return_time VARCHAR(20), info VARCHAR(1000), PRIMARY KEY (message_id, receipt_key))");
                s.execute("CREATE TABLE IF NOT EXISTS cbec_correlation (corr_key VARCHAR(255) NOT NULL, message_id VARCHAR(64) NOT NULL,"
                        + "seq BIGINT AUTO_INCREMENT, PRIMARY KEY (corr_key, message_id))");
                s.execute("INSERT INTO cbec_schema VALUES (1)");
            }
            if (version < 2) {
                // H2 flushes an identity sequence with a commit of its own, a whole store write, each time its cache of
                // 32 values runs out: every 16 messages with two keys each. Cached values lost in a crash leave gaps only.
                s.execute("ALTER TABLE cbec_correlation ALTER COLUMN seq SET CACHE 100000");
                s.execute("ALTER TABLE cbec_receipt ALTER COLUMN seq SET CACHE 100000");
                s.execute("INSERT INTO cbec_schema VALUES (2)");
            }
            if (version < 3) {
                // a guid is an idempotency key (the digest of what identifies the filing; null for rows stored before),
                // and no receipt is lost: inbound envelopes that match no message are kept until their message appears
                s.execute("ALTER TABLE cbec_outbox ADD COLUMN IF NOT EXISTS content_digest VARBINARY(32)");
                s.execute("CREATE TABLE IF NOT EXISTS cbec_unmatched (receipt_key VARCHAR(64) PRIMARY KEY, seq BIGINT AUTO_INCREMENT,"
                        + " received_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, message_type VARCHAR(40), envelope VARBINARY NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS cbec_unmatched_key (corr_key VARCHAR(255) NOT NULL, receipt_key VARCHAR(64) NOT NULL,"
                        + " PRIMARY KEY (corr_key, receipt_key))");
                s.execute("INSERT INTO cbec_schema VALUES (" + SCHEMA_VERSION + ")");
            }
            c.commit();
        } catch (SQLException e) {
            throw H2Failures.explain("opening the store (creating or migrating its schema)", file, e);
        }
    }

    // ---- group commit: every write goes through one committer thread ----

    /**
     * Runs {@code work} in the committer's next transaction, together with whatever other writes are waiting, and
     * returns its result once that transaction committed. A failing item is rolled back to its savepoint alone.
     */
    private <T> T durably(Work<T> work) {
        if (closed) {
            throw new StoreException("store is closed", null);
        }
        Pending<T> p = new Pending<>(work);
        try {
            queue.put(p);
            return p.done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing to the store", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException se ? se : new StoreException("H2 store write failed", e.getCause());
        }
    }

    private void commitLoop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                dropWriter(); // rolls back what the batch wrote
                LOG.error("committer failed a batch of {}", batch.size(), e);
                batch.forEach(p -> p.done.completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending<?>> batch) {
        List<Pending<?>> ok = new ArrayList<>(batch.size());
        // One named savepoint, set again before each write, rather than JDBC savepoints: H2 names those
        // SYSTEM_SAVEPOINT_<n>, a new statement text each time, which would push the writes' parsed statements out of
        // the session's query cache and have every write parse its SQL again.
        try (PreparedStatement savepoint = writer().prepareStatement("SAVEPOINT cbec_write");
                PreparedStatement rollback = writer().prepareStatement("ROLLBACK TO SAVEPOINT cbec_write")) {
            Connection c = writer();
            int i = 0;
            while (i < batch.size()) {
                int end = i;
                while (end < batch.size() && batch.get(end).work instanceof Enqueue) {
                    end++;
                }
                if (end - i > 1) {
                    // consecutive enqueues: one JDBC batch for all their rows, one for all their keys
                    List<Pending<?>> run = batch.subList(i, end);
                    savepoint.execute();
                    try {
                        enqueueTogether(run, c);
                        ok.addAll(run);
                        i = end;
                        continue;
                    } catch (SQLException | RuntimeException e) {
                        rollback.execute(); // one of them failed: run them one by one below, to fail that one alone
                    }
                } else {
                    end = i + 1;
                }
                for (Pending<?> p : batch.subList(i, end)) {
                    savepoint.execute();
                    try {
                        run(p, c);
                        ok.add(p);
                    } catch (SQLException | RuntimeException e) {
                        rollback.execute();
                        p.done.completeExceptionally(e instanceof StoreException ? e : new StoreException("H2 store write failed", e));
                    }
                }
                i = end;
            }
            c.commit();
        } catch (SQLException e) {
            dropWriter();
            StoreException failure = H2Failures.explain("committing a batch of " + batch.size() + " writes", file, e);
            // every write of the batch, also those not run yet (completing one that already failed changes nothing)
            batch.forEach(p -> p.done.completeExceptionally(failure));
            return;
        }
        ok.forEach(H2Store::complete);
    }

    /**
     * The committer's own connection, kept open: its session's cache keeps the writes' statements parsed (a pooled
     * connection taken per batch would parse them again on each of the pool's connections).
     */
    private Connection writer() throws SQLException {
        if (writer == null) {
            writer = pool.getConnection();
            writer.setAutoCommit(false);
        }
        return writer;
    }

    private void dropWriter() {
        if (writer != null) {
            try {
                if (claimQuery != null) {
                    claimQuery.close();
                }
                writer.close();
            } catch (SQLException ignored) {
                // replaced by a new one on the next batch
            }
            writer = null;
            claimQuery = null;
        }
    }

    /** Runs several {@link Enqueue} writes as one insert batch and hands each its part of the result. */
    @SuppressWarnings("unchecked")
    private static void enqueueTogether(List<Pending<?>> run, Connection c) throws SQLException {
        List<OutboxEntry> all = new ArrayList<>();
        for (Pending<?> p : run) {
            all.addAll(((Enqueue) p.work).entries());
        }
        List<EnqueueResult> added = insert(c, all);
        int from = 0;
        for (Pending<?> p : run) {
            int n = ((Enqueue) p.work).entries().size();
            ((Pending<List<EnqueueResult>>) p).result = added.subList(from, from + n);
            from += n;
        }
    }

    private static <T> void run(Pending<T> p, Connection c) throws SQLException {
        p.result = p.work.run(c);
    }

    private static <T> void complete(Pending<T> p) {
        p.done.complete(p.result);
    }

    @Override
    public EnqueueResult enqueue(OutboxEntry e) {
        return durably(new Enqueue(List.of(e))).get(0);
    }

    /** Inserts every entry in one transaction, with one sync, as one JDBC batch. */
    @Override
    public List<EnqueueResult> enqueueAll(List<OutboxEntry> entries) {
        return entries.isEmpty() ? List.of() : List.copyOf(durably(new Enqueue(List.copyOf(entries))));
    }

    /** An enqueue the committer can merge with the enqueues next to it in its batch. */
    private record Enqueue(List<OutboxEntry> entries) implements Work<List<EnqueueResult>> {
        @Override
        public List<EnqueueResult> run(Connection c) throws SQLException {
            return insert(c, entries);
        }
    }

    private static List<EnqueueResult> insert(Connection c, List<OutboxEntry> entries) throws SQLException {
        List<Boolean> added = new ArrayList<>(entries.size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cbec_outbox (id, message_type, cop_msg_id, state, status,"
                + " status_rank, attempts, next_attempt_at, signed_bytes, envelope_bytes, created_at, content_digest)"
                + " SELECT ?, ?, ?, 'PENDING', ?, ?, 0, CURRENT_TIMESTAMP(3), ?, ?, CURRENT_TIMESTAMP(3), ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM cbec_outbox WHERE id = ?)")) {
            for (OutboxEntry e : entries) {
                ps.setString(1, e.id());
                ps.setString(2, e.messageType());
                ps.setString(3, e.copMsgId());
                ps.setString(4, e.status().name());
                ps.setInt(5, e.status().rank());
                ps.setBytes(6, e.signedBytes());
                ps.setBytes(7, e.envelope());
                ps.setBytes(8, e.contentDigest());
                ps.setString(9, e.id());
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                added.add(n > 0);
            }
        }
        boolean anyKeys = false;
        try (PreparedStatement keys = c.prepareStatement("INSERT INTO cbec_correlation (corr_key, message_id) SELECT ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM cbec_correlation WHERE corr_key = ? AND message_id = ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                if (!added.get(i)) {
                    continue; // the stored row keeps its own keys
                }
                for (String k : entries.get(i).correlationKeys()) {
                    String key = truncate(k, 255);
                    String id = entries.get(i).id();
                    keys.setString(1, key);
                    keys.setString(2, id);
                    keys.setString(3, key);
                    keys.setString(4, id);
                    keys.addBatch();
                    anyKeys = true;
                }
            }
            if (anyKeys) {
                keys.executeBatch();
            }
        }
        List<EnqueueResult> out = new ArrayList<>(entries.size());
        try (PreparedStatement find = c.prepareStatement("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE id = ?")) {
            for (int i = 0; i < entries.size(); i++) {
                if (added.get(i)) {
                    out.add(EnqueueResult.added());
                    continue;
                }
                find.setString(1, entries.get(i).id());
                try (ResultSet rs = find.executeQuery()) {
                    rs.next();
                    out.add(EnqueueResult.existing(OutboxSql.message(rs), entries.get(i).contentDigest()));
                }
            }
        }
        return out;
    }

    // ---- unmatched receipts ----

    @Override
    public boolean recordUnmatched(UnmatchedReceipt r) {
        return durably(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cbec_unmatched (receipt_key, received_at, message_type, envelope)"
                    + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM cbec_unmatched WHERE receipt_key = ?)")) {
                ps.setString(1, r.key());
                ps.setTimestamp(2, Timestamp.from(r.receivedAt()));
                ps.setString(3, truncate(r.messageType(), 40));
                ps.setBytes(4, r.envelope());
                ps.setString(5, r.key());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement keys = c.prepareStatement("MERGE INTO cbec_unmatched_key (corr_key, receipt_key) KEY (corr_key, receipt_key) VALUES (?, ?)")) {
                for (String k : r.correlationKeys()) {
                    keys.setString(1, truncate(k, 255));
                    keys.setString(2, r.key());
                    keys.addBatch();
                }
                if (!r.correlationKeys().isEmpty()) {
                    keys.executeBatch();
                }
            }
            return true;
        });
    }

    @Override
    public List<UnmatchedReceipt> unmatched(int max) {
        return unmatchedWhere("", List.of(), max);
    }

    @Override
    public long countUnmatched() {
        return tx(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cbec_unmatched")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<UnmatchedReceipt> unmatchedFor(Collection<String> correlationKeys) {
        List<String> keys = List.copyOf(new java.util.LinkedHashSet<>(correlationKeys));
        if (keys.isEmpty()) {
            return List.of();
        }
        return unmatchedWhere(" WHERE receipt_key IN (SELECT receipt_key FROM cbec_unmatched_key WHERE corr_key IN ("
                + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + "))", keys, Integer.MAX_VALUE);
    }

    private List<UnmatchedReceipt> unmatchedWhere(String where, List<String> args, int max) {
        return tx(c -> {
            List<UnmatchedReceipt> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT receipt_key, received_at, message_type, envelope FROM cbec_unmatched"
                    + where + " ORDER BY seq FETCH FIRST ? ROWS ONLY");
                    PreparedStatement keys = c.prepareStatement("SELECT corr_key FROM cbec_unmatched_key WHERE receipt_key = ? ORDER BY corr_key")) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setString(i + 1, args.get(i));
                }
                ps.setInt(args.size() + 1, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> corr = new ArrayList<>();
                        keys.setString(1, rs.getString(1));
                        try (ResultSet k = keys.executeQuery()) {
                            while (k.next()) {
                                corr.add(k.getString(1));
                            }
                        }
                        out.add(new UnmatchedReceipt(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), corr, rs.getBytes(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean resolveUnmatched(String key) {
        return durably(c -> {
            try (PreparedStatement keys = c.prepareStatement("DELETE FROM cbec_unmatched_key WHERE receipt_key = ?");
                    PreparedStatement row = c.prepareStatement("DELETE FROM cbec_unmatched WHERE receipt_key = ?")) {
                keys.setString(1, key);
                keys.executeUpdate();
                row.setString(1, key);
                return row.executeUpdate() == 1;
            }
        });
    }

    // ---- claims ----

    @Override
    public List<Claim> claimDue(int max, Duration lease) {
        return durably(c -> {
            List<Claim> claims = new ArrayList<>();
            PreparedStatement query = claimQuery(c);
            query.setInt(1, max);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), UUID.randomUUID().toString(),
                            rs.getInt(4), rs.getBytes(5)));
                }
            }
            if (!claims.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE cbec_outbox SET claim_token = ?,"
                        + " lease_until = DATEADD(MILLISECOND, ?, CURRENT_TIMESTAMP(3)) WHERE id = ?")) {
                    for (Claim cl : claims) {
                        ps.setString(1, cl.claimToken());
                        ps.setLong(2, lease.toMillis());
                        ps.setString(3, cl.id());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return claims;
        });
    }

    /**
     * The claim query, prepared once on the committer's connection {@code c}: H2 never keeps a {@code FOR UPDATE} query
     * in its session cache, so preparing it per claim parsed it again each time (~15 % of the committer's time).
     */
    private PreparedStatement claimQuery(Connection c) throws SQLException {
        if (claimQuery == null) {
            // H2 reads a FOR UPDATE query without its index order, locking (and so rewriting) every due row before it
            // sorts them: with 10,000 queued that made each claim rewrite the whole queue. The inner query walks the
            // (state, next_attempt_at) index in order and stops after max rows; only those are locked.
            claimQuery = c.prepareStatement("SELECT id, message_type, cop_msg_id, attempts, envelope_bytes FROM cbec_outbox"
                    + " WHERE id IN (SELECT id FROM cbec_outbox WHERE state = 'PENDING' AND next_attempt_at <= CURRENT_TIMESTAMP(3)"
                    + " AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP(3))"
                    + " ORDER BY state, next_attempt_at FETCH FIRST ? ROWS ONLY)"
                    + " AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < CURRENT_TIMESTAMP(3)) FOR UPDATE SKIP LOCKED");
        }
        return claimQuery;
    }

    @Override
    public boolean complete(Claim claim, Status status) {
        return update(OutboxSql.COMPLETE, status.rank(), status.name(), status.rank(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean reschedule(Claim claim, Duration delay, String errorClass, String error) {
        return update("UPDATE cbec_outbox SET attempts = attempts + 1, last_error_class = ?, last_error = ?, claim_token = NULL,"
                + " lease_until = NULL, next_attempt_at = DATEADD(MILLISECOND, ?, CURRENT_TIMESTAMP(3))" + OutboxSql.OWNED,
                truncate(errorClass, 200), truncate(error, 1000), delay.toMillis(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean release(Claim claim, Duration delay) {
        return update("UPDATE cbec_outbox SET claim_token = NULL, lease_until = NULL,"
                + " next_attempt_at = DATEADD(MILLISECOND, ?, CURRENT_TIMESTAMP(3))" + OutboxSql.OWNED,
                delay.toMillis(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean deadLetter(Claim claim, String errorClass, String reason, Status status) {
        return update(OutboxSql.DEAD_LETTER, truncate(errorClass, 200), truncate(reason, 1000), status.rank(), status.name(), status.rank(), claim.id(), claim.claimToken()) == 1;
    }

    @Override
    public boolean advanceStatus(String id, Status status) {
        return durably(c -> advance(c, id, status));
    }

    private static boolean advance(Connection c, String id, Status status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OutboxSql.ADVANCE_STATUS)) {
            bind(ps, new Object[] {status.name(), status.rank(), id, status.rank()});
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public boolean recordReceipt(String id, StoredReceipt r) {
        return durably(c -> record(c, id, r));
    }

    /** One transaction, hence one sync, for all the writes (and the other writes of the committer's batch). */
    @Override
    public List<ReceiptOutcome> recordReceipts(List<ReceiptWrite> writes) {
        return durably(c -> {
            List<ReceiptOutcome> out = new ArrayList<>(writes.size());
            for (ReceiptWrite w : writes) {
                boolean recorded = record(c, w.id(), w.receipt());
                out.add(new ReceiptOutcome(recorded, recorded && w.status() != null && advance(c, w.id(), w.status())));
            }
            return out;
        });
    }

    private static boolean record(Connection c, String id, StoredReceipt r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cbec_receipt (message_id, receipt_key, message_type, kind,"
                + " doc_guid, cop_msg_id, return_status, return_time, info) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM cbec_outbox WHERE id = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM cbec_receipt WHERE message_id = ? AND receipt_key = ?)")) {
            Object[] args = {id, truncate(r.key(), 200), r.messageType(), r.kind(), truncate(r.guid(), 64), truncate(r.copMsgId(), 255),
                    truncate(r.returnStatus(), 16),
                    truncate(r.returnTime(), 20), truncate(r.info(), 1000), id, id, truncate(r.key(), 200)};
            bind(ps, args);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                return false; // a concurrent recorder won
            }
            throw e;
        }
    }

    @Override
    public List<StoredReceipt> receipts(String id) {
        return tx(c -> {
            List<StoredReceipt> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(OutboxSql.RECEIPTS)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(OutboxSql.receipt(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void addCorrelation(String key, String id) {
        update("MERGE INTO cbec_correlation (corr_key, message_id) KEY (corr_key, message_id) VALUES (?, ?)", truncate(key, 255), id);
    }

    @Override
    public Optional<String> correlate(String key) {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cbec_outbox WHERE id = ?"
                    + " UNION ALL SELECT * FROM (SELECT message_id FROM cbec_correlation WHERE corr_key = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY)")) {
                ps.setString(1, key);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Map<String, String> correlateAll(Collection<String> keys) {
        return keys.isEmpty() ? Map.of() : tx(c -> OutboxSql.correlateAll(c, keys));
    }

    @Override
    public List<String> correlated(String key) {
        return tx(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(OutboxSql.CORRELATED)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<StoredMessage> find(String id) {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(OutboxSql.message(rs)) : Optional.<StoredMessage>empty();
                }
            }
        });
    }

    @Override
    public void forEach(DeliveryState state, Consumer<StoredMessage> action) {
        // Pages by (created_at, id) so that neither the heap nor one result set holds the whole queue.
        Instant after = Instant.EPOCH.minusSeconds(1);
        String afterId = "";
        while (true) {
            final Instant a = after;
            final String aid = afterId;
            List<StoredMessage> page = tx(c -> {
                List<StoredMessage> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + OutboxSql.COLUMNS + " FROM cbec_outbox WHERE state = ?"
                        + " AND (created_at > ? OR (created_at = ? AND id > ?)) ORDER BY created_at, id FETCH FIRST " + OutboxSql.PAGE + " ROWS ONLY")) {
                    ps.setString(1, state.name());
                    ps.setTimestamp(2, Timestamp.from(a));
                    ps.setTimestamp(3, Timestamp.from(a));
                    ps.setString(4, aid);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(OutboxSql.message(rs));
                        }
                    }
                }
                return out;
            });
            page.forEach(action);
            if (page.size() < OutboxSql.PAGE) {
                return;
            }
            StoredMessage last = page.get(page.size() - 1);
            after = last.createdAt();
            afterId = last.id();
        }
    }

    @Override
    public long count(DeliveryState state) {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(OutboxSql.COUNT)) {
                ps.setString(1, state.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            committer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!committer.isAlive()) {
            dropWriter();
        }
        pool.dispose();
    }

    // ---- plumbing ----

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T tx(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("H2 store operation failed", e);
        }
    }

    private int update(String sql, Object... args) {
        return durably(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                ps.setLong(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }
}
