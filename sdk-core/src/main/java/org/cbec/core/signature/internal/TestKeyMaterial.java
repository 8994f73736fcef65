package org.cbec.core.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.cbec.core.signature.KeyAlgorithm;

/**
 * Not API: the one place that makes keys and X.509 certificates for tests and test tools (sdk-core's test
 * {@code TestKeys}, sdk-mock's {@code TestKeys}, {@code cbec keygen --test}): SM2 (sm2p256v1) and RSA key pairs,
 * certificates issued by a given key or self-signed (SM3withSM2 or SHA256withRSA after the issuer's key), and their
 * PEM / PKCS#12 forms. Nothing here is used when filing.
 */
public final class TestKeyMaterial {

    /** RSA key size when none is given. */
    public static final int RSA_BITS = 2048;

    private TestKeyMaterial() {
    }

    /** A new key pair: SM2 on sm2p256v1, or RSA-{@value #RSA_BITS}. */
    public static KeyPair keyPair(KeyAlgorithm algorithm) {
        return keyPair(algorithm, RSA_BITS);
    }

    /** A new key pair: SM2 on sm2p256v1, or RSA of {@code rsaBits} bits. */
    public static KeyPair keyPair(KeyAlgorithm algorithm, int rsaBits) {
        try {
            if (algorithm == KeyAlgorithm.SM2) {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Crypto.BC);
                g.initialize(new ECGenParameterSpec("sm2p256v1"));
                return g.generateKeyPair();
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(rsaBits);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an " + algorithm + " key pair", e);
        }
    }

    /**
     * A certificate for {@code subject}'s public key with exactly this subject, serial, validity and key usage
     * ({@link KeyUsage} bits), a CA when {@code ca}; signed by {@code issuerKey} in the name of {@code issuer}, or
     * self-signed when {@code issuer} is null (then {@code issuerKey} must be the subject's own private key).
     */
    public static X509Certificate certificate(KeyPair subject, String subjectDn, BigInteger serial, Instant notBefore,
            Instant notAfter, int keyUsage, boolean ca, X509Certificate issuer, PrivateKey issuerKey) {
        try {
            X500Name dn = new X500Name(subjectDn);
            X500Name issuerName = issuer == null ? dn : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            KeyAlgorithm signing = issuer != null ? Crypto.keyAlgorithm(issuer)
                    : "RSA".equals(subject.getPublic().getAlgorithm()) ? KeyAlgorithm.RSA : KeyAlgorithm.SM2;
            var builder = new JcaX509v3CertificateBuilder(issuerName, serial, Date.from(notBefore), Date.from(notAfter), dn, subject.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            var contentSigner = new JcaContentSignerBuilder(signing == KeyAlgorithm.SM2 ? "SM3withSM2" : "SHA256withRSA")
                    .setProvider(Crypto.BC).build(issuerKey);
            return new JcaX509CertificateConverter().setProvider(Crypto.BC).getCertificate(builder.build(contentSigner));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a certificate for " + subjectDn, e);
        }
    }

    /** A certificate or public key in PEM. */
    public static String pem(Object certificateOrKey) {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter p = new JcaPEMWriter(w)) {
            p.writeObject(certificateOrKey);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write PEM", e);
        }
        return w.toString();
    }

    /** The private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public static String pkcs8Pem(PrivateKey key) {
        try {
            return pem(new JcaPKCS8Generator(key, null));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the private key as PKCS#8", e);
        }
    }

    /** A PKCS#12 key store holding {@code key} and {@code certificate} under the alias {@code signing}. */
    public static byte[] pkcs12(PrivateKey key, X509Certificate certificate, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Crypto.BC);
            ks.load(null, null);
            ks.setKeyEntry("signing", key, password, new X509Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ks.store(out, password);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a PKCS#12 key store", e);
        }
    }
}
