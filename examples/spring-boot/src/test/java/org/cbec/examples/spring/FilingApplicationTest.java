package org.cbec.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cbec.client.status.Status;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.TestKeys;
import org.cbec.spring.CebStatusEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application, configured by its application.yml, files its order to an embedded mock until ENTERED (120, where an order's receipt table ends) while
 * it starts: only the key files, the mock's URLs and the store's file are pointed elsewhere for the test.
 */
@SpringBootTest
@Timeout(60)
class FilingApplicationTest {

    private static MockSingleWindow mock;

    @DynamicPropertySource
    static void mockAndTestKey(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("cbec-example");
        TestKeys.TestKey key = TestKeys.sm2();
        key.writeTo(dir.resolve("test-key"));
        mock = MockSingleWindow.builder().trust(key.certificate()).receiptDelay(Duration.ofMillis(5)).start();
        registry.add("cbec.signer.key", () -> "file:" + dir.resolve("test-key/key.pem"));
        registry.add("cbec.signer.certificate", () -> "file:" + dir.resolve("test-key/cert.pem"));
        registry.add("cbec.transport.send-url", () -> mock.sendUrl().toString());
        registry.add("cbec.transport.receipt-url", () -> mock.receiptUrl().toString());
        registry.add("cbec.store.h2-file", () -> dir.resolve("outbox").toString());
    }

    @AfterAll
    static void stopMock() {
        mock.close();
    }

    @Autowired
    OrderFiling filing;
    @Autowired
    StatusLog log;
    @Autowired
    HealthEndpoint health;

    @Test
    void startingTheApplicationFilesItsOrderUntilItsReceiptTableEnds() {
        assertThat(filing.outcome()).isEqualTo(Status.ENTERED);
        assertThat(log.seen()).extracting(CebStatusEvent::status).contains(Status.SENT, Status.ENTERED);
        assertThat(mock.received()).hasSize(1).first().satisfies(m -> assertThat(m.messageType()).isEqualTo("CEB311Message"));
        assertThat(health.healthForPath("cbec").getStatus().getCode()).isEqualTo("UP");
    }
}
