package org.cbec.spring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cbec.client.ClientListener;
import org.cbec.spring.CebClientHealth;

/**
 * Not API: the circuit to the gateway as the client's events show it. A send refused by the open circuit makes it
 * OPEN; once the open wait has passed without a send, the next send is a trial (HALF_OPEN); an accepted send closes it.
 */
public final class CircuitTracker implements ClientListener {

    private final Clock clock;
    private final Duration openWait;
    private volatile Instant openedAt;
    private volatile String endpoint;

    public CircuitTracker(Clock clock, Duration openWait) {
        this.clock = clock;
        this.openWait = openWait;
    }

    @Override
    public void circuitOpen(String guid, String endpoint) {
        if (openedAt == null) {
            this.endpoint = endpoint;
            this.openedAt = clock.instant();
        }
    }

    @Override
    public void sent(String guid, int attempt, Duration took) {
        openedAt = null;
    }

    /** The state now. */
    public CebClientHealth.Circuit state() {
        Instant since = openedAt;
        if (since == null) {
            return new CebClientHealth.Circuit(CebClientHealth.CircuitState.CLOSED, null, null);
        }
        CebClientHealth.CircuitState s = clock.instant().isBefore(since.plus(openWait)) ? CebClientHealth.CircuitState.OPEN
                : CebClientHealth.CircuitState.HALF_OPEN;
        return new CebClientHealth.Circuit(s, since, endpoint);
    }
}
