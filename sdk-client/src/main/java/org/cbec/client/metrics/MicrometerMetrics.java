package org.cbec.client.metrics;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cbec.client.ClientListener;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.status.Status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer meters for a {@code CebClient}, as a {@link ClientListener}. Needs {@code io.micrometer:micrometer-core}
 * on the class path (an optional dependency of sdk-core: the client itself runs without it). Meters carry no message
 * content and no guid, only counts and times:
 * <ul>
 * <li>{@code cbec.messages.queued}, tag {@code type}: messages made durable in the outbox;</li>
 * <li>{@code cbec.messages.sent}: messages the platform accepted; {@code cbec.send.duration}: time from the start of a
 * worker's delivery to acceptance, retries in the same claim included;</li>
 * <li>{@code cbec.messages.failed}, tag {@code transient} ({@code true}: will be tried again);
 * {@code cbec.messages.dead_lettered}; {@code cbec.messages.lease_lost};</li>
 * <li>{@code cbec.receipts.recorded}, tag {@code status} (the status the receipt means, {@code none} for an
 * informational one); {@code cbec.receipts.unmatched}; {@code cbec.receipt.latency}, tag {@code status}: time from
 * submit to each receipt, for messages submitted by this process.</li>
 * </ul>
 *
 * <pre>{@code
 * MeterRegistry registry = new SimpleMeterRegistry();   // or your Prometheus/OTLP registry
 * CebClient client = CebClient.builder()
 *         .sender(profile).signer(signer).transport(transport).store(store)
 *         .clientListener(new MicrometerMetrics(registry))
 *         .build();
 * }</pre>
 */
public final class MicrometerMetrics implements ClientListener {

    /**
     * Submit times of messages awaiting a terminal receipt, bounded so that a platform that never answers cannot grow
     * it: beyond this many, the oldest submission is forgotten (an order ends at ENTERED, never terminal, so entries are
     * not all removed by their last receipt).
     */
    static final int MAX_TRACKED = 100_000;

    private final MeterRegistry registry;
    private final Counter sent;
    private final Timer sendDuration;
    private final Counter deadLettered;
    private final Counter leaseLost;
    private final Counter unmatched;
    private final Map<String, Long> submittedAt = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_TRACKED;
        }
    });
    private final Map<String, Counter> queued = new ConcurrentHashMap<>();
    private final Map<Boolean, Counter> failed = new ConcurrentHashMap<>();
    private final Map<String, Counter> recorded = new ConcurrentHashMap<>();
    private final Map<String, Timer> latency = new ConcurrentHashMap<>();

    /** Registers the meters in {@code registry}. */
    public MicrometerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.sent = Counter.builder("cbec.messages.sent").description("messages the platform accepted").register(registry);
        this.sendDuration = Timer.builder("cbec.send.duration").description("delivery time until accepted").register(registry);
        this.deadLettered = Counter.builder("cbec.messages.dead_lettered").description("messages given up").register(registry);
        this.leaseLost = Counter.builder("cbec.messages.lease_lost").description("deliveries whose lease ran out").register(registry);
        this.unmatched = Counter.builder("cbec.receipts.unmatched").description("receipts naming no stored message").register(registry);
    }

    @Override
    public void enqueued(String guid, String messageType) {
        queued.computeIfAbsent(messageType, t -> Counter.builder("cbec.messages.queued").description("messages made durable in the outbox")
                .tag("type", t).register(registry)).increment();
        submittedAt.put(guid, System.nanoTime());
    }

    @Override
    public void sent(String guid, int attempt, Duration took) {
        sent.increment();
        sendDuration.record(took);
    }

    @Override
    public void sendFailed(String guid, int attempt, Throwable error, boolean transientFailure) {
        failed.computeIfAbsent(transientFailure, t -> Counter.builder("cbec.messages.failed").description("failed send attempts")
                .tag("transient", String.valueOf(t)).register(registry)).increment();
    }

    @Override
    public void deadLettered(String guid, String reason) {
        deadLettered.increment();
        submittedAt.remove(guid);
    }

    @Override
    public void leaseLost(String guid) {
        leaseLost.increment();
    }

    @Override
    public void receiptRecorded(String guid, ReceiptEvent receipt) {
        Optional<Status> means = receipt.status();
        String status = means.map(Status::name).orElse("none");
        recorded.computeIfAbsent(status, st -> Counter.builder("cbec.receipts.recorded").description("receipts recorded")
                .tag("status", st).register(registry)).increment();
        boolean terminal = means.map(Status::isTerminal).orElse(false);
        Long since = terminal ? submittedAt.remove(guid) : submittedAt.get(guid);
        if (since != null) {
            latency.computeIfAbsent(status, st -> Timer.builder("cbec.receipt.latency").description("time from submit to receipt")
                    .tag("status", st).register(registry)).record(Duration.ofNanos(System.nanoTime() - since));
        }
    }

    @Override
    public void receiptUnmatched(ReceiptEvent receipt) {
        unmatched.increment();
    }
}
