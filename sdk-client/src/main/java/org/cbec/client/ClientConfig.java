package org.cbec.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of a {@link CebClient}: workers, leases, retries, circuit breaker, rate limiter, bulkhead and
 * receipt polling.
 *
 * <p>Each send runs as Retry(CircuitBreaker(TimeLimiter(Bulkhead(transport.send)))), asynchronously: the retry's backoff
 * and the time limit are timers on the client's scheduler, no thread sleeps. In-process retries are few and short
 * ({@link #inProcessAttempts}, exponential backoff with jitter, transient failures only); after them the message goes
 * back to the store with its retry state and is due again after {@link #retryDelay(int)}, until {@link #maxAttempts}
 * failed attempts, then to the dead letters. Two limits: {@link #signaturesPerMinute} paces signing (submit waits),
 * {@link #sendsPerMinute} paces sending (off by default; a message over it waits in the outbox, not in a thread).
 *
 * <pre>{@code
 * ClientConfig config = ClientConfig.custom()
 *         .signaturesPerMinute(250)                 // a USB key signs about 250 a minute
 *         .maxAttempts(12)
 *         .build();
 * ClientConfig fast = ClientConfig.from(config).workers(8).build();
 * }</pre>
 */
public final class ClientConfig {

    private final int workers;
    private final int claimBatch;
    private final Duration lease;
    private final Duration idlePoll;
    private final Duration receiptPoll;
    private final Duration maxReceiptPoll;
    private final int inProcessAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration attemptTimeout;
    private final int signaturesPerMinute;
    private final int maxConcurrentSends;
    private final float failureRateThreshold;
    private final int circuitWindow;
    private final Duration openCircuitWait;
    private final int sendsPerMinute;
    private final Duration closeGrace;

    private ClientConfig(Builder b) {
        this.workers = b.workers;
        this.claimBatch = b.claimBatch;
        this.lease = b.lease;
        this.idlePoll = b.idlePoll;
        this.receiptPoll = b.receiptPoll;
        this.maxReceiptPoll = b.maxReceiptPoll;
        this.inProcessAttempts = b.inProcessAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxAttempts = b.maxAttempts;
        this.retryBase = b.retryBase;
        this.retryMax = b.retryMax;
        this.attemptTimeout = b.attemptTimeout;
        this.signaturesPerMinute = b.signaturesPerMinute;
        this.maxConcurrentSends = b.maxConcurrentSends;
        this.failureRateThreshold = b.failureRateThreshold;
        this.circuitWindow = b.circuitWindow;
        this.openCircuitWait = b.openCircuitWait;
        this.sendsPerMinute = b.sendsPerMinute;
        this.closeGrace = b.closeGrace;
        if (lease.compareTo(attemptTimeout.multipliedBy(inProcessAttempts).plus(maxBackoff.multipliedBy(inProcessAttempts))) <= 0) {
            throw new IllegalArgumentException("lease " + lease + " must outlast the in-process attempts ("
                    + inProcessAttempts + " × (" + attemptTimeout + " + " + maxBackoff + "))");
        }
    }

    public static ClientConfig ofDefaults() {
        return custom().build();
    }

    public static Builder custom() {
        return new Builder();
    }

    /**
     * For tests against a mock Single Window on loopback (or any in-process transport): polls every 10 ms, backoffs and
     * retry delays of milliseconds, an open circuit retried after 100 ms, and no practical rate limit, so a filing
     * finishes a few receipt delays of the mock after it starts instead of waiting for the 5-second receipt poll. Never
     * for a real gateway: it polls hundreds of times a second. {@link #from(ClientConfig)} adjusts it.
     *
     * <pre>{@code
     * try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(10)).start();
     *      CebClient client = CebClient.builder().config(ClientConfig.forMockTests()) ... .build()) {
     *     client.submit(order).await(Status.RELEASED, Duration.ofSeconds(5));   // well under a second
     * }
     * }</pre>
     */
    public static ClientConfig forMockTests() {
        return custom()
                .idlePoll(Duration.ofMillis(10))
                .receiptPoll(Duration.ofMillis(10))
                .maxReceiptPoll(Duration.ofMillis(50))
                .backoff(Duration.ofMillis(5), Duration.ofMillis(20))
                .retryDelay(Duration.ofMillis(5), Duration.ofMillis(50))
                .attemptTimeout(Duration.ofSeconds(5))
                .signaturesPerMinute(60_000)
                .circuitBreaker(50f, 10, Duration.ofMillis(100))
                .build();
    }

    public static Builder from(ClientConfig base) {
        Builder b = new Builder();
        b.workers = base.workers;
        b.claimBatch = base.claimBatch;
        b.lease = base.lease;
        b.idlePoll = base.idlePoll;
        b.receiptPoll = base.receiptPoll;
        b.maxReceiptPoll = base.maxReceiptPoll;
        b.inProcessAttempts = base.inProcessAttempts;
        b.initialBackoff = base.initialBackoff;
        b.maxBackoff = base.maxBackoff;
        b.maxAttempts = base.maxAttempts;
        b.retryBase = base.retryBase;
        b.retryMax = base.retryMax;
        b.attemptTimeout = base.attemptTimeout;
        b.signaturesPerMinute = base.signaturesPerMinute;
        b.maxConcurrentSends = base.maxConcurrentSends;
        b.failureRateThreshold = base.failureRateThreshold;
        b.circuitWindow = base.circuitWindow;
        b.openCircuitWait = base.openCircuitWait;
        b.sendsPerMinute = base.sendsPerMinute;
        b.closeGrace = base.closeGrace;
        return b;
    }

    /**
     * Sending threads. The dispatcher holds up to twice as many claims (one sending, one being claimed or completed),
     * capped at {@link #maxConcurrentSends}. Default 4.
     */
    public int workers() {
        return workers;
    }

    /** Messages claimed per store round trip. Default 32. */
    public int claimBatch() {
        return claimBatch;
    }

    /** How long a claim is exclusive; must outlast all in-process attempts. Default 5 minutes. */
    public Duration lease() {
        return lease;
    }

    /** How often an idle dispatcher looks for due messages (a submit wakes it at once). Default 1 s. */
    public Duration idlePoll() {
        return idlePoll;
    }

    /**
     * Pause after a receipt poll that found nothing (a poll that found receipts is followed by the next at once),
     * doubled on each failed poll up to {@link #maxReceiptPoll}. Default 5 s.
     */
    public Duration receiptPoll() {
        return receiptPoll;
    }

    public Duration maxReceiptPoll() {
        return maxReceiptPoll;
    }

    /** Attempts per claim, in process. Default 3. */
    public int inProcessAttempts() {
        return inProcessAttempts;
    }

    /** First in-process backoff, doubled each time with ±50 % jitter. Default 500 ms. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Failed claims before a message goes to the dead letters. Default 10. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Delay before the next claim after {@code attempts} failed ones: base × 2^(attempts−1), capped. */
    public Duration retryDelay(int attempts) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration d = retryBase.multipliedBy(factor);
        return d.compareTo(retryMax) > 0 ? retryMax : d;
    }

    /** Time limit of one attempt. Default 60 s. */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /**
     * Signatures per minute: {@code submit} (which signs) waits when signing faster, as the signer can (a USB key signs
     * about 250 a minute). Messages submitted already signed are not counted. Default 250.
     */
    public int signaturesPerMinute() {
        return signaturesPerMinute;
    }

    /**
     * Sends per minute, signed here or elsewhere, when a gateway asks for a pace; 0 (the default) sends as fast as the
     * workers can. A message over the limit waits in the outbox (its claim is released until the next permit), never
     * in a thread, and loses no attempt.
     */
    public int sendsPerMinute() {
        return sendsPerMinute;
    }

    /**
     * How long {@link CebClient#close()} waits for sends in flight before it releases their claims (a claim released
     * is due again at once for the next client on the store). Default 10 s.
     */
    public Duration closeGrace() {
        return closeGrace;
    }

    /** Bulkhead: concurrent sends, and the most claims the dispatcher holds at once. Default 8. */
    public int maxConcurrentSends() {
        return maxConcurrentSends;
    }

    public float failureRateThreshold() {
        return failureRateThreshold;
    }

    /** Calls in the circuit breaker's sliding window (also its minimum before it may open). Default 10. */
    public int circuitWindow() {
        return circuitWindow;
    }

    /** How long an open circuit stays open before a trial call. Default 30 s. */
    public Duration openCircuitWait() {
        return openCircuitWait;
    }

    public static final class Builder {
        private int workers = 4;
        private int claimBatch = 32;
        private Duration lease = Duration.ofMinutes(5);
        private Duration idlePoll = Duration.ofSeconds(1);
        private Duration receiptPoll = Duration.ofSeconds(5);
        private Duration maxReceiptPoll = Duration.ofMinutes(2);
        private int inProcessAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(5);
        private int maxAttempts = 10;
        private Duration retryBase = Duration.ofSeconds(30);
        private Duration retryMax = Duration.ofHours(1);
        private Duration attemptTimeout = Duration.ofSeconds(60);
        private int signaturesPerMinute = 250;
        private int maxConcurrentSends = 8;
        private float failureRateThreshold = 50f;
        private int circuitWindow = 10;
        private Duration openCircuitWait = Duration.ofSeconds(30);
        private int sendsPerMinute;
        private Duration closeGrace = Duration.ofSeconds(10);

        private Builder() {
        }

        public Builder workers(int n) {
            this.workers = positive(n, "workers");
            return this;
        }

        public Builder claimBatch(int n) {
            this.claimBatch = positive(n, "claimBatch");
            return this;
        }

        public Builder lease(Duration d) {
            this.lease = Objects.requireNonNull(d);
            return this;
        }

        public Builder idlePoll(Duration d) {
            this.idlePoll = Objects.requireNonNull(d);
            return this;
        }

        public Builder receiptPoll(Duration d) {
            this.receiptPoll = Objects.requireNonNull(d);
            return this;
        }

        public Builder maxReceiptPoll(Duration d) {
            this.maxReceiptPoll = Objects.requireNonNull(d);
            return this;
        }

        public Builder inProcessAttempts(int n) {
            this.inProcessAttempts = positive(n, "inProcessAttempts");
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = Objects.requireNonNull(initial);
            this.maxBackoff = Objects.requireNonNull(max);
            return this;
        }

        public Builder maxAttempts(int n) {
            this.maxAttempts = positive(n, "maxAttempts");
            return this;
        }

        public Builder retryDelay(Duration base, Duration max) {
            this.retryBase = Objects.requireNonNull(base);
            this.retryMax = Objects.requireNonNull(max);
            return this;
        }

        public Builder attemptTimeout(Duration d) {
            this.attemptTimeout = Objects.requireNonNull(d);
            return this;
        }

        public Builder signaturesPerMinute(int n) {
            this.signaturesPerMinute = positive(n, "signaturesPerMinute");
            return this;
        }

        /** See {@link ClientConfig#sendsPerMinute()}; 0 for no limit. */
        public Builder sendsPerMinute(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("sendsPerMinute must be 0 (no limit) or more");
            }
            this.sendsPerMinute = n;
            return this;
        }

        /** See {@link ClientConfig#closeGrace()}. */
        public Builder closeGrace(Duration d) {
            this.closeGrace = Objects.requireNonNull(d);
            return this;
        }

        public Builder maxConcurrentSends(int n) {
            this.maxConcurrentSends = positive(n, "maxConcurrentSends");
            return this;
        }

        public Builder circuitBreaker(float failureRateThreshold, int window, Duration openWait) {
            this.failureRateThreshold = failureRateThreshold;
            this.circuitWindow = positive(window, "window");
            this.openCircuitWait = Objects.requireNonNull(openWait);
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(this);
        }

        private static int positive(int n, String what) {
            if (n < 1) {
                throw new IllegalArgumentException(what + " must be at least 1");
            }
            return n;
        }
    }
}
