package org.cbec.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.ClientListener;
import org.cbec.client.DeadLetter;
import org.cbec.client.OrderStatus;
import org.cbec.client.ReceiptDecoder;
import org.cbec.client.ReceiptDecoders;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.SenderProfile;
import org.cbec.client.status.Status;
import org.cbec.client.Submission;
import org.cbec.client.SubmissionListener;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.ReceiptOutcome;
import org.cbec.client.spi.ReceiptWrite;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.XmlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * The default {@link CebClient}: a dispatcher thread claims due messages from the store and hands them to a bounded
 * pool of senders; a receipt poller takes inbound envelopes, records each receipt once and moves statuses forward.
 * Logs name messages by guid and type only, never their bodies (which hold buyers' names, ids and phone numbers).
 */
public final class DefaultCebClient implements CebClient {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCebClient.class);

    private final SenderProfile sender;
    private final XmlSigner signer;
    private final CebCodec codec;
    private final Transport transport;
    private final MessageStore store;
    private final Clock clock;
    private final ClientConfig config;
    private final ReceiptDecoder decoder;
    private final ClientListener events;
    private final List<SubmissionListener> listeners = new CopyOnWriteArrayList<>();
    private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();

    private final RateLimiter rateLimiter;
    private final Retry retry;
    private final CircuitBreakerRegistry breakers;
    private final TimeLimiter timeLimiter;
    private final Bulkhead bulkhead;

    private final ExecutorService senders;
    private final ExecutorService attempts;
    private final Semaphore inFlight;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Object statusMonitor = new Object();
    private final Thread dispatcher;
    private final Thread poller;
    private volatile boolean running = true;

    private DefaultCebClient(DefaultBuilder b) {
        this.sender = Objects.requireNonNull(b.sender, "sender");
        this.signer = b.signer;
        this.codec = b.codec;
        this.transport = Objects.requireNonNull(b.transport, "transport");
        this.store = Objects.requireNonNull(b.store, "store");
        this.clock = b.clock;
        this.config = b.config;
        this.decoder = b.decoder;
        this.events = b.events;
        this.listeners.addAll(b.listeners);
        TestKeyWarning.check(signer, transport.endpoint());

        this.rateLimiter = RateLimiter.of("cbec-signatures", RateLimiterConfig.custom()
                .limitForPeriod(config.signaturesPerMinute())
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(config.lease().dividedBy(4))
                .build());
        Predicate<Throwable> transientFailure = DefaultCebClient::isTransient;
        this.retry = Retry.of("cbec-send", RetryConfig.custom()
                .maxAttempts(config.inProcessAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(config.initialBackoff(), 2.0, 0.5, config.maxBackoff()))
                .retryOnException(transientFailure)
                .failAfterMaxAttempts(false)
                .build());
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(config.circuitWindow())
                .minimumNumberOfCalls(config.circuitWindow())
                .failureRateThreshold(config.failureRateThreshold())
                .waitDurationInOpenState(config.openCircuitWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(transientFailure)
                .build());
        this.timeLimiter = TimeLimiter.of("cbec-send", TimeLimiterConfig.custom()
                .timeoutDuration(config.attemptTimeout()).cancelRunningFuture(true).build());
        this.bulkhead = Bulkhead.of("cbec-send", BulkheadConfig.custom()
                .maxConcurrentCalls(config.maxConcurrentSends()).maxWaitDuration(config.attemptTimeout()).build());

        this.senders = Executors.newFixedThreadPool(config.workers(), daemon("cbec-sender"));
        this.attempts = Executors.newCachedThreadPool(daemon("cbec-attempt"));
        this.inFlight = new Semaphore(config.workers() * 2);
        this.dispatcher = new Thread(this::dispatchLoop, "cbec-dispatcher");
        this.poller = new Thread(this::pollLoop, "cbec-receipts");
        dispatcher.setDaemon(true);
        poller.setDaemon(true);
        if (b.startWorkers) {
            dispatcher.start();
            poller.start();
        } else {
            running = false;
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static boolean isTransient(Throwable t) {
        return t instanceof TransportException te ? te.transientFailure()
                : t instanceof TimeoutException || t instanceof BulkheadFullException;
    }

    // ---- submit ----

    @Override
    public Submission submit(CebMessage message) {
        return submitAll(List.of(message)).get(0);
    }

    @Override
    public List<Submission> submitAll(List<? extends CebMessage> messages) {
        if (signer == null) {
            throw new IllegalStateException("no signer configured: use submitSigned or set CebClient.builder().signer(...)");
        }
        List<OutboxEntry> entries = new ArrayList<>(messages.size());
        for (CebMessage message : messages) {
            MessageSpec<?> spec = message.spec();
            byte[] signed = codec.writeSigned(message, signer);
            // the keys come from the typed message: no need to parse the bytes just written
            entries.add(entry(spec.rootName(), spec.direction(), message.guid(), signed, CorrelationKeys.of(message)));
        }
        return enqueue(entries);
    }

    @Override
    public Submission submitSigned(String messageType, MessageSpec.Direction direction, String guid, byte[] signedMessage) {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(guid, "guid");
        return enqueue(List.of(entry(messageType, direction, guid, signedMessage, CorrelationKeys.of(signedMessage, guid)))).get(0);
    }

    private OutboxEntry entry(String messageType, MessageSpec.Direction direction, String guid, byte[] signed, List<String> keys) {
        TransInfo info = TransInfo.builder()
                .copMsgId(guid)
                .senderId(sender.dxpId())
                .receiverId(direction == MessageSpec.Direction.IMPORT ? TransInfo.IMPORT_RECEIVER : TransInfo.EXPORT_RECEIVER)
                .creatTime(clock)
                .msgType(messageType)
                .build();
        byte[] envelope = envelopes.write(envelopes.wrap(signed, info));
        return new OutboxEntry(guid, messageType, guid, signed, envelope, Status.QUEUED, keys, digest(signed, info));
    }

    /**
     * Interim content digest (store branch, until the client's prepare stage computes it over the unsigned canonical
     * bytes): SHA-256 over the destination and the signed bytes.
     */
    private static byte[] digest(byte[] signed, TransInfo info) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {info.senderId(), String.join(",", info.receiverIds()), info.msgType()}) {
                sha.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return sha.digest(signed);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One group-committed transaction for the rows and their correlation keys. */
    private List<Submission> enqueue(List<OutboxEntry> entries) {
        List<org.cbec.client.spi.EnqueueResult> added = store.enqueueAll(entries);
        List<Submission> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            if (added.get(i).isAdded()) {
                LOG.debug("queued {} {}", e.messageType(), e.id());
                events.enqueued(e.id(), e.messageType());
            } else {
                LOG.info("{} {} is already in the outbox; not queued again", e.messageType(), e.id());
            }
            out.add(new Handle(e.id(), e.messageType()));
        }
        wakeUp.release();
        return out;
    }

    // ---- sending ----

    private void dispatchLoop() {
        while (running) {
            try {
                int free = Math.min(inFlight.availablePermits(), config.claimBatch());
                List<Claim> claims = free == 0 ? List.of() : store.claimDue(free, config.lease());
                for (Claim c : claims) {
                    inFlight.acquire();
                    try {
                        senders.execute(() -> {
                            try {
                                deliver(c);
                            } finally {
                                inFlight.release();
                                wakeUp.release();
                            }
                        });
                    } catch (RuntimeException rejected) {
                        inFlight.release();
                        throw rejected;
                    }
                }
                if (claims.isEmpty() || free == 0) {
                    wakeUp.tryAcquire(config.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("dispatcher: {}", e.toString());
                    sleepQuietly(config.idlePoll());
                }
            }
        }
    }

    private void deliver(Claim claim) {
        OutboundEnvelope envelope = new OutboundEnvelope(claim.id(), claim.messageType(), claim.copMsgId(), claim.envelope());
        CircuitBreaker breaker = breakers.circuitBreaker(transport.endpoint());
        int attempt = claim.attempts() + 1;
        long start = System.nanoTime();
        try {
            if (!rateLimiter.acquirePermission()) {
                store.release(claim, Duration.ZERO);
                return;
            }
            Supplier<SendResult> bulkheaded = Bulkhead.decorateSupplier(bulkhead, () -> {
                events.sendStarted(claim.id(), attempt);
                return transport.send(envelope);
            });
            java.util.concurrent.Callable<SendResult> timed = TimeLimiter.decorateFutureSupplier(timeLimiter,
                    () -> CompletableFuture.supplyAsync(bulkheaded, attempts));
            java.util.concurrent.Callable<SendResult> guarded = CircuitBreaker.decorateCallable(breaker, timed);
            SendResult result = Retry.decorateCallable(retry, guarded).call();
            if (store.complete(claim, Status.SENT)) {
                LOG.debug("sent {} {} to {}", claim.messageType(), claim.id(), result.endpoint());
                events.sent(claim.id(), attempt, Duration.ofNanos(System.nanoTime() - start));
                statusChanged(claim.id(), Status.SENT, null);
            } else {
                leaseLost(claim);
            }
        } catch (CallNotPermittedException open) {
            LOG.info("circuit open for {}; {} waits", transport.endpoint(), claim.id());
            events.circuitOpen(claim.id(), transport.endpoint());
            if (!store.release(claim, config.openCircuitWait())) {
                leaseLost(claim);
            }
        } catch (Exception e) {
            failed(claim, attempt, e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e);
        }
    }

    private void failed(Claim claim, int attempt, Throwable error) {
        boolean permanent = error instanceof TransportException te && !te.transientFailure();
        events.sendFailed(claim.id(), attempt, error, !permanent);
        String reason = String.valueOf(error.getMessage());
        if (permanent || attempt >= config.maxAttempts()) {
            Status status = error instanceof TransportException te && te.report().isPresent() ? Status.EXCHANGE_ERROR : Status.DEAD_LETTER;
            if (store.deadLetter(claim, error.getClass().getName(), reason, status)) {
                LOG.warn("dead letter {} {} after {} attempt(s): {}", claim.messageType(), claim.id(), attempt, reason);
                events.deadLettered(claim.id(), reason);
                statusChanged(claim.id(), status, null);
            } else {
                leaseLost(claim);
            }
        } else {
            Duration delay = config.retryDelay(attempt);
            if (store.reschedule(claim, delay, error.getClass().getName(), reason)) {
                LOG.info("{} {} failed (attempt {}), next in {}: {}", claim.messageType(), claim.id(), attempt, delay, reason);
                events.rescheduled(claim.id(), attempt, delay);
            } else {
                leaseLost(claim);
            }
        }
    }

    private void leaseLost(Claim claim) {
        LOG.warn("lease on {} expired before this worker finished; its result is discarded", claim.id());
        events.leaseLost(claim.id());
    }

    // ---- receipts ----

    private void pollLoop() {
        Duration delay = config.receiptPoll();
        while (running) {
            try {
                int recorded = pollOnce();
                delay = config.receiptPoll();
                if (recorded > 0) {
                    continue; // more may be waiting: pause only once a poll brings nothing new
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                delay = delay.multipliedBy(2).compareTo(config.maxReceiptPoll()) > 0 ? config.maxReceiptPoll() : delay.multipliedBy(2);
                LOG.warn("receipt poll failed, next in {}: {}", delay, e.toString());
            }
            if (!sleepQuietly(delay)) {
                return;
            }
        }
    }

    /**
     * Takes what arrived, records each receipt once and moves statuses, all in one store call (one sync for the whole
     * poll), then acknowledges each envelope, in arrival order. Public for tests of two pollers.
     *
     * @return how many receipts it recorded for the first time (0: nothing new, e.g. nothing was waiting, or only
     *         duplicates, unmatched or unreadable envelopes, which a transport may hand out again)
     */
    public int pollOnce() {
        List<InboundEnvelope> arrived = transport.receive();
        List<ReceiptEvent> decoded = new ArrayList<>();
        for (InboundEnvelope in : arrived) {
            try {
                decoded.addAll(decoder.decode(in.bytes()));
            } catch (RuntimeException e) {
                LOG.error("cannot decode inbound {}; archived unprocessed: {}", in.name(), e.toString());
                events.inboundUndecodable(in.name(), e);
            }
        }
        Map<String, String> ids = decoded.isEmpty() ? Map.of() : store.correlateAll(correlationKeys(decoded));
        List<ReceiptEvent> matched = new ArrayList<>();
        List<ReceiptWrite> writes = new ArrayList<>();
        for (ReceiptEvent r : decoded) {
            Optional<String> id = correlate(r, ids);
            if (id.isEmpty()) {
                LOG.info("receipt {} {} names no stored message", r.messageType(), r.returnStatus());
                events.receiptUnmatched(r);
                continue;
            }
            Optional<Status> status = r.status();
            matched.add(r);
            writes.add(new ReceiptWrite(id.get(), new StoredReceipt(r.key(), r.messageType(), r.kind().name(), r.guid(), r.copMsgId(),
                    r.returnStatus(), r.returnTime(), r.info()), status.orElse(null)));
        }
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
                statusChanged(guid, status, r);
            }
        }
        arrived.forEach(transport::acknowledge);
        return recorded;
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

    private static Set<String> correlationKeys(List<ReceiptEvent> receipts) {
        Set<String> all = new LinkedHashSet<>();
        receipts.forEach(r -> all.addAll(keys(r)));
        return all;
    }

    /** The submission a receipt answers: by the document guid it names, then its copNo, then the CopMsgId. */
    private static Optional<String> correlate(ReceiptEvent r, Map<String, String> ids) {
        return keys(r).stream().map(ids::get).filter(Objects::nonNull).findFirst();
    }

    private void statusChanged(String guid, Status status, ReceiptEvent receipt) {
        for (SubmissionListener l : listeners) {
            try {
                l.onStatus(guid, status, receipt);
            } catch (RuntimeException e) {
                LOG.warn("listener failed on {} {}: {}", guid, status, e.toString());
            }
        }
        synchronized (statusMonitor) {
            statusMonitor.notifyAll();
        }
    }

    // ---- queries ----

    @Override
    public Optional<Submission> submission(String guid) {
        return store.find(guid).map(m -> new Handle(m.id(), m.messageType()));
    }

    @Override
    public OrderStatus order(String orderNo) {
        List<Submission> subs = new ArrayList<>();
        List<Status> statuses = new ArrayList<>();
        for (String id : store.correlated(CorrelationKeys.ORDER_NO + orderNo)) {
            store.find(id).ifPresent(m -> {
                subs.add(new Handle(m.id(), m.messageType()));
                statuses.add(m.status());
            });
        }
        return new OrderStatus(orderNo, subs, statuses);
    }

    @Override
    public List<DeadLetter> deadLetters(int max) {
        List<DeadLetter> out = new ArrayList<>();
        try {
            store.forEach(DeliveryState.DEAD_LETTER, m -> {
                if (out.size() >= max) {
                    throw new StopIteration();
                }
                out.add(new DeadLetter(m.id(), m.messageType(), m.attempts(), m.lastErrorClass(), m.lastError()));
            });
        } catch (StopIteration enough) {
            // bounded
        }
        return out;
    }

    private static final class StopIteration extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopIteration() {
            super(null, null, false, false);
        }
    }

    @Override
    public void addListener(SubmissionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private final class Handle implements Submission {
        private final String guid;
        private final String messageType;

        Handle(String guid, String messageType) {
            this.guid = guid;
            this.messageType = messageType;
        }

        @Override
        public String guid() {
            return guid;
        }

        @Override
        public String messageType() {
            return messageType;
        }

        @Override
        public Status status() {
            return store.find(guid).map(StoredMessage::status).orElse(Status.CREATED);
        }

        @Override
        public List<ReceiptEvent> receipts() {
            List<ReceiptEvent> out = new ArrayList<>();
            for (StoredReceipt r : store.receipts(guid)) {
                out.add(new ReceiptEvent(ReceiptEvent.Kind.valueOf(r.kind()), r.messageType(), r.guid(), r.copMsgId(), null, r.returnStatus(),
                        r.returnTime(), r.info()));
            }
            return out;
        }

        @Override
        public Status await(Status target, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Status now = status();
                long left = deadline - System.nanoTime();
                if (now.reached(target) || left <= 0) {
                    return now;
                }
                synchronized (statusMonitor) {
                    // bounded wait: another process may change the store without notifying us
                    statusMonitor.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
                }
            }
        }

        @Override
        public String toString() {
            return "Submission[" + messageType + " " + guid + "]";
        }
    }

    // ---- lifecycle ----

    @Override
    public void close() {
        running = false;
        dispatcher.interrupt();
        poller.interrupt();
        join(dispatcher);
        join(poller);
        senders.shutdown();
        try {
            if (!senders.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("sends still in flight at close; their leases will expire and another worker will resend");
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
        attempts.shutdownNow();
        transport.close();
        store.close();
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** The builder behind {@link CebClient#builder()}. */
    public static final class DefaultBuilder implements CebClient.Builder {
        private SenderProfile sender;
        private XmlSigner signer;
        private CebCodec codec = CebCodec.ofDefaults();
        private Transport transport;
        private MessageStore store;
        private Clock clock = Clock.systemUTC();
        private ClientConfig config = ClientConfig.ofDefaults();
        private ReceiptDecoder decoder = ReceiptDecoders.generic();
        private ClientListener events = ClientListener.NONE;
        private final List<SubmissionListener> listeners = new ArrayList<>();
        private boolean startWorkers = true;

        @Override
        public Builder sender(SenderProfile sender) {
            this.sender = sender;
            return this;
        }

        @Override
        public Builder signer(XmlSigner signer) {
            this.signer = signer;
            return this;
        }

        @Override
        public Builder codec(CebCodec codec) {
            this.codec = Objects.requireNonNull(codec);
            return this;
        }

        @Override
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        @Override
        public Builder store(MessageStore store) {
            this.store = store;
            return this;
        }

        @Override
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        @Override
        public Builder config(ClientConfig config) {
            this.config = Objects.requireNonNull(config);
            return this;
        }

        @Override
        public Builder receiptDecoder(ReceiptDecoder decoder) {
            this.decoder = Objects.requireNonNull(decoder);
            return this;
        }

        @Override
        public Builder listener(SubmissionListener listener) {
            listeners.add(Objects.requireNonNull(listener));
            return this;
        }

        @Override
        public Builder clientListener(ClientListener listener) {
            this.events = Objects.requireNonNull(listener);
            return this;
        }

        @Override
        public Builder startWorkers(boolean start) {
            this.startWorkers = start;
            return this;
        }

        @Override
        public CebClient build() {
            return new DefaultCebClient(this);
        }
    }
}
