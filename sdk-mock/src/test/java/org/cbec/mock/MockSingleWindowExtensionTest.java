package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.cbec.client.CebClient;
import org.cbec.client.SenderProfile;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Transports;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MockSingleWindowExtension.class)
class MockSingleWindowExtensionTest {

    @Test
    void injectsOneStartedMockAndItsUrl(MockSingleWindow mock, URI url) {
        assertThat(url).isEqualTo(mock.url());
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(url.getPort()).isPositive();
    }

    @Test
    void injectedMockAnswersTheClient(MockSingleWindow mock) throws Exception {
        try (CebClient client = CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "东方物通科技(北京)有限公司"))
                .signer(XmlSigner.custom(TestKeys.sm2().signer()).build())
                .transport(Transports.http(mock.httpTransport()))
                .store(Stores.inMemory())
                .build()) {
            assertThat(client.submit(Orders.valid()).await(Status.SENT, Duration.ofSeconds(20))).isEqualTo(Status.SENT);
            assertThat(mock.takeMessage(Duration.ofSeconds(5)).accepted()).isTrue();
        }
    }
}
