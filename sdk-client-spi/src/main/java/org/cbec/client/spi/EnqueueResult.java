package org.cbec.client.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * What {@link MessageStore#enqueue} did with one entry: a guid is an idempotency key, so an id already stored is never
 * stored again, and the stored row says whether the new entry is the same filing ({@link Outcome#DUPLICATE}: same
 * {@link OutboxEntry#contentDigest() content digest}) or another one under a used guid ({@link Outcome#CONFLICT}).
 *
 * <pre>{@code
 * EnqueueResult r = store.enqueue(entry);
 * switch (r.outcome()) {
 *     case ADDED -> log.debug("queued {}", entry.id());
 *     case DUPLICATE -> log.info("{} already submitted at {}", entry.id(), r.existing().createdAt());
 *     case CONFLICT -> throw conflict(entry.id(), r.existing().status());
 * }
 * }</pre>
 *
 * @param outcome  what happened
 * @param existing the row already stored under the id ({@code null} when {@link Outcome#ADDED})
 */
public record EnqueueResult(Outcome outcome, StoredMessage existing) {

    private static final EnqueueResult ADDED = new EnqueueResult(Outcome.ADDED, null);

    /** What an enqueue did. */
    public enum Outcome {
        /** No row had the id: the entry is stored now. */
        ADDED,
        /** A row with the id and the same content digest is stored; nothing changed. */
        DUPLICATE,
        /** A row with the id and another content digest is stored; nothing changed. */
        CONFLICT
    }

    public EnqueueResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.ADDED) != (existing == null)) {
            throw new IllegalArgumentException(outcome + (existing == null ? " needs the stored row" : " has no stored row"));
        }
    }

    /** The entry was stored. */
    public static EnqueueResult added() {
        return ADDED;
    }

    /**
     * The outcome for an entry of {@code digest} whose id is already stored as {@code existing}: {@link Outcome#DUPLICATE}
     * when the digests are equal (or the stored row has none, as rows stored before digests existed), else
     * {@link Outcome#CONFLICT}.
     */
    public static EnqueueResult existing(StoredMessage existing, byte[] digest) {
        Objects.requireNonNull(existing, "existing");
        boolean same = existing.contentDigest() == null || Arrays.equals(existing.contentDigest(), digest);
        return new EnqueueResult(same ? Outcome.DUPLICATE : Outcome.CONFLICT, existing);
    }

    /** Whether the entry was stored by this call ({@link Outcome#ADDED}). */
    public boolean isAdded() {
        return outcome == Outcome.ADDED;
    }
}
