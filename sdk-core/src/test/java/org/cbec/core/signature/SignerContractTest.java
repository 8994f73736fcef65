package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cbec.core.signature.internal.Crypto;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;
import org.junit.jupiter.api.Test;

/** What every {@link Signer} must do; each implementation's test extends this in a few lines. */
abstract class SignerContractTest {

    /** The signer under test; expected to hold {@link #expectedCertificate()}'s key. */
    protected abstract Signer signer();

    protected abstract TestKeys.Entry expectedKey();

    private java.security.cert.X509Certificate expectedCertificate() {
        return expectedKey().certificate();
    }

    @Test
    void signatureVerifiesWithTheCertificatesPublicKey() {
        byte[] data = "<ds:SignedInfo>数据</ds:SignedInfo>".getBytes(StandardCharsets.UTF_8);
        SignatureValue v = signer().sign(data);
        assertThat(v.certificate()).isEqualTo(expectedCertificate());
        assertThat(Crypto.verify(v.certificate(), data, v.bytes())).isTrue();
        assertThat(Crypto.verify(v.certificate(), "other".getBytes(StandardCharsets.UTF_8), v.bytes())).isFalse();
    }

    @Test
    void reportsCertificateAndKeyAlgorithmOfItsKey() {
        assertThat(signer().certificate()).isEqualTo(expectedCertificate());
        assertThat(signer().keyAlgorithm()).isEqualTo(Certificates.keyAlgorithm(expectedCertificate()));
    }

    @Test
    void sm2SignaturesArePlain64ByteRs() {
        if (signer().keyAlgorithm() == KeyAlgorithm.SM2) {
            assertThat(signer().sign(new byte[] {1}).bytes()).hasSize(64);
        } else {
            assertThat(signer().sign(new byte[] {1}).bytes()).hasSize(256);
        }
    }

    @Test
    void signsCorrectlyFromSeveralThreadsAtOnce() throws Exception {
        Signer signer = signer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] data = ("message " + i).getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> Crypto.verify(signer.certificate(), data, signer.sign(data).bytes())));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
