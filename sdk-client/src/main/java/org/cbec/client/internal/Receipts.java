package org.cbec.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.cbec.client.ClientConfig;
import org.cbec.client.ClientListener;
import org.cbec.client.ReceiptDecoder;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.ReceiptImport;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.ReceiptOutcome;
import org.cbec.client.spi.ReceiptWrite;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.client.status.Status;
import org.cbec.core.envelope.DxpEnvelopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receipts stage: poll the transport, decode, correlate (document guid, then {@code copNo}, then CopMsgId), record
 * each receipt once and move statuses in one store call, keep what matches no message (or cannot be decoded) durably
 * as an {@link UnmatchedReceipt}, and only then acknowledge. Kept envelopes are matched again when their message is
 * enqueued ({@link #rematchFor}) and, at most once a minute, on the poller's own schedule (another instance on the store
 * may have enqueued it).
 *
 * <p>Two stores polling one receipt queue: each takes receipts for the other's messages, so each sees receipts that
 * name no message of its own. When at least 10 of the last 50 receipts, and a fifth of them, named no stored message,
 * the stage warns (once per ten minutes) and tells {@link ClientListener#receiptQueueShared}.
 */
final class Receipts {

    private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);
    private static final Duration REMATCH_EVERY = Duration.ofMinutes(1);
    private static final Duration WARN_EVERY = Duration.ofMinutes(10);
    private static final int WINDOW = 50;

    private final Transport transport;
    private final MessageStore store;
    private final ReceiptDecoder decoder;
    private final Clock clock;
    private final ClientListener events;
    private final StatusSignal signal;
    private final String queue;
    private final ClientConfig config;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private volatile boolean running;
    private Duration delay = Duration.ZERO;
    /** Unmatched envelopes this client believes the store keeps; a hint to skip lookups when there are none. */
    private final AtomicLong kept = new AtomicLong(-1);
    private Instant lastRematch = Instant.MIN;
    private int seen;
    private int unmatchedSeen;
    private Instant lastWarning = Instant.MIN;

    Receipts(Transport transport, MessageStore store, ReceiptDecoder decoder, Clock clock, ClientListener events, StatusSignal signal,
             String queue, ClientConfig config, ScheduledExecutorService scheduler, Executor executor) {
        this.config = config;
        this.scheduler = scheduler;
        this.executor = executor;
        this.transport = transport;
        this.store = store;
        this.decoder = decoder;
        this.clock = clock;
        this.events = events;
        this.signal = signal;
        this.queue = queue;
    }

    /** Starts polling: at once, then after each poll as {@link #nextDelay} says, on the scheduler's time. */
    void start() {
        running = true;
        executor.execute(this::pollTick);
    }

    void stop() {
        running = false;
    }

    private void pollTick() {
        if (!running) {
            return;
        }
        int progress;
        try {
            progress = pollOnce();
        } catch (RuntimeException e) {
            progress = -1;
            if (running) {
                LOG.warn("receipt poll failed: {}", e.toString());
            }
        }
        delay = nextDelay(config, progress, delay);
        if (running) {
            scheduler.schedule(() -> executor.execute(this::pollTick), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** The pause before the next poll after one that recorded {@code progress} things ({@code -1}: it failed). */
    static Duration nextDelay(ClientConfig config, int progress, Duration previous) {
        if (progress > 0) {
            return Duration.ZERO; // more may be waiting: pause only once a poll brings nothing new
        }
        if (progress == 0) {
            return config.receiptPoll();
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(config.maxReceiptPoll()) > 0 ? config.maxReceiptPoll()
                : doubled.compareTo(config.receiptPoll()) < 0 ? config.receiptPoll() : doubled;
    }

    /**
     * Takes what arrived and processes it; acknowledges each envelope once its receipts are recorded or it is kept as
     * unmatched, in arrival order.
     *
     * @return how many receipts were recorded and envelopes kept for the first time (0: nothing new)
     */
    int pollOnce() {
        rematchDue();
        List<InboundEnvelope> arrived = transport.receive();
        if (arrived.isEmpty()) {
            return 0;
        }
        Processed p = process(arrived);
        for (int i = 0; i < arrived.size(); i++) {
            if (p.safe.get(i)) {
                transport.acknowledge(arrived.get(i));
            }
        }
        return p.recorded + p.kept;
    }

    /** Processes envelopes from elsewhere (e.g. exported from another store) as if the transport had delivered them. */
    ReceiptImport importEnvelopes(List<InboundEnvelope> envelopes) {
        Processed p = process(envelopes);
        long failed = p.safe.stream().filter(ok -> !ok).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " envelope(s) could neither be recorded nor kept by " + store.getClass().getSimpleName());
        }
        return new ReceiptImport(envelopes.size(), p.recorded, p.keptTotal);
    }

    /** What {@link #process} did. */
    private static final class Processed {
        final List<Boolean> safe = new ArrayList<>();
        int recorded;
        int kept;
        int keptTotal;
    }

    /** One inbound envelope with its receipts ({@code null}: undecodable). */
    private record Decoded(InboundEnvelope in, List<ReceiptEvent> receipts) {
    }

    private Processed process(List<InboundEnvelope> arrived) {
        List<Decoded> decoded = new ArrayList<>(arrived.size());
        Set<String> allKeys = new LinkedHashSet<>();
        for (InboundEnvelope in : arrived) {
            List<ReceiptEvent> rs;
            try {
                rs = decoder.decode(in.bytes());
                rs.forEach(r -> allKeys.addAll(keys(r)));
            } catch (RuntimeException e) {
                LOG.error("cannot decode inbound {}; kept unprocessed: {}", in.name(), e.toString());
                events.inboundUndecodable(in.name(), e);
                rs = null;
            }
            decoded.add(new Decoded(in, rs));
        }
        Map<String, String> ids = allKeys.isEmpty() ? Map.of() : store.correlateAll(allKeys);
        List<ReceiptEvent> matched = new ArrayList<>();
        List<ReceiptWrite> writes = new ArrayList<>();
        List<UnmatchedReceipt> keep = new ArrayList<>(decoded.size());
        Instant now = clock.instant();
        for (Decoded d : decoded) {
            UnmatchedReceipt unmatched = null;
            if (d.receipts() == null || d.receipts().isEmpty()) {
                unmatched = new UnmatchedReceipt(UnmatchedReceipt.keyOf(d.in().bytes()), now, InboundType.of(d.in().bytes()), List.of(),
                        d.in().bytes());
            } else {
                Set<String> missing = new LinkedHashSet<>();
                String type = null;
                for (ReceiptEvent r : d.receipts()) {
                    Optional<String> id = correlate(r, ids);
                    note(id.isPresent());
                    if (id.isEmpty()) {
                        LOG.info("receipt {} {} names no stored message; kept", r.messageType(), r.returnStatus());
                        events.receiptUnmatched(r);
                        missing.addAll(keys(r));
                        type = type == null ? r.messageType() : type;
                        continue;
                    }
                    matched.add(r);
                    writes.add(write(id.get(), r));
                }
                if (!missing.isEmpty()) {
                    unmatched = new UnmatchedReceipt(UnmatchedReceipt.keyOf(d.in().bytes()), now, type, List.copyOf(missing), d.in().bytes());
                }
            }
            keep.add(unmatched);
        }
        Processed p = new Processed();
        p.recorded = record(writes, matched);
        for (UnmatchedReceipt u : keep) {
            if (u == null) {
                p.safe.add(true);
                continue;
            }
            try {
                if (store.recordUnmatched(u)) {
                    p.kept++;
                    kept.updateAndGet(n -> n < 0 ? n : n + 1);
                }
                p.keptTotal++;
                p.safe.add(true);
            } catch (RuntimeException e) {
                // not kept: not acknowledged either, so the transport hands it out again
                LOG.warn("cannot keep unmatched inbound envelope {}; left unacknowledged: {}", u.key(), e.toString());
                p.safe.add(false);
            }
        }
        warnIfShared(now);
        return p;
    }

    private static ReceiptWrite write(String id, ReceiptEvent r) {
        return new ReceiptWrite(id, new StoredReceipt(r.key(), r.messageType(), r.kind().name(), r.guid(), r.copMsgId(), r.returnStatus(),
                r.returnTime(), r.info()), r.status().orElse(null));
    }

    /** Records the writes in one store call and tells of each status that moved; how many were recorded now. */
    private int record(List<ReceiptWrite> writes, List<ReceiptEvent> matched) {
        List<ReceiptOutcome> outcomes = writes.isEmpty() ? List.of() : store.recordReceipts(writes);
        int recorded = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).recorded()) {
                continue; // already recorded, by us or another poller
            }
            recorded++;
            String guid = writes.get(i).id();
            ReceiptEvent r = matched.get(i);
            events.receiptRecorded(guid, r);
            if (outcomes.get(i).advanced()) {
                Status status = r.status().orElseThrow();
                LOG.debug("{} -> {} ({} {})", guid, status, r.messageType(), r.returnStatus());
                signal.changed(guid, status, r);
            }
        }
        return recorded;
    }

    /** Matches kept envelopes that name one of the new messages (its id or correlation keys). */
    void rematchFor(List<OutboxEntry> added) {
        if (kept.get() == 0) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (OutboxEntry e : added) {
            keys.add(e.id());
            keys.addAll(e.correlationKeys());
        }
        try {
            rematch(store.unmatchedFor(keys));
        } catch (UnsupportedOperationException e) {
            kept.set(0);
        } catch (RuntimeException e) {
            LOG.warn("matching kept receipts to new messages failed; the poller tries again: {}", e.toString());
        }
    }

    /** At most once a minute: the oldest kept envelopes against the store (another instance may have their messages). */
    private void rematchDue() {
        Instant now = clock.instant();
        if (Duration.between(lastRematch, now).compareTo(REMATCH_EVERY) < 0 && kept.get() >= 0) {
            return;
        }
        lastRematch = now;
        long count = store.countUnmatched();
        kept.set(count);
        if (count > 0) {
            rematch(store.unmatched(100));
        }
    }

    private void rematch(List<UnmatchedReceipt> candidates) {
        for (UnmatchedReceipt u : candidates) {
            List<ReceiptEvent> rs;
            try {
                rs = decoder.decode(u.envelope());
            } catch (RuntimeException e) {
                continue; // undecodable: kept for a person to look at
            }
            if (rs.isEmpty()) {
                continue;
            }
            Set<String> keys = new LinkedHashSet<>();
            rs.forEach(r -> keys.addAll(keys(r)));
            Map<String, String> ids = store.correlateAll(keys);
            List<ReceiptEvent> matched = new ArrayList<>();
            List<ReceiptWrite> writes = new ArrayList<>();
            for (ReceiptEvent r : rs) {
                correlate(r, ids).ifPresent(id -> {
                    matched.add(r);
                    writes.add(write(id, r));
                });
            }
            if (writes.isEmpty()) {
                continue;
            }
            record(writes, matched);
            if (writes.size() == rs.size() && store.resolveUnmatched(u.key())) {
                LOG.info("kept receipt {} ({}) matched its message now", u.key(), u.messageType());
                kept.updateAndGet(n -> n > 0 ? n - 1 : n);
            }
        }
    }

    private synchronized void note(boolean matched) {
        seen++;
        if (!matched) {
            unmatchedSeen++;
        }
    }

    private synchronized void warnIfShared(Instant now) {
        if (seen < WINDOW) {
            return;
        }
        boolean shared = unmatchedSeen >= 10 && unmatchedSeen * 5 >= seen;
        if (shared && Duration.between(lastWarning, now).compareTo(WARN_EVERY) >= 0) {
            lastWarning = now;
            LOG.warn("{} of the last {} receipts on the receipt queue of {} name no message of this store: another store may be polling"
                    + " the same queue (one receipt queue belongs to one store); they are kept as unmatched receipts and can be"
                    + " exported and imported into the store that sent them", unmatchedSeen, seen, queue);
            events.receiptQueueShared(queue, unmatchedSeen, seen);
        }
        seen = 0;
        unmatchedSeen = 0;
    }

    /** The keys a receipt may be found by, in the order {@link #correlate} tries them. */
    private static List<String> keys(ReceiptEvent r) {
        List<String> keys = new ArrayList<>(3);
        if (r.guid() != null) {
            keys.add(r.guid());
        }
        if (r.copNo() != null) {
            keys.add(CorrelationKeys.COP_NO + r.copNo());
        }
        if (r.copMsgId() != null) {
            keys.add(r.copMsgId());
        }
        return keys;
    }

    /** The submission a receipt answers: by the document guid it names, then its copNo, then the CopMsgId. */
    private static Optional<String> correlate(ReceiptEvent r, Map<String, String> ids) {
        return keys(r).stream().map(ids::get).filter(Objects::nonNull).findFirst();
    }

    /** The type an inbound envelope carries, for the list of kept ones: the root, or a DxpMsg's MsgType. */
    private static final class InboundType {
        private InboundType() {
        }

        static String of(byte[] bytes) {
            try {
                String text = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.UTF_8);
                if (text.contains("DxpMsg")) {
                    return DxpEnvelopes.ofDefaults().read(bytes).transInfo().msgType();
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(?:[\\w-]+:)?(\\w+)[\\s>/]").matcher(
                        text.replaceAll("<\\?.*?\\?>", ""));
                return m.find() ? m.group(1) : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
