package org.cbec.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.cbec.core.testing.MutableClock;

/**
 * A scheduler and executor on virtual time, for the client's tests: nothing runs until the test says so
 * ({@link #runDue()}, {@link #advance}), and then on the test's thread, in due order, with the clock set to each task's
 * due time. Passed to the client as scheduler and executor (and its clock as the client's and the store's clock),
 * retries, backoffs, time limits, leases and polls run without any thread waiting on the wall clock.
 *
 * <pre>{@code
 * VirtualTime time = new VirtualTime();
 * CebClient client = CebClient.builder().clock(time.clock()).scheduler(time).executor(time).sleeper(time.sleeper())...;
 * client.submit(order);
 * time.runDue();                      // the dispatcher claims and sends
 * time.advance(Duration.ofSeconds(5)); // a receipt poll
 * }</pre>
 */
final class VirtualTime extends AbstractExecutorService implements ScheduledExecutorService {

    /** Tasks one {@link #advance} may run before it decides something loops. */
    private static final int MAX_TASKS = 1_000_000;

    private final MutableClock clock;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long sequence;
    private volatile boolean shutdown;

    VirtualTime() {
        this(new MutableClock(Instant.parse("2026-11-23T02:00:00Z")));
    }

    VirtualTime(MutableClock clock) {
        this.clock = clock;
    }

    MutableClock clock() {
        return clock;
    }

    /** A sleeper that moves the clock (tasks falling due meanwhile run at the next {@link #runDue}). */
    Sleeper sleeper() {
        return clock::advance;
    }

    /** Runs every task due now, including those they schedule for now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves the clock by {@code d}, running each task that falls due on the way, at its due time. */
    void advance(Duration d) {
        Instant target = clock.instant().plus(d);
        for (int n = 0; ; n++) {
            if (n > MAX_TASKS) {
                throw new IllegalStateException("more than " + MAX_TASKS + " tasks in one advance: something loops");
            }
            Task<?> next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due.isAfter(target)) {
                    break;
                }
                queue.poll();
            }
            if (next.due.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next.due));
            }
            next.run();
        }
        if (target.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), target));
        }
    }

    /** How many tasks wait (periodic ones included). */
    synchronized int pending() {
        return queue.size();
    }

    private synchronized <V> Task<V> add(Task<V> t) {
        if (!shutdown) {
            queue.add(t);
        }
        return t;
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private Instant due;
        private final long seq;
        private final Duration period;

        Task(Callable<V> work, Instant due, Duration period) {
            super(work);
            this.due = due;
            this.period = period;
            synchronized (VirtualTime.this) {
                this.seq = sequence++;
            }
        }

        @Override
        public void run() {
            if (period == null) {
                super.run();
            } else if (runAndReset()) {
                due = clock.instant().plus(period);
                add(this);
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            synchronized (VirtualTime.this) {
                queue.remove(this);
            }
            return cancelled;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed o) {
            Task<?> t = (Task<?>) o;
            int c = due.compareTo(t.due);
            return c != 0 ? c : Long.compare(seq, t.seq);
        }
    }

    @Override
    public void execute(Runnable command) {
        add(new Task<>(Executors.callable(command, null), clock.instant(), null));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(new Task<>(Executors.callable(command, null), clock.instant().plusNanos(unit.toNanos(delay)), null));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return add(new Task<>(callable, clock.instant().plusNanos(unit.toNanos(delay)), null));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (delay <= 0) {
            throw new IllegalArgumentException("a periodic task needs a positive delay on virtual time");
        }
        return add(new Task<>(Executors.callable(command, null), clock.instant().plusNanos(unit.toNanos(initialDelay)),
                Duration.ofNanos(unit.toNanos(delay))));
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }
}
