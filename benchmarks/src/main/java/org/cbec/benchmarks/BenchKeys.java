package org.cbec.benchmarks;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.spi.Signer;

/**
 * Throw-away self-signed keys generated in memory for the benchmarks: an SM2 key (SM3withSM2 certificate) and an
 * RSA-1024 key (SHA256withRSA certificate). Mirrors sdk-core's test {@code TestKeys} in a few lines so that the shaded
 * jar needs no test-jar.
 */
public final class BenchKeys {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private BenchKeys() {
    }

    /** A software signer on a fresh SM2 key. */
    public static Signer sm2() {
        return signer("EC", new ECGenParameterSpec("sm2p256v1"), 0, "SM3withSM2");
    }

    /** A software signer on a fresh RSA-1024 key. */
    public static Signer rsa1024() {
        return signer("RSA", null, 1024, "SHA256withRSA");
    }

    private static Signer signer(String algorithm, ECGenParameterSpec curve, int bits, String certificateAlgorithm) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm, BC);
            if (curve != null) {
                g.initialize(curve);
            } else {
                g.initialize(bits);
            }
            KeyPair kp = g.generateKeyPair();
            X500Name dn = new X500Name("CN=cbec-sdk benchmark " + algorithm + ",O=Benchmark Co");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(dn, new BigInteger("8a0102030405060708", 16),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), dn, kp.getPublic());
            var contentSigner = new JcaContentSignerBuilder(certificateAlgorithm).setProvider(BC).build(kp.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(contentSigner));
            return Signers.software(kp.getPrivate(), certificate);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate a benchmark " + algorithm + " key", e);
        }
    }
}
