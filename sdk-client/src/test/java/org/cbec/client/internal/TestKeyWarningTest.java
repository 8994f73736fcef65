package org.cbec.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which transport targets count as loopback for the test-certificate warning: literals and localhost only, never a folder. */
class TestKeyWarningTest {

    @Test
    void loopbackIsLocalhostOrALoopbackLiteralWithoutAnyLookup() {
        assertThat(TestKeyWarning.isLoopback("http://127.0.0.1:8080/ceb/send")).isTrue();
        assertThat(TestKeyWarning.isLoopback("http://127.3.2.1/ceb/send")).isTrue();
        assertThat(TestKeyWarning.isLoopback("http://localhost:8080/ceb/send")).isTrue();
        assertThat(TestKeyWarning.isLoopback("http://[::1]:8080/ceb/send")).isTrue();
        assertThat(TestKeyWarning.isLoopback("amqp://127.0.0.1:5672/cbec.send")).isTrue();
    }

    @Test
    void gatewaysFoldersAndUnparseableTargetsAreNotLoopback() {
        assertThat(TestKeyWarning.isLoopback("https://gw.example.cn/dxp/send")).isFalse();
        assertThat(TestKeyWarning.isLoopback("http://10.0.0.5:8080/ceb/send")).isFalse();
        assertThat(TestKeyWarning.isLoopback("http://localhost.example.cn/ceb/send")).isFalse();
        assertThat(TestKeyWarning.isLoopback("http://127.0.0.1.example.cn/ceb/send")).isFalse();
        assertThat(TestKeyWarning.isLoopback("file:///data/transfer/out")).isFalse();
        assertThat(TestKeyWarning.isLoopback("recording:")).isFalse();
        assertThat(TestKeyWarning.isLoopback("not a uri")).isFalse();
        assertThat(TestKeyWarning.isLoopback(null)).isFalse();
    }
}
