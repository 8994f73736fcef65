package org.cbec.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.cbec.client.ClientConfig;
import org.cbec.client.ClientListener;
import org.cbec.client.spi.Claim;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.client.status.Status;
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
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/**
 * The dispatch stage: claim due messages under a lease, send each through Retry(CircuitBreaker(TimeLimiter(Bulkhead(
 * transport.send)))), and complete, reschedule, release or dead-letter the claim. Everything is asynchronous: a send
 * runs on the executor, the retry's backoff and the time limit are timers on the scheduler (Resilience4j's
 * {@code decorateCompletionStage} forms), and the circuit breaker reads the client's clock, so on a test's virtual
 * time nothing sleeps. Between claims, failed messages wait in the outbox ({@code reschedule}), not in a thread; a
 * message over the send limit is released until the next permit without losing an attempt.
 */
final class Dispatch {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);

    private final MessageStore store;
    private final Transport transport;
    private final ClientConfig config;
    private final ClientListener events;
    private final StatusSignal signal;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final Pacer sends;

    private final Retry retry;
    private final CircuitBreakerRegistry breakers;
    private final TimeLimiter timeLimiter;
    private final Bulkhead bulkhead;

    /**
     * Claims held at once: twice the workers, but never more than the bulkhead lets send at once. A claim over the
     * bulkhead failed with {@link BulkheadFullException}, waited a backoff, and (counted as a failure of the endpoint)
     * opened the circuit of a healthy gateway: every message then waited {@link ClientConfig#openCircuitWait()}.
     */
    private final int places;
    private final Semaphore inFlight;
    /**
     * The free places a claim round waits for: half of them (at most a claim batch). A claim is a store transaction (a
     * synced commit in the H2 store); claiming each place as it frees made one commit per message and bound the send
     * rate to the disk's sync rate.
     */
    private final int refillAt;
    /** Claims held and not finished: released on close. */
    private final Set<Claim> held = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    /**
     * Whether a claim round may find a due message: set by a submit, the idle poll and a full batch, cleared just
     * before a claim (so a submit committed during it sets it again). A finished send asks for a round only while it
     * is set: a round that finds nothing is still a store transaction on the one committer thread, and one per
     * finished send made most of the claims empty.
     */
    private final AtomicBoolean mayBeDue = new AtomicBoolean(true);
    private volatile boolean running;

    Dispatch(MessageStore store, Transport transport, ClientConfig config, ClientListener events, StatusSignal signal,
             ScheduledExecutorService scheduler, Executor executor, Clock clock) {
        this.store = store;
        this.transport = transport;
        this.config = config;
        this.events = events;
        this.signal = signal;
        this.scheduler = scheduler;
        this.executor = executor;
        this.sends = new Pacer(clock, config.sendsPerMinute());
        Predicate<Throwable> transientFailure = Dispatch::isTransient;
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
                .clock(clock)
                .build());
        this.timeLimiter = TimeLimiter.of("cbec-send", TimeLimiterConfig.custom()
                .timeoutDuration(config.attemptTimeout()).cancelRunningFuture(true).build());
        // no waiting for a place: a full bulkhead is a transient failure, retried after the backoff on the scheduler
        this.bulkhead = Bulkhead.of("cbec-send", BulkheadConfig.custom()
                .maxConcurrentCalls(config.maxConcurrentSends()).maxWaitDuration(Duration.ZERO).build());
        this.places = Math.min(config.workers() * 2, config.maxConcurrentSends());
        this.inFlight = new Semaphore(places);
        this.refillAt = Math.max(1, Math.min(config.claimBatch(), places / 2));
    }

    static boolean isTransient(Throwable t) {
        Throwable e = unwrap(t);
        return e instanceof TransportException te ? te.transientFailure()
                : e instanceof TimeoutException || e instanceof BulkheadFullException;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /** Starts claiming: at once, then whenever woken and every {@link ClientConfig#idlePoll()}. */
    void start() {
        running = true;
        long idle = Math.max(1, config.idlePoll().toNanos());
        scheduler.scheduleWithFixedDelay(this::wake, idle, idle, TimeUnit.NANOSECONDS);
        wake();
    }

    /** Asks for a claim round soon: something may be due (a submit, the idle poll); rounds never overlap. */
    void wake() {
        mayBeDue.set(true);
        queueTick();
    }

    /** A place came free: a round only if the last one may have left due messages behind. */
    private void placeFreed() {
        if (mayBeDue.get()) {
            queueTick();
        }
    }

    private void queueTick() {
        if (running && tickQueued.compareAndSet(false, true)) {
            executor.execute(this::tick);
        }
    }

    private void tick() {
        tickQueued.set(false);
        if (!running) {
            return;
        }
        try {
            int free = Math.min(inFlight.availablePermits(), config.claimBatch());
            if (free < refillAt) {
                return; // places come back as sends finish, each asking for a round
            }
            mayBeDue.set(false);
            List<Claim> claims = store.claimDue(free, config.lease());
            for (Claim c : claims) {
                inFlight.acquireUninterruptibly();
                held.add(c);
                deliver(c);
            }
            if (claims.size() == free) {
                wake(); // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            mayBeDue.set(true); // the next finished send tries again
            if (running) {
                LOG.warn("dispatcher: {}", e.toString());
            }
        }
    }

    private void deliver(Claim claim) {
        Duration wait = sends.tryAcquire();
        if (!wait.isZero()) {
            finish(claim, () -> {
                if (!store.release(claim, wait)) {
                    leaseLost(claim);
                }
            });
            return;
        }
        OutboundEnvelope envelope = new OutboundEnvelope(claim.id(), claim.messageType(), claim.copMsgId(), claim.envelope());
        CircuitBreaker breaker = breakers.circuitBreaker(transport.endpoint());
        int attempt = claim.attempts() + 1;
        long start = System.nanoTime();
        Supplier<CompletionStage<SendResult>> once = () -> timeLimiter.executeCompletionStage(scheduler,
                () -> CompletableFuture.supplyAsync(() -> {
                    events.sendStarted(claim.id(), attempt);
                    return transport.send(envelope);
                }, executor));
        Supplier<CompletionStage<SendResult>> guarded = CircuitBreaker.decorateCompletionStage(breaker,
                Bulkhead.decorateCompletionStage(bulkhead, once));
        CompletionStage<SendResult> sent;
        try {
            sent = Retry.decorateCompletionStage(retry, scheduler, guarded).get();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        // A send completes on the worker that sent it, which records the success itself (a hand-off to another worker
        // per message cost two thread wake-ups); a failure may complete on the scheduler's one thread (a timeout, an
        // open circuit), so its store writes go to a worker.
        sent.whenComplete((result, error) -> {
            if (error == null) {
                finish(claim, () -> sent(claim, attempt, result, Duration.ofNanos(System.nanoTime() - start)));
            } else {
                executor.execute(() -> finish(claim, () -> unsent(claim, attempt, unwrap(error))));
            }
        });
    }

    private void unsent(Claim claim, int attempt, Throwable error) {
        if (error instanceof CallNotPermittedException) {
            LOG.info("circuit open for {}; {} waits", transport.endpoint(), claim.id());
            events.circuitOpen(claim.id(), transport.endpoint());
            if (!store.release(claim, config.openCircuitWait())) {
                leaseLost(claim);
            }
        } else {
            failed(claim, attempt, error);
        }
    }

    /** Runs the end of a claim, then frees its place (and asks for a round if more may be due). */
    private void finish(Claim claim, Runnable end) {
        try {
            if (held.remove(claim)) {
                end.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("finishing {} failed; its lease runs out and it is sent again: {}", claim.id(), e.toString());
        } finally {
            inFlight.release();
            placeFreed();
        }
    }

    private void sent(Claim claim, int attempt, SendResult result, Duration took) {
        if (store.complete(claim, Status.SENT)) {
            LOG.debug("sent {} {} to {}", claim.messageType(), claim.id(), result.endpoint());
            events.sent(claim.id(), attempt, took);
            signal.changed(claim.id(), Status.SENT, null);
        } else {
            leaseLost(claim);
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
                signal.changed(claim.id(), status, null);
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

    /**
     * Stops claiming, waits up to {@code grace} for the sends in flight, then releases every claim still held (due again
     * at once for the next client on the store); a send that ends after its claim was released changes nothing.
     *
     * @return how many claims were released
     */
    int stop(Duration grace) throws InterruptedException {
        running = false;
        if (!grace.isZero() && inFlight.tryAcquire(places, grace.toNanos(), TimeUnit.NANOSECONDS)) {
            inFlight.release(places);
        }
        int released = 0;
        for (Claim c : List.copyOf(held)) {
            if (held.remove(c)) {
                try {
                    if (store.release(c, Duration.ZERO)) {
                        released++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("cannot release the claim on {}; it is due again when its lease runs out: {}", c.id(), e.toString());
                }
            }
        }
        if (released > 0) {
            LOG.info("released {} claim(s) at close; they are due again at once", released);
        }
        return released;
    }
}
