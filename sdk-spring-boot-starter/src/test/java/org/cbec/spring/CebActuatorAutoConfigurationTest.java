package org.cbec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.cbec.client.CebClient;
import org.cbec.client.Stores;
import org.cbec.client.metrics.MicrometerMetrics;
import org.cbec.client.spi.MessageStore;
import org.cbec.spring.health.CebBoot4HealthAutoConfiguration;
import org.cbec.spring.health.CebHealthAutoConfiguration;
import org.cbec.spring.internal.CircuitTracker;
import org.cbec.spring.metrics.CebMetricsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The actuator side, with {@link ApplicationContextRunner}: the cbec health indicator when the actuator is there (and
 * not when it is absent or switched off), DOWN when the store cannot be reached; the client's meters in the
 * application's registry when there is one, none otherwise.
 */
@Timeout(120)
class CebActuatorAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CebAutoConfiguration.class, CebHealthAutoConfiguration.class,
                    CebBoot4HealthAutoConfiguration.class, CebMetricsAutoConfiguration.class))
            .withPropertyValues(CebAutoConfigurationTest.SENDER)
            .withPropertyValues("cbec.store.url=memory:", "cbec.transport.send-url=http://127.0.0.1:9/ceb/send");

    @Test
    void withTheActuatorTheCbecHealthIsUpWithBacklogDeadLettersAndCircuit() {
        runner.run(context -> {
            assertThat(context).hasBean("cbecHealthIndicator");
            context.getBean(CebClient.class).submitSigned("CEB311Message", org.cbec.core.model.MessageSpec.Direction.IMPORT, "G-H",
                    "<CEB311Message/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Health health = context.getBean("cbecHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus().getCode()).isEqualTo("UP");
            assertThat(health.getDetails()).containsEntry("store", "reachable").containsEntry("deadLetters", 0L)
                    .containsEntry("circuit", "CLOSED").containsEntry("endpoint", "http://127.0.0.1:9/ceb/send").containsKey("backlog");
        });
    }

    @Test
    void aStoreThatCannotBeReachedIsDown() {
        MessageStore closed = Stores.h2Url("jdbc:h2:mem:health-" + System.nanoTime());
        closed.close();
        runner.withBean("brokenStore", MessageStore.class, () -> closed).withPropertyValues("cbec.client.preset=mock-tests")
                .run(context -> {
                    Health health = context.getBean("cbecHealthIndicator", HealthIndicator.class).health();
                    assertThat(health.getStatus().getCode()).isEqualTo("DOWN");
                    assertThat((String) health.getDetails().get("store")).startsWith("unreachable");
                });
    }

    @Test
    void withoutTheActuatorOrSwitchedOffThereIsNoCbecHealthIndicator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).hasSingleBean(CebClientHealth.class).doesNotHaveBean("cbecHealthIndicator"));
        runner.withPropertyValues("management.health.cbec.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("cbecHealthIndicator"));
        runner.withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("cbecHealthIndicator"));
    }

    @Test
    void theCircuitIsOpenAfterARefusedSendHalfOpenAfterTheWaitAndClosedAfterASend() {
        Instant[] now = {Instant.parse("2026-11-23T02:00:00Z")};
        CircuitTracker tracker = new CircuitTracker(new java.time.Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        }, Duration.ofSeconds(30));
        assertThat(tracker.state().state()).isEqualTo(CebClientHealth.CircuitState.CLOSED);
        tracker.circuitOpen("G", "https://gw.example.cn/dxp/send");
        assertThat(tracker.state()).isEqualTo(new CebClientHealth.Circuit(CebClientHealth.CircuitState.OPEN, now[0], "https://gw.example.cn/dxp/send"));
        now[0] = now[0].plusSeconds(30);
        assertThat(tracker.state().state()).isEqualTo(CebClientHealth.CircuitState.HALF_OPEN);
        tracker.sent("G", 2, Duration.ofMillis(5));
        assertThat(tracker.state().state()).isEqualTo(CebClientHealth.CircuitState.CLOSED);
    }

    @Test
    void theClientsMetersGoToTheApplicationsRegistryWithoutCode() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(MicrometerMetrics.class);
            context.getBean(CebClient.class).submitSigned("CEB311Message", org.cbec.core.model.MessageSpec.Direction.IMPORT, "G-M",
                    "<CEB311Message/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(context.getBean(MeterRegistry.class).get("cbec.messages.queued").tag("type", "CEB311Message").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void withoutARegistryOrMicrometerThereAreNoMeters() {
        runner.run(context -> assertThat(context).hasSingleBean(CebClient.class).doesNotHaveBean(MicrometerMetrics.class));
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasSingleBean(CebClient.class).doesNotHaveBean(MicrometerMetrics.class));
    }
}
