package org.cbec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cbec.client.CebClient;
import org.cbec.client.Submission;
import org.cbec.client.status.Status;
import org.cbec.customs.imports.Orders;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A Spring Boot application with the starter, properties and no Java configuration of the SDK files an order to the
 * embedded mock until ENTERED (120, where an order's receipt table ends): status events arrive, the meters count it,
 * the actuator's health shows cbec UP.
 */
@SpringBootTest(classes = TestApplication.class, properties = "management.endpoint.health.show-details=always")
@Timeout(60)
class FilingApplicationTest {

    private static MockSingleWindow mock;

    @DynamicPropertySource
    static void cbec(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("cbec-starter-test");
        TestKeys.TestKey key = TestKeys.sm2();
        key.writeTo(dir.resolve("key"));
        mock = MockSingleWindow.builder().trust(key.certificate()).receiptDelay(Duration.ofMillis(5)).start();
        registry.add("cbec.sender.dxp-id", () -> "DXPENT0000458763");
        registry.add("cbec.sender.cop-code", () -> "1105910159");
        registry.add("cbec.sender.cop-name", () -> "示例跨境电商平台有限公司");
        registry.add("cbec.signer.key", () -> "file:" + dir.resolve("key/key.pem"));
        registry.add("cbec.signer.certificate", () -> "file:" + dir.resolve("key/cert.pem"));
        registry.add("cbec.transport.send-url", () -> mock.sendUrl().toString());
        registry.add("cbec.transport.receipt-url", () -> mock.receiptUrl().toString());
        registry.add("cbec.store.h2-file", () -> dir.resolve("outbox").toString());
        registry.add("cbec.client.preset", () -> "mock-tests");
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    @Autowired
    CebClient client;
    @Autowired
    TestApplication.StatusEvents events;
    @Autowired
    MeterRegistry meters;
    @Autowired
    HealthEndpoint health;

    @Test
    void filesAnOrderUntilItsReceiptTableEnds() throws Exception {
        Submission s = client.submit(Orders.valid());

        assertThat(s.await(Status.ENTERED, Duration.ofSeconds(10))).isEqualTo(Status.ENTERED);
        assertThat(events.received).filteredOn(e -> e.guid().equals(s.guid())).extracting(CebStatusEvent::status)
                .contains(Status.SENT, Status.ENTERED);
        assertThat(meters.get("cbec.messages.sent").counter().count()).isEqualTo(1.0);
        assertThat(health.healthForPath("cbec").getStatus().getCode()).isEqualTo("UP");
    }
}
