package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.cbec.core.error.CebException;
import org.cbec.core.signature.TestKeys;
import org.junit.jupiter.api.Test;

class VerifyingKeysTest {

    private static final byte[] DATA = "<ds:SignedInfo>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCertificateSeenAgainIsNotParsedAgainAndItsKeyStillVerifies() throws Exception {
        VerifyingKeys keys = new VerifyingKeys();
        byte[] der = TestKeys.sm2().certificate().getEncoded();

        VerifyingKeys.Key first = keys.forDer(der);
        VerifyingKeys.Key again = keys.forDer(der.clone());

        assertThat(again).isSameAs(first);
        assertThat(first.sm2Key()).isNotNull();
        byte[] signature = TestKeys.sm2().signer().sign(DATA).bytes();
        assertThat(again.verify(DATA, signature)).isTrue();
        assertThat(again.verify(DATA, TestKeys.otherSm2().signer().sign(DATA).bytes())).isFalse();
    }

    @Test
    void eachCertificateKeepsItsOwnKey() throws Exception {
        VerifyingKeys keys = new VerifyingKeys();
        VerifyingKeys.Key sm2 = keys.forDer(TestKeys.sm2().certificate().getEncoded());
        VerifyingKeys.Key other = keys.forDer(TestKeys.otherSm2().certificate().getEncoded());
        VerifyingKeys.Key rsa = keys.forDer(TestKeys.rsa().certificate().getEncoded());

        assertThat(sm2.certificate()).isEqualTo(TestKeys.sm2().certificate());
        assertThat(other.certificate()).isEqualTo(TestKeys.otherSm2().certificate());
        assertThat(other.verify(DATA, TestKeys.otherSm2().signer().sign(DATA).bytes())).isTrue();
        assertThat(sm2.verify(DATA, TestKeys.otherSm2().signer().sign(DATA).bytes())).isFalse();
        assertThat(rsa.sm2Key()).isNull();
        assertThat(rsa.verify(DATA, TestKeys.rsa().signer().sign(DATA).bytes())).isTrue();
        assertThat(keys.size()).isEqualTo(3);
    }

    @Test
    void aConfiguredCertificateIsPreparedOnceWhetherItIsNamedOrCarried() throws Exception {
        VerifyingKeys keys = new VerifyingKeys();
        java.security.cert.X509Certificate certificate = TestKeys.sm2().certificate();

        VerifyingKeys.Key configured = keys.forCertificate(certificate);

        assertThat(keys.forCertificate(certificate)).isSameAs(configured);
        assertThat(keys.forDer(certificate.getEncoded())).isSameAs(configured);
        assertThat(configured.verify(DATA, TestKeys.sm2().signer().sign(DATA).bytes())).isTrue();
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void anUnreadableCertificateIsReportedAndNotKept() {
        VerifyingKeys keys = new VerifyingKeys();
        assertThatThrownBy(() -> keys.forDer(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}))
                .isInstanceOf(CebException.class);
        assertThat(keys.size()).isZero();
    }
}
