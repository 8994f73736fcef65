package org.cbec.mock.internal.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbec.mock.ReceivedMessage;
import org.cbec.mock.internal.Exchange;

/**
 * What the console shows of the transmissions the mock processed: each with a number, what the checks found and the
 * raw body as received; the latest {@value #CAPACITY} are kept (older ones stay in
 * {@link org.cbec.mock.MockSingleWindow#received()}). Thread safe.
 */
public final class Journal {

    /** How many transmissions the console keeps. */
    public static final int CAPACITY = 10_000;

    /**
     * One transmission.
     *
     * @param id         its number, from 1, never reused (not even after a reset)
     * @param message    what {@link org.cbec.mock.MockSingleWindow#takeMessage} gives
     * @param inspection the signature verdict, 四单 outcome and route of its receipts
     * @param raw        the request body as received (the envelope; before gzip inflation)
     */
    public record Entry(long id, ReceivedMessage message, Exchange.Inspection inspection, byte[] raw) {
    }

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long nextId = 1;
    private long changes;

    /** Adds a processed transmission. */
    public synchronized Entry add(Exchange.Result result, byte[] raw) {
        Entry e = new Entry(nextId++, result.received(), result.inspection(), raw);
        entries.addLast(e);
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
        changes++;
        return e;
    }

    /** Every entry kept, oldest first. */
    public synchronized List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    /** The entry numbered {@code id}, if kept. */
    public synchronized Optional<Entry> entry(long id) {
        for (Entry e : entries) {
            if (e.id() == id) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Forgets every entry (numbers go on). */
    public synchronized void clear() {
        entries.clear();
        changes++;
    }

    /** Grows with every change: what the console's live list polls. */
    public synchronized long changes() {
        return changes;
    }
}
