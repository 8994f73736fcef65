package org.cbec.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a long-running command does on SIGTERM or Ctrl-C: a JVM shutdown hook that runs {@code onInterrupt} (release
 * what is held, print the summary so far) and ends the process with {@code exitCode}, unless the command
 * {@link #finished()} first. Closing it removes the hook.
 *
 * <pre>{@code
 * try (Interruption i = Interruption.onSignal(() -> { client.close(); print(soFar); }, 130)) {
 *     work();
 *     i.finished();   // from here on a signal ends the JVM as usual
 * }
 * }</pre>
 */
final class Interruption implements AutoCloseable {

    private static final int RUNNING = 0;
    private static final int FINISHED = 1;
    private static final int INTERRUPTED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final Thread hook;

    private Interruption(Runnable onInterrupt, int exitCode) {
        this.hook = new Thread(() -> {
            if (!state.compareAndSet(RUNNING, INTERRUPTED)) {
                return;
            }
            try {
                onInterrupt.run();
            } finally {
                Runtime.getRuntime().halt(exitCode); // the exit code of an interrupted run, whatever exit was under way
            }
        }, "cbec-interrupted");
    }

    /** Registers the hook. */
    static Interruption onSignal(Runnable onInterrupt, int exitCode) {
        Interruption i = new Interruption(onInterrupt, exitCode);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /**
     * The command finished its work: a signal from now on no longer runs the interrupt action. When the interrupt
     * action runs already, this waits for it to end the process, so the summary is printed once.
     */
    void finished() throws InterruptedException {
        if (!state.compareAndSet(RUNNING, FINISHED) && state.get() == INTERRUPTED) {
            new CountDownLatch(1).await(); // the hook halts the JVM
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is shutting down: the hook runs or has run
        }
    }
}
