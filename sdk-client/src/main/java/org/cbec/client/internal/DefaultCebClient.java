package org.cbec.client.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.ClientListener;
import org.cbec.client.DeadLetter;
import org.cbec.client.EnvelopeInterceptor;
import org.cbec.client.MessageInterceptor;
import org.cbec.client.OrderStatus;
import org.cbec.client.ReceiptDecoder;
import org.cbec.client.ReceiptDecoders;
import org.cbec.client.ReceiptImport;
import org.cbec.client.SenderProfile;
import org.cbec.client.Sleeper;
import org.cbec.client.Submission;
import org.cbec.client.SubmissionListener;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.XmlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link CebClient}, the stages of ARCHITECTURE.md's flow wired together: {@link Prepare} (message
 * interceptors, validate, sign, wrap, envelope interceptors), {@link Enqueue} (the durable outbox, a guid being an
 * idempotency key), {@link Dispatch} (claim, send through Resilience4j, complete), {@link Receipts} (poll, decode,
 * correlate, record, keep what matches nothing, acknowledge) and {@link Queries}. Time comes from the injected clock
 * and scheduler; work runs on the executor. Logs name messages by guid and type only, never their bodies (which hold
 * buyers' names, ids and phone numbers).
 */
public final class DefaultCebClient implements CebClient {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCebClient.class);

    private final Transport transport;
    private final MessageStore store;
    private final ClientConfig config;
    private final StatusSignal signal;
    private final Prepare prepare;
    private final Enqueue enqueue;
    private final Dispatch dispatch;
    private final Receipts receipts;
    private final Queries queries;
    private final ScheduledExecutorService ownedScheduler;
    private final ExecutorService ownedExecutor;
    private volatile boolean closed;

    private DefaultCebClient(DefaultBuilder b) {
        SenderProfile sender = Objects.requireNonNull(b.sender, "sender");
        this.transport = Objects.requireNonNull(b.transport, "transport");
        this.store = Objects.requireNonNull(b.store, "store");
        this.config = b.config;
        TestKeyWarning.check(b.signer, transport.endpoint());
        this.ownedScheduler = b.scheduler == null ? scheduler() : null;
        this.ownedExecutor = b.executor == null ? Executors.newCachedThreadPool(daemon("cbec-client")) : null;
        ScheduledExecutorService scheduler = b.scheduler != null ? b.scheduler : ownedScheduler;
        ExecutorService executor = b.executor != null ? b.executor : ownedExecutor;

        this.signal = new StatusSignal(b.listeners);
        this.queries = new Queries(store, signal);
        this.prepare = new Prepare(sender, b.signer, b.codec, b.clock, new Pacer(b.clock, config.signaturesPerMinute()), b.sleeper,
                b.interceptors, b.envelopeInterceptors);
        ClientListener events = ClientListeners.of(b.clientListeners);
        this.dispatch = new Dispatch(store, transport, config, events, signal, scheduler, executor, b.clock);
        this.receipts = new Receipts(transport, store, b.decoder, b.clock, events, signal, sender.dxpId(), config, scheduler, executor);
        this.enqueue = new Enqueue(store, executor, b.clock, events, queries, dispatch::wake, receipts);
        if (b.startWorkers) {
            dispatch.start();
            receipts.start();
        }
    }

    private static ScheduledExecutorService scheduler() {
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, daemon("cbec-timer"));
        s.setRemoveOnCancelPolicy(true);
        return s;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---- submit: prepare, then enqueue ----

    @Override
    public Submission submit(CebMessage message) {
        return join(prepare.submit(message, e -> enqueue.now(List.of(e)).get(0)));
    }

    @Override
    public CompletableFuture<Submission> submitAsync(CebMessage message) {
        try {
            return prepare.submit(message, enqueue::later).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public List<Submission> submitAll(List<? extends CebMessage> messages) {
        // every message goes through its chain first; the entries are stored together only once all of them are valid
        List<OutboxEntry> entries = new ArrayList<>(messages.size());
        List<CompletableFuture<Submission>> stored = new ArrayList<>(messages.size());
        List<CompletionStage<Submission>> outcomes = new ArrayList<>(messages.size());
        try {
            for (CebMessage m : messages) {
                outcomes.add(prepare.submit(m, e -> {
                    CompletableFuture<Submission> f = new CompletableFuture<>();
                    entries.add(e);
                    stored.add(f);
                    return f;
                }));
            }
        } catch (RuntimeException e) {
            stored.forEach(f -> f.completeExceptionally(new IllegalStateException("not stored: another message of the batch was refused", e)));
            throw e;
        }
        List<CompletableFuture<Submission>> done = enqueue.now(entries);
        for (int i = 0; i < done.size(); i++) {
            CompletableFuture<Submission> target = stored.get(i);
            done.get(i).whenComplete((s, e) -> {
                if (e == null) {
                    target.complete(s);
                } else {
                    target.completeExceptionally(e);
                }
            });
        }
        List<Submission> out = new ArrayList<>(outcomes.size());
        for (CompletionStage<Submission> o : outcomes) {
            out.add(join(o));
        }
        return out;
    }

    @Override
    public Submission submitSigned(String messageType, MessageSpec.Direction direction, String guid, byte[] signedMessage) {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(guid, "guid");
        return join(enqueue.now(List.of(prepare.signed(messageType, direction, guid, signedMessage))).get(0));
    }

    /** The stage's value, or its failure as thrown (a CebException stays one). */
    private static Submission join(CompletionStage<Submission> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    // ---- receipts and queries ----

    @Override
    public ReceiptImport importReceipts(List<InboundEnvelope> envelopes) {
        return receipts.importEnvelopes(envelopes);
    }

    @Override
    public List<UnmatchedReceipt> unmatchedReceipts(int max) {
        return queries.unmatched(max);
    }

    @Override
    public Optional<Submission> submission(String guid) {
        return queries.submission(guid);
    }

    @Override
    public OrderStatus order(String orderNo) {
        return queries.order(orderNo);
    }

    @Override
    public List<DeadLetter> deadLetters(int max) {
        return queries.deadLetters(max);
    }

    @Override
    public void addListener(SubmissionListener listener) {
        signal.add(Objects.requireNonNull(listener));
    }

    // ---- lifecycle ----

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        receipts.stop();
        try {
            dispatch.stop(config.closeGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                dispatch.stop(java.time.Duration.ZERO);
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
        if (ownedScheduler != null) {
            ownedScheduler.shutdownNow();
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
            try {
                if (!ownedExecutor.awaitTermination(1, TimeUnit.SECONDS)) {
                    ownedExecutor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ownedExecutor.shutdownNow();
            }
        }
        transport.close();
        store.close();
        LOG.debug("client closed");
    }

    /** The builder behind {@link CebClient#builder()}. */
    public static final class DefaultBuilder implements CebClient.Builder {
        private SenderProfile sender;
        private XmlSigner signer;
        private CebCodec codec = CebCodec.ofDefaults();
        private Transport transport;
        private MessageStore store;
        private Clock clock = Clock.systemUTC();
        private ScheduledExecutorService scheduler;
        private ExecutorService executor;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private ClientConfig config = ClientConfig.ofDefaults();
        private ReceiptDecoder decoder = ReceiptDecoders.generic();
        private final List<ClientListener> clientListeners = new ArrayList<>();
        private final List<SubmissionListener> listeners = new ArrayList<>();
        private final List<MessageInterceptor> interceptors = new ArrayList<>();
        private final List<EnvelopeInterceptor> envelopeInterceptors = new ArrayList<>();
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
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler);
            return this;
        }

        @Override
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor);
            return this;
        }

        @Override
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
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
            clientListeners.add(Objects.requireNonNull(listener));
            return this;
        }

        @Override
        public Builder addInterceptor(MessageInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor));
            return this;
        }

        @Override
        public Builder addEnvelopeInterceptor(EnvelopeInterceptor interceptor) {
            envelopeInterceptors.add(Objects.requireNonNull(interceptor));
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
