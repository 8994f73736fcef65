package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
