package org.cbec.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cbec.client.Sleeper;

/**
 * A token bucket on an injected clock: {@code perMinute} permits a minute, up to {@code perMinute} at once after a
 * quiet spell. It never waits by itself: {@link #tryAcquire} says how long until the next permit, and the caller
 * decides how to wait (the signing stage sleeps through the client's {@link Sleeper}, the dispatch stage leaves the
 * message in the outbox). Resilience4j's rate limiter reads {@code System.nanoTime()} and parks the calling thread, so
 * it cannot run on a test's virtual time; this is the part of it the client needs.
 */
final class Pacer {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final Clock clock;
    private final int perMinute;
    private double tokens;
    private Instant refilled;

    /** A pacer of {@code perMinute} permits; 0 for none (every permit granted at once). */
    Pacer(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.tokens = perMinute;
        this.refilled = clock.instant();
    }

    /** Takes a permit now and returns {@link Duration#ZERO}, or takes none and returns how long until one is free. */
    synchronized Duration tryAcquire() {
        if (perMinute == 0) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        long elapsed = Math.max(0, Duration.between(refilled, now).toNanos());
        tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
        refilled = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1_000_000, (long) Math.ceil((1 - tokens) * NANOS_PER_MINUTE / perMinute)));
    }

    /** Takes a permit, sleeping through {@code sleeper} until one is free. */
    void acquire(Sleeper sleeper) throws InterruptedException {
        for (Duration wait = tryAcquire(); !wait.isZero(); wait = tryAcquire()) {
            sleeper.sleep(wait);
        }
    }
}
