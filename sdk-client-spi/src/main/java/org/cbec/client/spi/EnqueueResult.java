package org.cbec.client.spi;

import java.util.Objects;

/**
 * What {@link MessageStore#enqueue} did with an entry. A message id is an idempotency key, as Stripe's are: the same id
 * with the same {@link OutboxEntry#contentDigest()} is the same submission again, another digest under a used id is
 * a conflict; neither changes the stored row, and both return it.
 *
 * <pre>{@code
 * EnqueueResult r = store.enqueue(entry);
 * switch (r.outcome()) {
 *     case ADDED -> log.info("queued {}", entry.id());
 *     case DUPLICATE -> log.info("already submitted {}, status {}", r.existing().createdAt(), r.existing().status());
 *     case CONFLICT -> throw new IllegalStateException("guid " + entry.id() + " names another filing");
 * }
 * }</pre>
 *
 * @param outcome  what happened
 * @param existing the stored row for {@link Outcome#DUPLICATE} and {@link Outcome#CONFLICT}; {@code null} when
 *                 {@link Outcome#ADDED}
 */
public record EnqueueResult(Outcome outcome, StoredMessage existing) {

    /** What happened to an enqueued entry. */
    public enum Outcome {
        /** No row had the id; the entry is stored now. */
        ADDED,
        /** A row with the id and the same content digest is stored; nothing changed. */
        DUPLICATE,
        /** A row with the id and another content digest is stored; nothing changed. */
        CONFLICT
    }

    private static final EnqueueResult ADDED = new EnqueueResult(Outcome.ADDED, null);

    public EnqueueResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.ADDED) != (existing == null)) {
            throw new IllegalArgumentException(outcome == Outcome.ADDED ? "an added entry has no existing row"
                    : outcome + " names the existing row");
        }
    }

    /** The entry was stored. */
    public static EnqueueResult added() {
        return ADDED;
    }

    /** The same submission was stored already as {@code existing}. */
    public static EnqueueResult duplicate(StoredMessage existing) {
        return new EnqueueResult(Outcome.DUPLICATE, Objects.requireNonNull(existing, "existing"));
    }

    /** Another filing was stored under the id already, as {@code existing}. */
    public static EnqueueResult conflict(StoredMessage existing) {
        return new EnqueueResult(Outcome.CONFLICT, Objects.requireNonNull(existing, "existing"));
    }

    /** Whether the entry was stored now ({@link Outcome#ADDED}). */
    public boolean isAdded() {
        return outcome == Outcome.ADDED;
    }
}
