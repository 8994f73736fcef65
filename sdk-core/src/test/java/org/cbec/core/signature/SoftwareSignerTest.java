package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cbec.core.error.CebException;
import org.cbec.core.signature.spi.Signer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoftwareSignerTest {

    @Nested
    class Sm2FromPkcs12 extends SignerContractTest {
        private final Signer signer = Signers.pkcs12(TestKeys.sm2().pkcs12("secret".toCharArray()), "secret".toCharArray());

        @Override
        protected Signer signer() {
            return signer;
        }

        @Override
        protected TestKeys.Entry expectedKey() {
            return TestKeys.sm2();
        }
    }

    @Nested
    class Sm2FromPem extends SignerContractTest {
        private final Signer signer = Signers.pem(TestKeys.utf8(TestKeys.sm2().privateKeyPem()), TestKeys.utf8(TestKeys.sm2().certificatePem()));

        @Override
        protected Signer signer() {
            return signer;
        }

        @Override
        protected TestKeys.Entry expectedKey() {
            return TestKeys.sm2();
        }
    }

    @Nested
    class RsaFromPkcs12 extends SignerContractTest {
        private final Signer signer = Signers.pkcs12(TestKeys.rsa().pkcs12("secret".toCharArray()), "secret".toCharArray());

        @Override
        protected Signer signer() {
            return signer;
        }

        @Override
        protected TestKeys.Entry expectedKey() {
            return TestKeys.rsa();
        }
    }

    @Nested
    class RsaFromPem extends SignerContractTest {
        private final Signer signer = Signers.pem(TestKeys.utf8(TestKeys.rsa().privateKeyPem()), TestKeys.utf8(TestKeys.rsa().certificatePem()));

        @Override
        protected Signer signer() {
            return signer;
        }

        @Override
        protected TestKeys.Entry expectedKey() {
            return TestKeys.rsa();
        }
    }

    @Test
    void privateKeyPemIsPkcs8() {
        assertThat(TestKeys.sm2().privateKeyPem()).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void wrongPkcs12PasswordIsAClearError() {
        byte[] p12 = TestKeys.sm2().pkcs12("secret".toCharArray());
        assertThatThrownBy(() -> Signers.pkcs12(p12, "wrong".toCharArray()))
                .isInstanceOf(CebException.class).hasMessageContaining("wrong password")
                .extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_KEY_UNREADABLE");
    }

    @Test
    void keyThatDoesNotBelongToTheCertificateIsRejected() {
        assertThatThrownBy(() -> Signers.software(TestKeys.otherSm2().key(), TestKeys.sm2().certificate()))
                .isInstanceOf(CebException.class).extracting(e -> ((CebException) e).code()).isEqualTo("SIGN_KEY_MISMATCH");
    }

    @Test
    void sm2SignaturesAreRandomisedButBothVerify() {
        Signer s = TestKeys.sm2().signer();
        byte[] data = {1, 2, 3};
        assertThat(s.sign(data).bytes()).isNotEqualTo(s.sign(data).bytes());
    }
}
