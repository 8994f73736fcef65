package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's trust decisions agree with xmlsec1's when both are given the same trust anchor (xmlsec1 validates the
 * embedded certificate against {@code --trusted-pem} and refuses an untrusted one, as the SDK now does by default):
 * the genuine CA-issued signer is accepted by both; a self-made certificate copying its subject and serial, and an
 * expired certificate from the CA, are refused by both.
 */
@Tag("external-tools")
class TrustInteropTest {

    private static final byte[] CEB311 = OfficialSpec.read(OfficialSpec.spec().resolve("samples/import/CEB311Message.xml"));
    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;

    @Test
    void xmlsec1AndTheSdkAcceptTheCaIssuedSignerWithTheSameAnchor() throws Exception {
        byte[] signed = XmlSigner.custom(TestKeys.rsa().signer()).build().sign(CEB311);

        assertThat(xmlsec1(signed).exitCode()).isZero();
        assertThat(sdk(signed).valid()).isTrue();
    }

    @Test
    void xmlsec1AndTheSdkRefuseASelfMadeCertificateCopyingSubjectAndSerial() throws Exception {
        TestKeys.Entry genuine = TestKeys.rsa();
        TestKeys.Entry forged = TestKeys.issue(null, "RSA",
                X500Name.getInstance(genuine.certificate().getSubjectX500Principal().getEncoded()).toString(),
                genuine.certificate().getSerialNumber(), NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS),
                KeyUsage.digitalSignature, false);
        byte[] signed = XmlSigner.custom(forged.signer()).build().sign(CEB311);

        ExternalTool.Result x = xmlsec1(signed);
        assertThat(x.exitCode()).as(x.output()).isNotZero();
        assertThat(sdk(signed).failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void xmlsec1AndTheSdkRefuseAnExpiredCertificateFromTheTrustedCa() throws Exception {
        TestKeys.Entry old = TestKeys.issue(TestKeys.rsaCa(), "RSA", "CN=Old Signer", BigInteger.valueOf(2010),
                Instant.parse("2010-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"), KeyUsage.digitalSignature, false);
        byte[] signed = XmlSigner.custom(old.signer()).build().sign(CEB311);

        ExternalTool.Result x = xmlsec1(signed);
        assertThat(x.exitCode()).as(x.output()).isNotZero();
        assertThat(sdk(signed).failure()).contains(VerificationFailure.CERTIFICATE_EXPIRED);
    }

    private VerificationResult sdk(byte[] signed) {
        return XmlVerifier.custom().trust(TrustPolicy.pinned(TestKeys.rsaCa().certificate())).build().verify(signed);
    }

    private ExternalTool.Result xmlsec1(byte[] signed) throws Exception {
        Files.write(dir.resolve("signed.xml"), signed);
        Files.writeString(dir.resolve("ca.pem"), TestKeys.rsaCa().certificatePem());
        return ExternalTool.run(dir, "xmlsec1", "--verify", "--trusted-pem", "ca.pem", "signed.xml");
    }
}
