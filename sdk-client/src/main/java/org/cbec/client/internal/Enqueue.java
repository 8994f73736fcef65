package org.cbec.client.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cbec.client.ClientListener;
import org.cbec.client.GuidConflictException;
import org.cbec.client.Submission;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enqueue stage: entries into the durable outbox, a guid being an idempotency key (a duplicate returns the stored
 * submission, a conflict fails), then wakes the dispatcher and lets the receipt stage match kept unmatched receipts to
 * the new messages. {@link #now} stores on the calling thread; {@link #later} hands entries to one drainer that stores
 * whatever has queued up with one {@code enqueueAll} (one group commit for many asynchronous submits, without a
 * thread each).
 */
final class Enqueue {

    private static final Logger LOG = LoggerFactory.getLogger(Enqueue.class);
    private static final int MAX_BATCH = 512;

    /** An entry waiting for the drainer, and who waits for it. */
    private record Waiting(OutboxEntry entry, CompletableFuture<Submission> done) {
    }

    private final MessageStore store;
    private final Executor executor;
    private final Clock clock;
    private final ClientListener events;
    private final Queries queries;
    private final Runnable wakeDispatcher;
    private final Receipts receipts;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    Enqueue(MessageStore store, Executor executor, Clock clock, ClientListener events, Queries queries, Runnable wakeDispatcher,
            Receipts receipts) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.events = events;
        this.queries = queries;
        this.wakeDispatcher = wakeDispatcher;
        this.receipts = receipts;
    }

    /** Stores {@code entries} with one {@code enqueueAll} on this thread; one future per entry, each already complete. */
    List<CompletableFuture<Submission>> now(List<OutboxEntry> entries) {
        List<CompletableFuture<Submission>> out = new ArrayList<>(entries.size());
        List<EnqueueResult> results = store.enqueueAll(entries);
        for (int i = 0; i < entries.size(); i++) {
            CompletableFuture<Submission> f = new CompletableFuture<>();
            complete(entries.get(i), results.get(i), f);
            out.add(f);
        }
        stored(entries, results);
        return out;
    }

    /** Queues {@code entry} for the drainer; the future completes once it is durable (or fails). */
    CompletableFuture<Submission> later(OutboxEntry entry) {
        CompletableFuture<Submission> f = new CompletableFuture<>();
        waiting.add(new Waiting(entry, f));
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
        return f;
    }

    private void drain() {
        try {
            while (true) {
                List<Waiting> batch = new ArrayList<>();
                Waiting w;
                while (batch.size() < MAX_BATCH && (w = waiting.poll()) != null) {
                    batch.add(w);
                }
                if (batch.isEmpty()) {
                    return;
                }
                List<OutboxEntry> entries = batch.stream().map(Waiting::entry).toList();
                List<EnqueueResult> results;
                try {
                    results = store.enqueueAll(entries);
                } catch (RuntimeException e) {
                    batch.forEach(b -> b.done().completeExceptionally(e));
                    continue;
                }
                for (int i = 0; i < batch.size(); i++) {
                    complete(entries.get(i), results.get(i), batch.get(i).done());
                }
                stored(entries, results);
            }
        } finally {
            draining.set(false);
            if (!waiting.isEmpty() && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    private void complete(OutboxEntry e, EnqueueResult r, CompletableFuture<Submission> f) {
        StoredMessage existing = r.existing();
        switch (r.outcome()) {
            case ADDED -> {
                LOG.debug("queued {} {}", e.messageType(), e.id());
                events.enqueued(e.id(), e.messageType());
                f.complete(queries.handle(e.id(), e.messageType(), clock.instant(), false));
            }
            case DUPLICATE -> {
                LOG.info("{} {} was already submitted at {} ({}); not queued again", e.messageType(), e.id(), existing.createdAt(),
                        existing.status());
                f.complete(queries.handle(existing.id(), existing.messageType(), existing.createdAt(), true));
            }
            case CONFLICT -> {
                LOG.warn("{} {} conflicts with the message stored under its guid at {} ({}); refused", e.messageType(), e.id(),
                        existing.createdAt(), existing.status());
                f.completeExceptionally(new GuidConflictException(e.id(), existing.messageType(), existing.status(), existing.createdAt()));
            }
        }
    }

    private void stored(List<OutboxEntry> entries, List<EnqueueResult> results) {
        List<OutboxEntry> added = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (results.get(i).isAdded()) {
                added.add(entries.get(i));
            }
        }
        if (!added.isEmpty()) {
            wakeDispatcher.run();
            receipts.rematchFor(added);
        }
    }
}
