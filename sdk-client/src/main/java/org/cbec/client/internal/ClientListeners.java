package org.cbec.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.cbec.client.ClientListener;
import org.cbec.client.ReceiptEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's observers as one: each event goes to each listener in the order added; one that throws is logged and
 * does not keep the event from the others (nor from the client's own work).
 */
final class ClientListeners implements ClientListener {

    private static final Logger LOG = LoggerFactory.getLogger(ClientListeners.class);

    private final List<ClientListener> listeners;

    private ClientListeners(List<ClientListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** The listeners as one, each guarded ({@link ClientListener#NONE} when there is none). */
    static ClientListener of(List<ClientListener> listeners) {
        return listeners.isEmpty() ? ClientListener.NONE : new ClientListeners(listeners);
    }

    private void each(Consumer<ClientListener> event) {
        for (ClientListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("client listener {} failed: {}", l.getClass().getName(), e.toString());
            }
        }
    }

    @Override
    public void enqueued(String guid, String messageType) {
        each(l -> l.enqueued(guid, messageType));
    }

    @Override
    public void sendStarted(String guid, int attempt) {
        each(l -> l.sendStarted(guid, attempt));
    }

    @Override
    public void sent(String guid, int attempt, Duration took) {
        each(l -> l.sent(guid, attempt, took));
    }

    @Override
    public void sendFailed(String guid, int attempt, Throwable error, boolean transientFailure) {
        each(l -> l.sendFailed(guid, attempt, error, transientFailure));
    }

    @Override
    public void rescheduled(String guid, int attempts, Duration delay) {
        each(l -> l.rescheduled(guid, attempts, delay));
    }

    @Override
    public void circuitOpen(String guid, String endpoint) {
        each(l -> l.circuitOpen(guid, endpoint));
    }

    @Override
    public void deadLettered(String guid, String reason) {
        each(l -> l.deadLettered(guid, reason));
    }

    @Override
    public void leaseLost(String guid) {
        each(l -> l.leaseLost(guid));
    }

    @Override
    public void receiptRecorded(String guid, ReceiptEvent receipt) {
        each(l -> l.receiptRecorded(guid, receipt));
    }

    @Override
    public void receiptUnmatched(ReceiptEvent receipt) {
        each(l -> l.receiptUnmatched(receipt));
    }

    @Override
    public void inboundUndecodable(String name, Throwable error) {
        each(l -> l.inboundUndecodable(name, error));
    }

    @Override
    public void receiptQueueShared(String queue, int unmatched, int of) {
        each(l -> l.receiptQueueShared(queue, unmatched, of));
    }
}
