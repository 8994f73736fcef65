package org.cbec.core.signature.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECMultiplier;

/**
 * SM2 with SM3 on Bouncy Castle's low-level API and the optimised {@code sm2p256v1} implementation from
 * {@link CustomNamedCurves} (several times faster than the generic curve from {@code GMNamedCurves}).
 */
public final class Sm2 {

    /** The default SM2 user id of GM/T 0009, used for the Z value by customs. */
    public static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
    /** Length of a plain r‖s signature. */
    public static final int SIGNATURE_LENGTH = 64;

    private static final X9ECParameters X9 = CustomNamedCurves.getByName("sm2p256v1");
    /** Domain parameters on the optimised curve. */
    public static final ECDomainParameters DOMAIN = new ECDomainParameters(X9.getCurve(), X9.getG(), X9.getN(), X9.getH());

    private Sm2() {
    }

    /** The curve every SM2 operation of the SDK runs on (exposed so a test can prove it is the optimised one). */
    public static ECCurve curve() {
        return DOMAIN.getCurve();
    }

    /** The multiplier of {@code k·G} every SM2 signature of the SDK uses. */
    private static final ECMultiplier BASE_MULTIPLIER = new Sm2BaseMultiplier();

    /** A fresh SM2-with-SM3 signer producing and reading plain r‖s; it signs with {@link Sm2BaseMultiplier}. */
    public static SM2Signer newSigner() {
        return new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest()) {
            @Override
            protected ECMultiplier createBasePointMultiplier() {
                return BASE_MULTIPLIER;
            }
        };
    }

    /** Private key parameters on the optimised curve. */
    public static ECPrivateKeyParameters privateKey(BigInteger d) {
        return new ECPrivateKeyParameters(d, DOMAIN);
    }

    /** The certificate's SM2 public key as parameters on the optimised curve. */
    public static ECPublicKeyParameters publicKey(X509Certificate certificate) {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
        return new ECPublicKeyParameters(DOMAIN.getCurve().decodePoint(spki.getPublicKeyData().getBytes()), DOMAIN);
    }

    /** Verifies a 64-byte r‖s signature (a DER one is accepted too) over {@code data} ({@link Sm2VerifyingKey}, used once). */
    public static boolean verify(ECPublicKeyParameters key, byte[] data, byte[] signature) {
        return new Sm2VerifyingKey(key).verify(data, signature);
    }

    /** Signs with an initialised signer; separated so software keys can keep one initialised signer per thread. */
    static byte[] sign(SM2Signer initialised, byte[] data) {
        initialised.reset();
        initialised.update(data, 0, data.length);
        try {
            return initialised.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }
}
