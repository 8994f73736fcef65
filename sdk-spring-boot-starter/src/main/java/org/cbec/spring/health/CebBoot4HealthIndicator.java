package org.cbec.spring.health;

import org.cbec.spring.CebClientHealth;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code cbec} health indicator on Spring Boot 4 (whose health API moved to
 * {@code org.springframework.boot.health.contributor}); the same as {@link CebHealthIndicator} on Spring Boot 3.
 *
 * <pre>{@code
 * GET /actuator/health/cbec
 * {"status":"UP","details":{"store":"reachable","backlog":0,"deadLetters":0,"circuit":"CLOSED","endpoint":"https://…"}}
 * }</pre>
 */
public class CebBoot4HealthIndicator extends AbstractHealthIndicator {

    private final CebClientHealth health;

    public CebBoot4HealthIndicator(CebClientHealth health) {
        super("cbec health check failed");
        this.health = health;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CebClientHealth.Snapshot s = health.check();
        (s.storeReachable() ? builder.up() : builder.down()).withDetails(s.details());
    }
}
