package org.cbec.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.FilingQuery;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoredFiling;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.client.status.Status;

/**
 * {@link MessageStore} in a map, for tests and throw-away clients; one lock (so every enqueue's check of its id, and
 * every receipt's of its key, is atomic), times from the given clock. Unmatched receipts are kept in memory too: gone
 * with the process, as everything here.
 */
public final class InMemoryStore implements MessageStore {

    private final Clock clock;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, java.util.LinkedHashSet<String>> correlations = new HashMap<>();
    private final Map<String, UnmatchedReceipt> unmatched = new LinkedHashMap<>();

    public InMemoryStore(Clock clock) {
        this.clock = clock;
    }

    private static final class Row {
        final OutboxEntry entry;
        final Instant createdAt;
        DeliveryState state = DeliveryState.PENDING;
        Status status;
        int attempts;
        Instant nextAttemptAt;
        Instant leaseUntil;
        String claimToken;
        String lastErrorClass;
        String lastError;
        final Map<String, StoredReceipt> receipts = new LinkedHashMap<>();

        Row(OutboxEntry entry, Instant now) {
            this.entry = entry;
            this.createdAt = now;
            this.nextAttemptAt = now;
            this.status = entry.status();
        }

        StoredMessage view() {
            return new StoredMessage(entry.id(), entry.messageType(), entry.copMsgId(), state, status, attempts,
                    nextAttemptAt, lastErrorClass, lastError, entry.signedBytes().clone(), entry.envelope().clone(), createdAt,
                    entry.contentDigest().clone());
        }
    }

    @Override
    public synchronized EnqueueResult enqueue(OutboxEntry entry) {
        Row stored = rows.get(entry.id());
        if (stored != null) {
            return Arrays.equals(stored.entry.contentDigest(), entry.contentDigest()) ? EnqueueResult.duplicate(stored.view())
                    : EnqueueResult.conflict(stored.view());
        }
        rows.put(entry.id(), new Row(entry, clock.instant()));
        entry.correlationKeys().forEach(k -> addCorrelation(k, entry.id()));
        return EnqueueResult.added();
    }

    /** Under one lock: no other enqueue interleaves with the batch. */
    @Override
    public synchronized List<EnqueueResult> enqueueAll(List<OutboxEntry> entries) {
        return MessageStore.super.enqueueAll(entries);
    }

    @Override
    public synchronized Optional<StoredMessage> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(Row::view);
    }

    @Override
    public synchronized List<Claim> claimDue(int max, Duration lease) {
        Instant now = clock.instant();
        List<Claim> claims = new ArrayList<>();
        rows.values().stream()
                .filter(r -> r.state == DeliveryState.PENDING && !r.nextAttemptAt.isAfter(now)
                        && (r.leaseUntil == null || r.leaseUntil.isBefore(now)))
                .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt))
                .limit(max)
                .forEach(r -> {
                    r.claimToken = UUID.randomUUID().toString();
                    r.leaseUntil = now.plus(lease);
                    claims.add(new Claim(r.entry.id(), r.entry.messageType(), r.entry.copMsgId(), r.claimToken, r.attempts,
                            r.entry.envelope().clone()));
                });
        return claims;
    }

    private Row owned(Claim claim) {
        Row r = rows.get(claim.id());
        return r != null && r.state == DeliveryState.PENDING && claim.claimToken().equals(r.claimToken) ? r : null;
    }

    @Override
    public synchronized boolean complete(Claim claim, Status status) {
        Row r = owned(claim);
        if (r == null) {
            return false;
        }
        r.state = DeliveryState.SENT;
        r.claimToken = null;
        r.leaseUntil = null;
        raise(r, status);
        return true;
    }

    @Override
    public synchronized boolean reschedule(Claim claim, Duration delay, String errorClass, String error) {
        Row r = owned(claim);
        if (r == null) {
            return false;
        }
        r.attempts++;
        r.lastErrorClass = errorClass;
        r.lastError = error;
        endLease(r, delay);
        return true;
    }

    @Override
    public synchronized boolean release(Claim claim, Duration delay) {
        Row r = owned(claim);
        if (r == null) {
            return false;
        }
        endLease(r, delay);
        return true;
    }

    private void endLease(Row r, Duration delay) {
        r.claimToken = null;
        r.leaseUntil = null;
        r.nextAttemptAt = clock.instant().plus(delay);
    }

    @Override
    public synchronized boolean deadLetter(Claim claim, String errorClass, String reason, Status status) {
        Row r = owned(claim);
        if (r == null) {
            return false;
        }
        r.attempts++;
        r.state = DeliveryState.DEAD_LETTER;
        r.lastErrorClass = errorClass;
        r.lastError = reason;
        r.claimToken = null;
        r.leaseUntil = null;
        raise(r, status);
        return true;
    }

    private static boolean raise(Row r, Status status) {
        if (status.rank() <= r.status.rank()) {
            return false;
        }
        r.status = status;
        return true;
    }

    @Override
    public synchronized boolean advanceStatus(String id, Status status) {
        Row r = rows.get(id);
        return r != null && raise(r, status);
    }

    @Override
    public synchronized boolean recordReceipt(String id, StoredReceipt receipt) {
        Row r = rows.get(id);
        return r != null && r.receipts.putIfAbsent(receipt.key(), receipt) == null;
    }

    @Override
    public synchronized List<StoredReceipt> receipts(String id) {
        Row r = rows.get(id);
        return r == null ? List.of() : List.copyOf(r.receipts.values());
    }

    @Override
    public synchronized void addCorrelation(String key, String id) {
        correlations.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>()).add(id);
    }

    @Override
    public synchronized List<String> correlated(String key) {
        return List.copyOf(correlations.getOrDefault(key, new java.util.LinkedHashSet<>()));
    }

    @Override
    public synchronized Optional<String> correlate(String key) {
        if (rows.containsKey(key)) {
            return Optional.of(key);
        }
        java.util.LinkedHashSet<String> ids = correlations.get(key);
        return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(ids).get(ids.size() - 1));
    }

    @Override
    public synchronized boolean recordUnmatched(UnmatchedReceipt receipt) {
        return unmatched.putIfAbsent(receipt.key(), receipt) == null;
    }

    @Override
    public synchronized List<UnmatchedReceipt> unmatched(int max) {
        return oldestFirst(unmatched.values().stream()).limit(max).toList();
    }

    @Override
    public synchronized long countUnmatched() {
        return unmatched.size();
    }

    @Override
    public synchronized List<UnmatchedReceipt> unmatchedFor(Collection<String> correlationKeys) {
        Set<String> keys = Set.copyOf(correlationKeys);
        return oldestFirst(unmatched.values().stream().filter(r -> r.correlationKeys().stream().anyMatch(keys::contains))).toList();
    }

    /** By time received, then in the order kept (the map's insertion order, which a stable sort keeps). */
    private static Stream<UnmatchedReceipt> oldestFirst(Stream<UnmatchedReceipt> receipts) {
        return receipts.sorted(Comparator.comparing(UnmatchedReceipt::receivedAt));
    }

    @Override
    public synchronized boolean resolveUnmatched(String key) {
        return unmatched.remove(key) != null;
    }

    @Override
    public synchronized List<StoredFiling> filingPage(FilingQuery query, int max) {
        return rows.values().stream().filter(r -> query.matches(r.view()))
                .sorted(Comparator.comparing((Row r) -> r.createdAt).thenComparing(r -> r.entry.id()))
                .limit(max).map(r -> new StoredFiling(r.view(), List.copyOf(r.receipts.values()))).toList();
    }

    @Override
    public void forEach(DeliveryState state, Consumer<StoredMessage> action) {
        List<StoredMessage> snapshot;
        synchronized (this) {
            snapshot = rows.values().stream().filter(r -> r.state == state).map(Row::view).toList();
        }
        snapshot.forEach(action);
    }

    @Override
    public synchronized long count(DeliveryState state) {
        return rows.values().stream().filter(r -> r.state == state).count();
    }

    @Override
    public void close() {
    }
}
