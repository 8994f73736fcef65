package org.cbec.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.junit.jupiter.api.Test;

/**
 * A client that signs with a TEST certificate (subject OU=TEST) for anything but loopback says so once, at WARN; the
 * same key against a loopback mock, and a real (non-test) certificate anywhere, log no such warning.
 */
class TestCertificateWarningTest {

    private static final Instant NOW = Instant.now();
    private static final XmlSigner TEST_KEY = XmlSigner.custom(TestKeys.issue(null, "SM2", "CN=cbec-sdk TEST SM2 key,OU=TEST,O=NOT FOR CUSTOMS FILING",
            BigInteger.valueOf(77), NOW.minus(1, ChronoUnit.DAYS), NOW.plus(1, ChronoUnit.DAYS), KeyUsage.digitalSignature, false).signer()).build();

    private static String logOf(XmlSigner signer, String endpoint) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            Transport transport = new Transport() {
                @Override
                public String endpoint() {
                    return endpoint;
                }

                @Override
                public SendResult send(OutboundEnvelope envelope) {
                    throw new AssertionError("nothing is sent");
                }

                @Override
                public List<InboundEnvelope> receive() {
                    return List.of();
                }
            };
            try (CebClient client = CebClient.builder().sender(Messages.SENDER).signer(signer).transport(transport)
                    .store(Stores.inMemory()).startWorkers(false).build()) {
                assertThat(client).isNotNull();
            }
        } finally {
            System.setErr(original);
        }
        return captured.toString(UTF_8);
    }

    private static int warnings(String log) {
        Matcher m = Pattern.compile("WARN .*signing with a TEST certificate").matcher(log);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aTestCertificateForAGatewayOrAFolderIsWarnedAboutOnce() {
        String gateway = logOf(TEST_KEY, "https://gw.example.cn/dxp/send");
        assertThat(warnings(gateway)).isEqualTo(1);
        assertThat(gateway).contains("OU=TEST").contains("https://gw.example.cn/dxp/send").contains("serial 4d");
        assertThat(warnings(logOf(TEST_KEY, "file:///data/transfer/out"))).isEqualTo(1);
    }

    @Test
    void aTestCertificateForALoopbackMockAndARealCertificateAnywhereAreNotWarnedAbout() {
        assertThat(warnings(logOf(TEST_KEY, "http://127.0.0.1:8080/ceb/send"))).isZero();
        assertThat(warnings(logOf(XmlSigner.custom(TestKeys.sm2().signer()).build(), "https://gw.example.cn/dxp/send"))).isZero();
    }
}
