package org.cbec.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoreException;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.store.jdbc.JdbcMessageStore;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MessageStore} in an embedded H2 database: the statements are {@link JdbcMessageStore}'s, H2's SQL differences
 * its dialect's, the schema the shared migration runner's (a database of an earlier version is migrated on open). Every
 * write (enqueue, claim, complete, reschedule, receipt, status, unmatched receipt) goes through one committer thread
 * that runs whatever writes arrived concurrently in one transaction, each under its own savepoint (group commit), so
 * durable commits ({@code WRITE_DELAY=0}) cost one sync per batch rather than per write; while writers are concurrent
 * it waits up to 300 µs for a batch to fill. Each call returns once its batch committed. One writer also makes every
 * check-then-insert atomic (an enqueue's id, a receipt's key). Reads use pooled connections. Claims use
 * {@code SELECT … FOR UPDATE SKIP LOCKED}; lease times come from {@code CURRENT_TIMESTAMP(3)}.
 *
 * <pre>{@code
 * try (MessageStore store = new H2Store("jdbc:h2:file:/var/cbec/outbox;WRITE_DELAY=0")) { … }   // or Stores.h2(path)
 * }</pre>
 */
public final class H2Store extends JdbcMessageStore {

    private static final Logger LOG = LoggerFactory.getLogger(H2Store.class);
    private static final int MAX_BATCH = 512;
    /**
     * How long the committer waits for more writes when its last batch had several (writers are concurrent) and fewer
     * than {@link #LINGER_BELOW} are waiting: each commit rewrites the changed B-tree pages up to their roots and syncs
     * once, so a larger batch shares that (end to end: 59 → 47 KB written and about 15 % less CPU per filing, at the
     * same rate; benchmarks/README, Change 7). A lone writer never waits.
     */
    private static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(300);
    private static final int LINGER_BELOW = 16;

    private final JdbcConnectionPool pool;
    /** The database file, or null for a URL not of the form jdbc:h2:file:. */
    private final java.nio.file.Path file;
    /** Reader connections between reads, see {@link #read}. */
    private final Queue<Connection> readers = new ConcurrentLinkedQueue<>();
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

    /** A store at {@code jdbcUrl} ({@code jdbc:h2:…}); the schema is created or migrated now. */
    public H2Store(String jdbcUrl) {
        super(new H2Dialect());
        this.file = H2Failures.file(jdbcUrl);
        boolean existed = file != null && java.nio.file.Files.exists(file);
        this.pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        pool.setMaxConnections(16);
        try {
            migrate();
        } catch (RuntimeException e) {
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
        String doing = "opening the store (creating or migrating its schema)";
        try (Connection c = pool.getConnection()) {
            dialect.schema().migrate(c);
        } catch (SQLException e) {
            throw H2Failures.explain(doing, file, e);
        } catch (CebException e) {
            StoreException named = H2Failures.explain(doing, file, e); // in use by another process, disk full
            throw named.errorCode() != ErrorCode.STORE_FAILED ? named : new StoreException(ErrorCode.SCHEMA_MIGRATION, e.getMessage(), e);
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

    /**
     * Whether the committer waits {@link #LINGER_NANOS} for more writes before committing a batch of {@code waiting}
     * after one of {@code previous}: only while writers are concurrent and the batch is small.
     */
    static boolean lingers(int previous, int waiting) {
        return previous > 1 && waiting < LINGER_BELOW;
    }

    private void commitLoop() {
        List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
        int previous = 0;
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    previous = 0;
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (lingers(previous, batch.size()) && !closed) {
                    LockSupport.parkNanos(LINGER_NANOS);
                    queue.drainTo(batch, MAX_BATCH - batch.size());
                }
                previous = batch.size();
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
    private void enqueueTogether(List<Pending<?>> run, Connection c) throws SQLException {
        List<OutboxEntry> all = new ArrayList<>();
        for (Pending<?> p : run) {
            all.addAll(((Enqueue) p.work).entries);
        }
        List<EnqueueResult> results = insert(c, all);
        int from = 0;
        for (Pending<?> p : run) {
            int n = ((Enqueue) p.work).entries.size();
            ((Pending<List<EnqueueResult>>) p).result = results.subList(from, from + n);
            from += n;
        }
    }

    private static <T> void run(Pending<T> p, Connection c) throws SQLException {
        p.result = p.work.run(c);
    }

    private static <T> void complete(Pending<T> p) {
        p.done.complete(p.result);
    }

    /** Inserts every entry in one transaction, with one sync, as one JDBC batch (merged with concurrent enqueues). */
    @Override
    public List<EnqueueResult> enqueueAll(List<OutboxEntry> entries) {
        return entries.isEmpty() ? List.of() : List.copyOf(durably(new Enqueue(List.copyOf(entries))));
    }

    @Override
    public EnqueueResult enqueue(OutboxEntry e) {
        return durably(new Enqueue(List.of(e))).get(0);
    }

    /** An enqueue the committer can merge with the enqueues next to it in its batch. */
    private final class Enqueue implements Work<List<EnqueueResult>> {
        private final List<OutboxEntry> entries;

        Enqueue(List<OutboxEntry> entries) {
            this.entries = entries;
        }

        @Override
        public List<EnqueueResult> run(Connection c) throws SQLException {
            return insert(c, entries);
        }
    }

    @Override
    protected <T> T write(Work<T> work) {
        return durably(work);
    }

    /**
     * The claim query, prepared once on the committer's connection {@code c}: H2 never keeps a {@code FOR UPDATE} query
     * in its session cache, so preparing it per claim parsed it again each time (~15 % of the committer's time).
     */
    @Override
    protected PreparedStatement prepareClaim(Connection c, String sql) throws SQLException {
        if (claimQuery == null) {
            claimQuery = c.prepareStatement(sql);
        }
        return claimQuery;
    }

    @Override
    protected boolean keepsClaimPrepared() {
        return true;
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
        closeReaders();
        pool.dispose();
    }

    /**
     * Reads on a connection kept open between reads. A connection handed back to H2's pool is rolled back and reset,
     * and that rollback makes the database store every page that any open transaction has changed so far (with
     * {@code WRITE_DELAY=0} each transaction end stores): in the end-to-end profile a quarter of the receipt poller's
     * time went into writing the committer's pages from a correlation read, on top of the committer's own commit.
     */
    @Override
    protected <T> T read(Work<T> work) {
        Connection c = readers.poll();
        try {
            if (c == null) {
                c = pool.getConnection();
                c.setAutoCommit(false);
            }
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Connection failed = c;
                c = null;
                discard(failed);
                throw e;
            }
            readers.offer(c);
            if (closed) {
                closeReaders();
            }
            return result;
        } catch (SQLException e) {
            if (c != null) {
                discard(c);
            }
            throw H2Failures.explain("reading", file, e);
        }
    }

    private static void discard(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // closed below all the same
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // back to the pool or gone; a new one is taken next time
        }
    }

    private void closeReaders() {
        for (Connection c = readers.poll(); c != null; c = readers.poll()) {
            discard(c);
        }
    }
}
