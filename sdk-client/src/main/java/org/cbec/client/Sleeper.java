package org.cbec.client;

import java.time.Duration;

/**
 * How a calling thread waits when the client makes it wait: only {@link CebClient#submit} does, when signing faster
 * than {@link ClientConfig#signaturesPerMinute()} allows (a USB key signs about 250 a minute). Everything else the
 * client times (polls, backoffs, time limits, leases) runs on its {@link CebClient.Builder#scheduler scheduler} and
 * {@link CebClient.Builder#clock clock}. Tests pass a sleeper that moves a virtual clock instead of waiting.
 *
 * <pre>{@code
 * MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
 * CebClient.builder().clock(clock).sleeper(clock::advance) ... .build();
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

    /** The real thing: {@link Thread#sleep}. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));

    /**
     * Waits {@code duration}.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
