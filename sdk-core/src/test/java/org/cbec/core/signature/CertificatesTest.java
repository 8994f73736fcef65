package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.error.CebException;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    @Test
    void serialHexKeepsLeadingZeroNibbleAndInnerZeroBytes() {
        assertThat(Certificates.serialHex(TestKeys.sm2().certificate())).isEqualTo("03000000000cde6f");
        assertThat(TestKeys.sm2().certificate().getSerialNumber().toString(16)).isEqualTo("3000000000cde6f");
    }

    @Test
    void serialHexKeepsTheDerSignByteOfASerialWithTopBitSet() {
        assertThat(Certificates.serialHex(TestKeys.rsa().certificate())).isEqualTo("008a0102030405060708");
    }

    @Test
    void keyAlgorithmFollowsTheCertificate() {
        assertThat(Certificates.keyAlgorithm(TestKeys.sm2().certificate())).isEqualTo(KeyAlgorithm.SM2);
        assertThat(Certificates.keyAlgorithm(TestKeys.rsa().certificate())).isEqualTo(KeyAlgorithm.RSA);
    }

    @Test
    void parsesPemAndDerAndRejectsGarbage() throws Exception {
        var cert = TestKeys.sm2().certificate();
        assertThat(Certificates.parse(cert.getEncoded())).isEqualTo(cert);
        assertThat(Certificates.parse(TestKeys.utf8(TestKeys.sm2().certificatePem()))).isEqualTo(cert);
        assertThatThrownBy(() -> Certificates.parse(new byte[] {1, 2, 3}))
                .isInstanceOf(CebException.class).extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_CERTIFICATE");
    }

    @Test
    void aCertificateIsTestOnlyWhenItsSubjectCarriesTheTestUnit() {
        Instant now = Instant.now();
        TestKeys.Entry marked = TestKeys.issue(null, "SM2", "CN=cbec-sdk TEST SM2 key,OU=TEST,O=NOT FOR CUSTOMS FILING", BigInteger.TEN,
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS), KeyUsage.digitalSignature, false);
        TestKeys.Entry testInAnotherAttribute = TestKeys.issue(null, "SM2", "CN=TEST,O=TESTING Co,OU=Tests", BigInteger.TEN,
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS), KeyUsage.digitalSignature, false);

        assertThat(Certificates.isTestOnly(marked.certificate())).isTrue();
        assertThat(Certificates.isTestOnly(testInAnotherAttribute.certificate())).isFalse();
        assertThat(Certificates.isTestOnly(TestKeys.sm2().certificate())).isFalse();
        assertThat(XmlSigner.custom(marked.signer()).build().certificate()).isEqualTo(marked.certificate());
    }
}
