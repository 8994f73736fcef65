package org.cbec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.client.ClientConfig;
import org.cbec.spring.internal.ClientConfigs;
import org.junit.jupiter.api.Test;

/** cbec.client.* properties: the send rate is its own limit, apart from signing, and off unless set. */
class ClientConfigsTest {

    @Test
    void sendRateIsItsOwnPropertyAndOffByDefault() {
        CebProperties.Client p = new CebProperties.Client();
        assertThat(ClientConfigs.of(p).sendsPerMinute()).isZero();

        p.setSendsPerMinute(600);
        p.setSignaturesPerMinute(100);
        ClientConfig c = ClientConfigs.of(p);

        assertThat(c.sendsPerMinute()).isEqualTo(600);
        assertThat(c.signaturesPerMinute()).isEqualTo(100);
    }
}
