package org.cbec.client.spi;

import org.cbec.client.status.Status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The durable outbox and receipt log behind a {@code CebClient}: one row per message, keyed by its guid (an idempotency
 * key), holding the signed bytes (persisted once, resent as they are), the envelope, the delivery state, the retry state
 * (attempts, next attempt time, last error) and the receipts; and the receipts that named no stored message, kept
 * until their message appears.
 *
 * <p>Delivery is claim based. {@link #claimDue} takes due messages in a short transaction and leases them to the
 * caller under a fresh claim token; no transaction is held while the caller sends. {@link #complete},
 * {@link #reschedule}, {@link #release} and {@link #deadLetter} succeed only while the claim token still matches, so a
 * worker that paused past its lease, and lost the message to another worker, cannot overwrite the newer claim.
 * Lease times come from the store's own clock (the database clock for SQL stores).
 *
 * <p>Built-ins: {@code Stores.h2}, {@code Stores.inMemory} and {@code sdk-store-postgres}. Every implementation passes
 * {@code MessageStoreContractTest} ({@code DurableMessageStoreContractTest} for one that survives a restart).
 *
 * <pre>{@code
 * try (MessageStore store = Stores.h2(Path.of("var/cbec-outbox"))) {
 *     EnqueueResult r = store.enqueue(entry);       // durable when it returns; DUPLICATE / CONFLICT for a used id
 *     for (Claim c : store.claimDue(10, Duration.ofSeconds(30))) {
 *         send(c.envelope());
 *         store.complete(c, Status.SENT);            // false: the lease was lost meanwhile
 *     }
 * }
 * }</pre>
 */
public interface MessageStore extends AutoCloseable {

    /**
     * Adds {@code entry} as {@link DeliveryState#PENDING}, due at once, with its correlation keys, unless its id is
     * stored already. Returns only once the row is durable. The id is an idempotency key:
     * <ul>
     *   <li>{@link EnqueueResult.Outcome#ADDED}: no row had the id; the entry is stored;</li>
     *   <li>{@link EnqueueResult.Outcome#DUPLICATE}: a row with the id and the same {@link OutboxEntry#contentDigest()}
     *       is stored (for a row stored before digests were kept: the same signed bytes); nothing changes;</li>
     *   <li>{@link EnqueueResult.Outcome#CONFLICT}: a row with the id and another digest is stored; nothing changes
     *       (no correlation key of the entry is added).</li>
     * </ul>
     * The last two return the stored row. Atomic under concurrency, also across processes sharing a database: of
     * several enqueues of one id at once, exactly one is {@code ADDED}.
     */
    EnqueueResult enqueue(OutboxEntry entry);

    /**
     * Enqueues every entry as {@link #enqueue} would, in list order (a later entry with the id of an earlier one is its
     * duplicate or conflict), and returns once all of them are durable. A store may make them durable together, with
     * one sync (the H2 store does): submitting a batch costs one commit instead of one per message.
     *
     * <pre>{@code
     * List<EnqueueResult> results = store.enqueueAll(List.of(first, second));
     * boolean allNew = results.stream().allMatch(EnqueueResult::isAdded);
     * }</pre>
     *
     * @return per entry, in the same order, what happened to it
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

    // ---- receipts no message claimed: kept, never discarded

    /**
     * Keeps an inbound envelope that names no stored message (or could not be decoded), with its raw bytes; durable when
     * it returns. The client calls it before it acknowledges the envelope to the transport, so a crash between the two
     * loses nothing (the transport redelivers, and the key makes the second call a no-op).
     *
     * @return {@code false} when a receipt with the same {@link UnmatchedReceipt#key()} is kept already (nothing changes)
     */
    boolean recordUnmatched(UnmatchedReceipt receipt);

    /** Up to {@code max} kept unmatched receipts, oldest first (by {@code receivedAt}, then by when they were kept). */
    List<UnmatchedReceipt> unmatched(int max);

    /** How many unmatched receipts are kept. */
    long countUnmatched();

    /**
     * The kept unmatched receipts naming any of {@code correlationKeys}, oldest first, each once: when the client
     * enqueues a message it asks with the message's correlation keys and id, records what it finds for the message, then
     * {@link #resolveUnmatched resolves} them.
     */
    List<UnmatchedReceipt> unmatchedFor(Collection<String> correlationKeys);

    /**
     * Drops the unmatched receipt {@code key} once the client recorded it for its message.
     *
     * @return whether it was kept until now
     */
    boolean resolveUnmatched(String key);

    // ---- reading what was filed, for reports

    /**
     * One page of the stored messages {@code query} names, each with its receipts, in ({@code createdAt}, {@code id})
     * order: at most {@code max} rows after the query's position. SQL stores answer with two indexed queries per page,
     * never reading a whole table; {@link #filings(FilingQuery)} pages through all of them.
     */
    List<StoredFiling> filingPage(FilingQuery query, int max);

    /**
     * Every stored message {@code query} names, with its receipts, in ({@code createdAt}, {@code id}) order, read lazily
     * a page of {@value #FILING_PAGE} at a time (bounded memory whatever the store holds); close the stream when done.
     *
     * <pre>{@code
     * try (Stream<StoredFiling> s = store.filings(FilingQuery.all().types("CEB621Message"))) {
     *     long released = s.filter(f -> f.message().status() == Status.RELEASED).count();
     * }
     * }</pre>
     */
    default Stream<StoredFiling> filings(FilingQuery query) {
        Iterator<StoredFiling> pages = new Iterator<>() {
            private FilingQuery next = query;
            private Iterator<StoredFiling> page = List.<StoredFiling>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<StoredFiling> p = filingPage(next, FILING_PAGE);
                    last = p.size() < FILING_PAGE;
                    if (!p.isEmpty()) {
                        next = next.after(p.get(p.size() - 1).message());
                    }
                    page = p.iterator();
                }
                return page.hasNext();
            }

            @Override
            public StoredFiling next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Rows per page of {@link #filings(FilingQuery)}. */
    int FILING_PAGE = 500;

    /** Streams the rows in {@code state}, oldest first, without loading them all at once. */
    void forEach(DeliveryState state, Consumer<StoredMessage> action);

    /** How many rows are in {@code state}. */
    long count(DeliveryState state);

    @Override
    void close();
}
