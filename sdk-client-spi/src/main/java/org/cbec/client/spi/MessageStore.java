package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The durable outbox and receipt log behind a {@code CebClient}: one row per message, keyed by its guid, holding the
 * signed bytes (persisted once, resent as they are), the envelope, the delivery state, the retry state (attempts,
 * next attempt time, last error) and the receipts.
 *
 * <p>Delivery is claim based. {@link #claimDue} takes due messages in a short transaction and leases them to the
 * caller under a fresh claim token; no transaction is held while the caller sends. {@link #complete},
 * {@link #reschedule}, {@link #release} and {@link #deadLetter} succeed only while the claim token still matches, so a
 * worker that paused past its lease, and lost the message to another worker, cannot overwrite the newer claim.
 * Lease times come from the store's own clock (the database clock for SQL stores).
 *
 * <p>Built-ins: {@code Stores.h2} and
 * {@code Stores.inMemory}. Every implementation passes {@code MessageStoreContractTest}.
 *
 * <pre>{@code
 * try (MessageStore store = Stores.h2(Path.of("var/cbec-outbox"))) {
 *     store.enqueue(entry);                         // durable when it returns
 *     for (Claim c : store.claimDue(10, Duration.ofSeconds(30))) {
 *         send(c.envelope());
 *         store.complete(c, Status.SENT);            // false: the lease was lost meanwhile
 *     }
 * }
 * }</pre>
 */
public interface MessageStore extends AutoCloseable {

    /**
     * Adds {@code entry} as {@link DeliveryState#PENDING}, due at once, with its correlation keys, unless a message with
     * its id is stored: a guid is an idempotency key. Returns only once the row is durable. Atomic under concurrency:
     * of two callers (threads or processes) enqueueing one id at once, exactly one gets {@link EnqueueResult.Outcome#ADDED}.
     *
     * @return {@link EnqueueResult.Outcome#ADDED}; or, with the stored row and nothing changed,
     *         {@link EnqueueResult.Outcome#DUPLICATE} (same {@link OutboxEntry#contentDigest()}) or
     *         {@link EnqueueResult.Outcome#CONFLICT} (another digest); see {@link EnqueueResult#existing(StoredMessage, byte[])}
     */
    EnqueueResult enqueue(OutboxEntry entry);

    /**
     * Adds every entry as {@link #enqueue} would, in list order, and returns once all of them are durable. A store may
     * make them durable together, with one sync (the H2 store does): submitting a batch costs one commit instead of
     * one per message.
     *
     * <pre>{@code
     * List<EnqueueResult> results = store.enqueueAll(List.of(first, second));   // [ADDED, DUPLICATE]
     * }</pre>
     *
     * @return per entry, in the same order, what {@link #enqueue} would have returned
     */
    default List<EnqueueResult> enqueueAll(List<OutboxEntry> entries) {
        List<EnqueueResult> out = new ArrayList<>(entries.size());
        for (OutboxEntry e : entries) {
            out.add(enqueue(e));
        }
        return out;
    }

    /** The row of message {@code id}. */
    Optional<StoredMessage> find(String id);

    /**
     * Leases up to {@code max} pending messages whose next attempt time has come and whose lease (if any) has
     * expired, each under a fresh claim token, for {@code lease}.
     */
    List<Claim> claimDue(int max, Duration lease);

    /** Marks the claimed message {@link DeliveryState#SENT} and raises its status to {@code status} (see {@link #advanceStatus}). */
    boolean complete(Claim claim, Status status);

    /**
     * Records a failed attempt: attempts + 1, the error, and the next attempt {@code delay} from now; ends the lease.
     *
     * @return {@code false} when the claim is stale
     */
    boolean reschedule(Claim claim, Duration delay, String errorClass, String error);

    /** Ends the lease without counting an attempt (e.g. the circuit is open); due again after {@code delay}. */
    boolean release(Claim claim, Duration delay);

    /** Gives up: {@link DeliveryState#DEAD_LETTER} with the reason, status {@code status}; never deleted. */
    boolean deadLetter(Claim claim, String errorClass, String reason, Status status);

    /**
     * Sets the status of {@code id} to {@code status} if its {@link Status#rank() rank} is higher than the rank stored:
     * statuses only move forward, whatever order receipts arrive in.
     *
     * @return whether the status changed
     */
    boolean advanceStatus(String id, Status status);

    /**
     * Records {@code receipt} for message {@code id} once: a second call with the same {@link StoredReceipt#key()},
     * from any thread or process, returns {@code false} and changes nothing.
     */
    boolean recordReceipt(String id, StoredReceipt receipt);

    /**
     * Records several receipts as {@link #recordReceipt} and {@link #advanceStatus} would, one after the other in list
     * order (a status advances only when its receipt is recorded now), and returns once all of them are durable. A
     * store may make them durable together, with one sync (the H2 store does): a receipt poller that records a poll's
     * receipts in one call waits for one sync per poll instead of two per receipt.
     *
     * @return one outcome per write, in the same order
     */
    default List<ReceiptOutcome> recordReceipts(List<ReceiptWrite> writes) {
        List<ReceiptOutcome> out = new ArrayList<>(writes.size());
        for (ReceiptWrite w : writes) {
            boolean recorded = recordReceipt(w.id(), w.receipt());
            out.add(new ReceiptOutcome(recorded, recorded && w.status() != null && advanceStatus(w.id(), w.status())));
        }
        return out;
    }

    /** The receipts of {@code id} in the order recorded. */
    List<StoredReceipt> receipts(String id);

    /** Maps a correlation key (e.g. a document guid found in the message) to message {@code id}. */
    void addCorrelation(String key, String id);

    /** The message a correlation key or message id designates, the most recent one when several share a key. */
    Optional<String> correlate(String key);

    /**
     * {@link #correlate} for many keys at once: a receipt poller resolves a whole poll's receipts with one call instead of
     * one store round trip per receipt. SQL stores answer with one query per chunk of keys.
     *
     * <pre>{@code
     * Map<String, String> ids = store.correlateAll(List.of("DOC-GUID-1", "copNo:C1", "unknown"));
     * // {DOC-GUID-1=msg-1, copNo:C1=msg-1}: keys that designate no message are left out
     * }</pre>
     *
     * @return for each key that designates a message, the id {@link #correlate} would return for it
     */
    default Map<String, String> correlateAll(Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        for (String key : keys) {
            correlate(key).ifPresent(id -> out.put(key, id));
        }
        return out;
    }

    /** Every message a correlation key designates (e.g. the messages of one order number), oldest first. */
    List<String> correlated(String key);

    /** Streams the rows in {@code state}, oldest first, without loading them all at once. */
    void forEach(DeliveryState state, Consumer<StoredMessage> action);

    /** How many rows are in {@code state}. */
    long count(DeliveryState state);

    /**
     * Keeps an inbound envelope the client could not match to a stored message (or could not decode), durably when it
     * returns: the client calls it before it acknowledges the envelope to its transport, so no receipt is ever lost.
     *
     * @return {@code false} when an envelope with the same {@link UnmatchedReceipt#key()} is already kept (nothing changes)
     */
    default boolean recordUnmatched(UnmatchedReceipt receipt) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no unmatched receipts");
    }

    /** Up to {@code max} kept unmatched envelopes, oldest first. */
    default List<UnmatchedReceipt> unmatched(int max) {
        return List.of();
    }

    /** How many unmatched envelopes are kept. */
    default long countUnmatched() {
        return 0;
    }

    /** The kept unmatched envelopes naming any of {@code correlationKeys}, oldest first. */
    default List<UnmatchedReceipt> unmatchedFor(Collection<String> correlationKeys) {
        return List.of();
    }

    /**
     * Drops a kept unmatched envelope once the client recorded its receipts for their message.
     *
     * @return whether it was kept
     */
    default boolean resolveUnmatched(String key) {
        return false;
    }

    @Override
    void close();
}
