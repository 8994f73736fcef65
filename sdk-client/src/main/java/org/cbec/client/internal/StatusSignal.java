package org.cbec.client.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cbec.client.ReceiptEvent;
import org.cbec.client.SubmissionListener;
import org.cbec.client.status.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the listeners of a status change and wakes the threads waiting in {@code Submission.await}. */
final class StatusSignal {

    private static final Logger LOG = LoggerFactory.getLogger(StatusSignal.class);

    private final List<SubmissionListener> listeners = new CopyOnWriteArrayList<>();
    private final Object monitor = new Object();
    /**
     * The rank last told per message (the most recent ones): the dispatcher's SENT can be recorded after a receipt that
     * arrived faster moved the status further, and listeners are promised statuses that only move forward.
     */
    private final Map<String, Integer> told = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 10_000;
        }
    };

    StatusSignal(List<SubmissionListener> listeners) {
        this.listeners.addAll(listeners);
    }

    void add(SubmissionListener listener) {
        listeners.add(listener);
    }

    void changed(String guid, Status status, ReceiptEvent receipt) {
        synchronized (told) {
            Integer before = told.get(guid);
            if (before != null && before >= status.rank()) {
                return;
            }
            told.put(guid, status.rank());
        }
        for (SubmissionListener l : listeners) {
            try {
                l.onStatus(guid, status, receipt);
            } catch (RuntimeException e) {
                LOG.warn("listener failed on {} {}: {}", guid, status, e.toString());
            }
        }
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Whether this client has told its listeners {@code status} (or a later one) of {@code guid}. */
    boolean told(String guid, Status status) {
        synchronized (told) {
            Integer rank = told.get(guid);
            return rank != null && rank >= status.rank();
        }
    }

    /** Waits at most {@code millis} for the next change (or less: another process may change the store unseen). */
    void awaitChange(long millis) throws InterruptedException {
        synchronized (monitor) {
            monitor.wait(Math.max(1, millis));
        }
    }
}
