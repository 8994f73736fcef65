package org.cbec.spring.health;

import org.cbec.spring.CebClientHealth;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code cbec} health indicator on Spring Boot 3: {@link CebClientHealth#check()} as actuator health. DOWN when the
 * store cannot be reached; UP otherwise, with the backlog, the dead letters and the circuit as details.
 *
 * <pre>{@code
 * GET /actuator/health/cbec
 * {"status":"UP","details":{"store":"reachable","backlog":0,"deadLetters":0,"circuit":"CLOSED","endpoint":"https://…"}}
 * }</pre>
 */
public class CebHealthIndicator extends AbstractHealthIndicator {

    private final CebClientHealth health;

    public CebHealthIndicator(CebClientHealth health) {
        super("cbec health check failed");
        this.health = health;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CebClientHealth.Snapshot s = health.check();
        (s.storeReachable() ? builder.up() : builder.down()).withDetails(s.details());
    }
}
