package org.cbec.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cbec.client.CebClient;
import org.cbec.client.Submission;
import org.cbec.client.status.Status;
import org.cbec.customs.imports.Orders;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.TestKeys;
import org.cbec.spring.CebStatusEvent;
import org.cbec.spring.health.CebBoot4HealthIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The starter, built against Spring Boot 3.5, in a Spring Boot 4 application: found through its
 * AutoConfiguration.imports, it files an order to the mock until ENTERED (the end of its receipt table) with properties only, publishes the status
 * events, counts in the application's MeterRegistry and reports its health through Boot 4's health API.
 */
@Timeout(120)
class StarterOnSpringBoot4Test {

    @SpringBootApplication
    static class App {
        final List<CebStatusEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CebStatusEvent e) {
            events.add(e);
        }

        @Bean
        Object marker() {
            return "boot4";
        }
    }

    @Test
    void aSpringBoot4ApplicationFilesAnOrderToTheEndOfItsReceiptTableWithPropertiesOnly(@TempDir Path dir) throws Exception {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.");
        TestKeys.TestKey key = TestKeys.sm2();
        key.writeTo(dir.resolve("key"));
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(key.certificate()).receiptDelay(Duration.ofMillis(5)).start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class).properties(
                     "cbec.sender.dxp-id=DXPENT0000458763", "cbec.sender.cop-code=1105910159", "cbec.sender.cop-name=示例跨境电商平台有限公司",
                     "cbec.signer.key=file:" + dir.resolve("key/key.pem"), "cbec.signer.certificate=file:" + dir.resolve("key/cert.pem"),
                     "cbec.transport.send-url=" + mock.sendUrl(), "cbec.transport.receipt-url=" + mock.receiptUrl(),
                     "cbec.store.h2-file=" + dir.resolve("outbox"), "cbec.client.preset=mock-tests").run()) {
            Submission s = context.getBean(CebClient.class).submit(Orders.valid());

            assertThat(s.await(Status.ENTERED, Duration.ofSeconds(10))).isEqualTo(Status.ENTERED);
            assertThat(context.getBean(App.class).events).extracting(CebStatusEvent::status).contains(Status.SENT, Status.ENTERED);
            assertThat(context.getBean(MeterRegistry.class).get("cbec.messages.sent").counter().count()).isEqualTo(1.0);
            HealthIndicator health = context.getBean("cbecHealthIndicator", HealthIndicator.class);
            assertThat(health).isInstanceOf(CebBoot4HealthIndicator.class);
            assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
            assertThat(health.health().getDetails()).containsEntry("store", "reachable").containsEntry("circuit", "CLOSED");
        }
        assertThat(Files.exists(dir.resolve("outbox.mv.db"))).isTrue();
    }
}
