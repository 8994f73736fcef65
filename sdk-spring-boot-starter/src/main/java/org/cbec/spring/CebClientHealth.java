package org.cbec.spring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;

/**
 * The state of the starter's {@code CebClient} as a health check sees it, framework-neutral: whether its store answers,
 * how many messages wait to be sent (backlog) and how many were given up (dead letters), and the circuit to the
 * gateway. The actuator's {@code cbec} health indicator (Spring Boot 3 or 4) shows it; inject it to use it elsewhere.
 *
 * <pre>{@code
 * CebClientHealth.Snapshot s = health.check();
 * if (s.deadLetters() > 0) alerts.raise("cbec dead letters: " + s.deadLetters());
 * }</pre>
 *
 * <p>Status: DOWN only when the store cannot be reached (a submit would fail); an open circuit or dead letters leave it
 * UP with the details, since filings are still stored durably and go out once the gateway answers again.
 */
public final class CebClientHealth {

    /** The circuit breaker's state, as last seen by the client's sends. */
    public enum CircuitState {
        /** Sends go through. */
        CLOSED,
        /** Sends wait: the gateway failed too often; messages are kept and retried later. */
        OPEN,
        /** The open wait has passed: the next send is a trial. */
        HALF_OPEN
    }

    /**
     * The circuit now.
     *
     * @param state    its state
     * @param since    when it opened, or {@code null} when closed
     * @param endpoint the endpoint whose circuit opened, or {@code null} when closed
     */
    public record Circuit(CircuitState state, Instant since, String endpoint) {
    }

    /**
     * One health check's findings.
     *
     * @param storeReachable whether the store answered
     * @param storeError     what the store said when it did not, or {@code null}
     * @param backlog        messages in the outbox waiting to be sent or retried ({@code -1} when the store did not answer)
     * @param deadLetters    messages given up ({@code -1} when the store did not answer)
     * @param circuit        the circuit to the gateway
     * @param endpoint       where the transport sends
     */
    public record Snapshot(boolean storeReachable, String storeError, long backlog, long deadLetters, Circuit circuit, String endpoint) {

        /** The details as a health indicator shows them. */
        public Map<String, Object> details() {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("store", storeReachable ? "reachable" : "unreachable: " + storeError);
            if (storeReachable) {
                d.put("backlog", backlog);
                d.put("deadLetters", deadLetters);
            }
            d.put("circuit", circuit.state().name());
            if (circuit.since() != null) {
                d.put("circuitOpenSince", circuit.since().toString());
            }
            d.put("endpoint", endpoint);
            return d;
        }
    }

    private final MessageStore store;
    private final Supplier<Circuit> circuit;
    private final String endpoint;

    /**
     * @param store    the client's store, asked for its counts
     * @param circuit  the circuit's state now
     * @param endpoint where the client's transport sends
     */
    public CebClientHealth(MessageStore store, Supplier<Circuit> circuit, String endpoint) {
        this.store = store;
        this.circuit = circuit;
        this.endpoint = endpoint;
    }

    /** Asks the store for its counts (two count queries) and reads the circuit. */
    public Snapshot check() {
        try {
            long backlog = store.count(DeliveryState.PENDING);
            long dead = store.count(DeliveryState.DEAD_LETTER);
            return new Snapshot(true, null, backlog, dead, circuit.get(), endpoint);
        } catch (RuntimeException e) {
            return new Snapshot(false, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), -1, -1, circuit.get(), endpoint);
        }
    }
}
