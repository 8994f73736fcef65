package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock decides about signing certificates as customs does: with trust configured it refuses a forged certificate
 * copying the genuine signer's subject and serial (1001) and an expired one (1002) and accepts a CA-issued signer;
 * without trust it accepts an intact signature but marks the message embedded-untrusted, on {@code /admin} too.
 */
@Timeout(30)
class MockSingleWindowTrustTest {

    private static final DxpEnvelopes ENVELOPES = DxpEnvelopes.ofDefaults();
    private static final Instant NOW = Instant.now();
    private final HttpClient http = HttpClient.newHttpClient();

    private String post(MockSingleWindow mock, TestKeys.Entry key) throws Exception {
        return post(mock, CebCodec.ofDefaults().writeSigned(Orders.valid(), XmlSigner.custom(key.signer()).build()));
    }

    private String post(MockSingleWindow mock, byte[] signed) throws Exception {
        TransInfo info = TransInfo.builder().copMsgId("B1F2A0C3-0000-4000-8000-000000000311").senderId("DXPENT0000458763")
                .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(NOW).msgType("CEB311Message").build();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(mock.sendUrl())
                .POST(HttpRequest.BodyPublishers.ofByteArray(ENVELOPES.write(ENVELOPES.wrap(signed, info)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return ENVELOPES.readReport(r.body()).responses().get(0).responseCode();
    }

    @Test
    void aForgedCertificateCopyingSubjectAndSerialIsRefusedWith1001() throws Exception {
        TestKeys.Entry genuine = TestKeys.sm2();
        TestKeys.Entry forged = TestKeys.issue(null, "SM2", X500Name.getInstance(genuine.certificate().getSubjectX500Principal().getEncoded()).toString(),
                genuine.certificate().getSerialNumber(), NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), KeyUsage.digitalSignature, false);
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(genuine.certificate()).start()) {
            assertThat(post(mock, forged)).isEqualTo("1001");
            ReceivedMessage m = mock.takeMessage(Duration.ofSeconds(1));
            assertThat(m.trust()).isEqualTo("untrusted");
            assertThat(m.responseInfo()).contains("UNTRUSTED_CERTIFICATE").contains("03000000000cde6f");
        }
    }

    @Test
    void anExpiredCertificateIsRefusedWith1002() throws Exception {
        TestKeys.Entry old = TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=Old Signer", BigInteger.valueOf(2010),
                Instant.parse("2010-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"), KeyUsage.digitalSignature, false);
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2Ca().certificate()).start()) {
            assertThat(post(mock, old)).isEqualTo("1002");
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).responseInfo()).contains("CERTIFICATE_EXPIRED");
        }
    }

    @Test
    void aCaIssuedSignerIsAcceptedThroughTheTrustDirectoryOfTheStandaloneMock(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("customs-ca.pem"), TestKeys.sm2Ca().certificatePem());
        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--trust", dir.toString()).start()) {
            assertThat(post(mock, TestKeys.sm2())).isEqualTo("0000");
            ReceivedMessage m = mock.takeMessage(Duration.ofSeconds(1));
            assertThat(m.trusted()).isTrue();
            assertThat(m.trust()).isEqualTo("anchor CN=cbec-sdk test SM2 CA");
        }
    }

    @Test
    void aSignatureCarryingAnObjectOrStandingBeforeTheBusinessNodesIsRefusedWith1001() throws Exception {
        String signed = new String(CebCodec.ofDefaults().writeSigned(Orders.valid(), XmlSigner.custom(TestKeys.sm2().signer()).build()),
                StandardCharsets.UTF_8);
        String signature = signed.substring(signed.indexOf("<ds:Signature"), signed.indexOf("</ds:Signature>") + 15);
        String withObject = signed.replace("</ds:Signature>", "<ds:Object><ceb:Order/></ds:Object></ds:Signature>");
        String first = signed.replace(signature, "").replace("<ceb:Order>", signature + "<ceb:Order>");
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2Ca().certificate()).start()) {
            assertThat(post(mock, withObject.getBytes(StandardCharsets.UTF_8))).isEqualTo("1001");
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).responseInfo()).contains("MALFORMED_SIGNATURE");
            assertThat(post(mock, first.getBytes(StandardCharsets.UTF_8))).isEqualTo("1001");
        }
    }

    @Test
    void withoutTrustAnIntactSignatureIsAcceptedButMarkedUntrustedInTheRecordAndOnTheAdminPage() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            assertThat(mock.trust()).isEmpty();
            assertThat(post(mock, TestKeys.sm2())).isEqualTo("0000");
            ReceivedMessage m = mock.takeMessage(Duration.ofSeconds(1));
            assertThat(m.trusted()).isFalse();
            assertThat(m.trust()).isEqualTo("embedded-untrusted");
            String admin = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/messages")).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            assertThat(admin).contains("\"trust\":\"embedded-untrusted\"");
        }
    }
}
