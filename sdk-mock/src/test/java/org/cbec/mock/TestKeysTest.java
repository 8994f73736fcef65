package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.SenderProfile;
import org.cbec.client.Stores;
import org.cbec.client.Transports;
import org.cbec.client.status.Status;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test keys in one call: a new SM2 or RSA key whose self-signed certificate says TEST, usable at once by the client,
 * written as key.pem (PKCS#8) and cert.pem that read back as the same signer, and trusted by a mock told to trust that
 * directory, which still refuses another test key.
 */
@Timeout(60)
class TestKeysTest {

    private static CebClient client(MockSingleWindow mock, XmlSigner signer) {
        return CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例跨境电商平台有限公司"))
                .signer(signer)
                .transport(Transports.http(mock.httpTransport()))
                .store(Stores.inMemory())
                .config(ClientConfig.forMockTests())
                .build();
    }

    @Test
    void eachCallMakesANewKeyWhoseSelfSignedCertificateSaysTest() {
        TestKeys.TestKey sm2 = TestKeys.sm2();
        TestKeys.TestKey rsa = TestKeys.rsa();

        assertThat(Certificates.keyAlgorithm(sm2.certificate())).isEqualTo(KeyAlgorithm.SM2);
        assertThat(Certificates.keyAlgorithm(rsa.certificate())).isEqualTo(KeyAlgorithm.RSA);
        for (TestKeys.TestKey key : new TestKeys.TestKey[] {sm2, rsa}) {
            assertThat(Certificates.isTestOnly(key.certificate())).isTrue();
            assertThat(key.certificate().getSubjectX500Principal()).isEqualTo(key.certificate().getIssuerX500Principal());
            assertThat(key.certificate().getSubjectX500Principal().getName()).contains("TEST").contains("NOT FOR CUSTOMS FILING");
            assertThat(key.toString()).contains("OU=TEST").doesNotContain(key.privateKeyPem().lines().skip(1).findFirst().orElseThrow());
        }
        assertThat(TestKeys.sm2().certificate()).isNotEqualTo(sm2.certificate());
    }

    @Test
    void writtenAsPkcs8AndPemTheKeyReadsBackAndIsNeverOverwritten(@TempDir Path dir) throws Exception {
        TestKeys.TestKey key = TestKeys.sm2();
        Path out = key.writeTo(dir.resolve("keys"));

        String keyPem = Files.readString(out.resolve("key.pem"));
        assertThat(keyPem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("key.pem")))).isEqualTo("rw-------");
        assertThat(Signers.pem(Files.readAllBytes(out.resolve("key.pem")), Files.readAllBytes(out.resolve("cert.pem"))).certificate())
                .isEqualTo(key.certificate());
        assertThatThrownBy(() -> TestKeys.sm2().writeTo(out)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out.resolve("key.pem"))).isEqualTo(keyPem);
    }

    @Test
    void aMockTrustingTheKeysDirectoryReleasesItsFilingAndRefusesAnotherTestKey(@TempDir Path dir) throws Exception {
        TestKeys.TestKey trusted = TestKeys.sm2();
        trusted.writeTo(dir);
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TrustPolicy.custom().trust(dir).build())
                .receiptDelay(Duration.ofMillis(5)).start()) {
            try (CebClient client = client(mock, trusted.xmlSigner())) {
                assertThat(client.submit(Orders.valid()).await(Status.ENTERED, Duration.ofSeconds(20))).isEqualTo(Status.ENTERED);
            }
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).trust()).startsWith("pinned").contains("OU=TEST");
            try (CebClient client = client(mock, TestKeys.sm2().xmlSigner())) {
                assertThat(client.submit(Orders.valid()).await(Status.RELEASED, Duration.ofSeconds(20))).isEqualTo(Status.EXCHANGE_ERROR);
            }
        }
    }
}
