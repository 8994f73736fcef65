package org.cbec.mock.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

import org.cbec.core.model.CebMessage;

/**
 * Receipt envelopes waiting for the client's poll, each due at an instant of the mock's clock: a poll takes the
 * earliest one that is due. Every receipt booked is also kept as a {@link Ticket} on its message's timeline, with
 * when a poll took it, so that the console shows what was sent and what is scheduled; the timelines of the latest
 * {@value #TIMELINES} messages are kept. Thread safe.
 */
public final class ReceiptBook {

    /** How many messages' timelines are kept (the oldest are forgotten first; their due receipts are still sent). */
    static final int TIMELINES = 10_000;

    /**
     * One receipt booked for a filed message.
     *
     * @param guid         the filed message's guid
     * @param receipt      the receipt message (e.g. a CEB312 or a CEB816)
     * @param returnStatus the status it carries, or {@code null} for a receipt without one (a tax bill)
     * @param info         its {@code returnInfo}, or {@code null}
     * @param due          when a poll may take it
     */
    public record Ticket(String guid, CebMessage receipt, String returnStatus, String info, Instant due) {

        /** {@code CEB312Message 120}, or the receipt type alone when it carries no status. */
        public String label() {
            return receipt.spec().rootName() + (returnStatus == null ? "" : " " + returnStatus);
        }
    }

    /**
     * A ticket on a timeline: sent (taken by a poll, or delivered to the inbox folder), scheduled, or withdrawn by a
     * decision made by hand before it was sent.
     */
    public record Booked(Ticket ticket, Instant sentAt, boolean withdrawn) {
    }

    private static final class Entry {
        final Instant due;
        final long seq;
        byte[] envelope; // dropped once sent
        final Ticket ticket;
        Instant sentAt;
        boolean withdrawn;

        Entry(Instant due, long seq, byte[] envelope, Ticket ticket) {
            this.due = due;
            this.seq = seq;
            this.envelope = envelope;
            this.ticket = ticket;
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
        int c = a.due.compareTo(b.due);
        return c != 0 ? c : Long.compare(a.seq, b.seq);
    });
    private final Map<String, List<Entry>> byGuid = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Entry>> eldest) {
            return size() > TIMELINES;
        }
    };
    private long seq;
    private long changes;

    /** Adds {@code envelope} (a {@code DxpMsg} carrying the receipt of {@code ticket}), due at {@code ticket.due()}. */
    public synchronized void add(byte[] envelope, Ticket ticket) {
        Entry e = new Entry(ticket.due(), seq++, envelope, ticket);
        queue.add(e);
        byGuid.computeIfAbsent(ticket.guid(), g -> new ArrayList<>()).add(e);
        changes++;
    }

    /** The earliest envelope due at {@code now}, removed and noted as sent; empty when none is due. */
    public synchronized Optional<byte[]> poll(Instant now) {
        Entry first = queue.peek();
        if (first == null || first.due.isAfter(now)) {
            return Optional.empty();
        }
        queue.poll();
        first.sentAt = now;
        byte[] envelope = first.envelope;
        first.envelope = null;
        changes++;
        return Optional.of(envelope);
    }

    /** How many receipts wait, due or not. */
    public synchronized int pending() {
        return queue.size();
    }

    /** The receipts booked for the message {@code guid}, in booking order. */
    public synchronized List<Booked> timeline(String guid) {
        List<Booked> out = new ArrayList<>();
        for (Entry e : byGuid.getOrDefault(guid, List.of())) {
            out.add(new Booked(e.ticket, e.sentAt, e.withdrawn));
        }
        return out;
    }

    /** Withdraws the receipts of {@code guid} not sent yet; returns how many. */
    synchronized int withdraw(String guid) {
        int n = 0;
        for (Iterator<Entry> it = queue.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.ticket.guid().equals(guid)) {
                it.remove();
                e.withdrawn = true;
                n++;
            }
        }
        changes += n;
        return n;
    }

    /** Forgets every receipt, sent or not. */
    synchronized void clear() {
        queue.clear();
        byGuid.clear();
        changes++;
    }

    /** A counter that grows with every change (booked, sent, withdrawn, cleared): what a live view polls. */
    public synchronized long changes() {
        return changes;
    }
}
