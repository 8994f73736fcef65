package org.cbec.core.signature.internal;

import java.nio.charset.StandardCharsets;
import java.security.DrbgParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;

/**
 * A private key held in memory. Each thread keeps its own initialised primitive (an {@link Sm2SigningKey} with its own DRBG,
 * or a JCA {@link Signature}), so signing takes no lock and re-uses the key set-up.
 */
public abstract sealed class SoftwareSigner implements Signer {

    private static final byte[] SELF_TEST = "cbec-sdk key/certificate match".getBytes(StandardCharsets.US_ASCII);

    private final X509Certificate certificate;

    private SoftwareSigner(X509Certificate certificate) {
        this.certificate = certificate;
    }

    /** A signer for {@code key}, checked against {@code certificate} with one test signature. */
    public static SoftwareSigner of(PrivateKey key, X509Certificate certificate) {
        SoftwareSigner s = switch (Crypto.keyAlgorithm(certificate)) {
            case SM2 -> new Sm2Key(key, certificate);
            case RSA -> new RsaKey(key, certificate);
        };
        if (!Crypto.verify(certificate, SELF_TEST, s.signRaw(SELF_TEST))) {
            throw new CebException(ErrorCode.SIGN_KEY_MISMATCH, "the private key does not belong to certificate "
                    + certificate.getSubjectX500Principal() + " (serial " + org.cbec.core.signature.Certificates.serialHex(certificate) + ")");
        }
        return s;
    }

    @Override
    public final SignatureValue sign(byte[] data) {
        return new SignatureValue(signRaw(data), certificate);
    }

    @Override
    public final X509Certificate certificate() {
        return certificate;
    }

    abstract byte[] signRaw(byte[] data);

    @Override
    public String toString() {
        return "SoftwareSigner[" + keyAlgorithm() + ", " + certificate.getSubjectX500Principal() + "]";
    }

    static final class Sm2Key extends SoftwareSigner {
        private final ThreadLocal<Sm2SigningKey> signers;

        Sm2Key(PrivateKey key, X509Certificate certificate) {
            super(certificate);
            java.math.BigInteger d = privateScalar(key);
            if (d.signum() <= 0 || d.compareTo(Sm2.DOMAIN.getN().subtract(java.math.BigInteger.ONE)) >= 0) {
                throw new CebException(ErrorCode.SIGN_KEY_UNSUPPORTED, "the private key is not a valid SM2 key (outside [1, n-2])");
            }
            this.signers = ThreadLocal.withInitial(() -> new Sm2SigningKey(d, newDrbg()));
        }

        private static java.math.BigInteger privateScalar(PrivateKey key) {
            try {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
                return org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey()).getKey();
            } catch (java.io.IOException | RuntimeException e) {
                throw new CebException(ErrorCode.SIGN_KEY_UNSUPPORTED, "the private key is not a readable SM2 key", e);
            }
        }

        private static SecureRandom newDrbg() {
            try {
                return SecureRandom.getInstance("DRBG",
                        DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY, null));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK offers no DRBG", e);
            }
        }

        @Override
        byte[] signRaw(byte[] data) {
            return signers.get().sign(data);
        }

        @Override
        public KeyAlgorithm keyAlgorithm() {
            return KeyAlgorithm.SM2;
        }
    }

    static final class RsaKey extends SoftwareSigner {
        private final ThreadLocal<Signature> signers;

        RsaKey(PrivateKey key, X509Certificate certificate) {
            super(certificate);
            PrivateKey rsa = toJdkRsa(key);
            this.signers = ThreadLocal.withInitial(() -> {
                try {
                    Signature s = Signature.getInstance("SHA1withRSA");
                    s.initSign(rsa);
                    return s;
                } catch (GeneralSecurityException e) {
                    throw new CebException(ErrorCode.SIGN_KEY_UNSUPPORTED, "cannot initialise SHA1withRSA: " + e.getMessage(), e);
                }
            });
        }

        private static PrivateKey toJdkRsa(PrivateKey key) {
            try {
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new CebException(ErrorCode.SIGN_KEY_UNSUPPORTED, "the private key is not a readable RSA key", e);
            }
        }

        @Override
        byte[] signRaw(byte[] data) {
            Signature s = signers.get();
            try {
                s.update(data);
                return s.sign();
            } catch (GeneralSecurityException e) {
                throw new CebException(ErrorCode.SIGN_FAILED, "RSA signing failed: " + e.getMessage(), e);
            }
        }

        @Override
        public KeyAlgorithm keyAlgorithm() {
            return KeyAlgorithm.RSA;
        }
    }
}
