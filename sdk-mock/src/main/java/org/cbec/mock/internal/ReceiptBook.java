package org.cbec.mock.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Receipt envelopes waiting for the client's poll, each due at an instant of the mock's clock: a poll takes the
 * earliest one that is due. Thread safe.
 */
public final class ReceiptBook {

    private record Entry(Instant due, long seq, byte[] envelope) {
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
        int c = a.due().compareTo(b.due());
        return c != 0 ? c : Long.compare(a.seq(), b.seq());
    });
    private long seq;

    /** Adds {@code envelope} (a {@code DxpMsg} carrying a receipt), due at {@code due}. */
    public synchronized void add(Instant due, byte[] envelope) {
        queue.add(new Entry(due, seq++, envelope));
    }

    /** The earliest envelope due at {@code now}, removed; empty when none is due. */
    public synchronized Optional<byte[]> poll(Instant now) {
        Entry first = queue.peek();
        if (first == null || first.due().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(queue.poll().envelope());
    }

    /** How many receipts wait, due or not. */
    public synchronized int pending() {
        return queue.size();
    }
}
