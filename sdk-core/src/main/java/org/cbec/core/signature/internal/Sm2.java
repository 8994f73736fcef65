package org.cbec.core.signature.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;

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

    /** {@code Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA)} of the normalised public point {@code q}, default user id. */
    static byte[] z(ECPoint q) {
        SM3Digest sm3 = new SM3Digest();
        int bits = USER_ID.length * 8;
        sm3.update((byte) (bits >>> 8));
        sm3.update((byte) bits);
        sm3.update(USER_ID, 0, USER_ID.length);
        ECPoint g = DOMAIN.getG();
        for (ECFieldElement f : new ECFieldElement[] {curve().getA(), curve().getB(), g.getAffineXCoord(), g.getAffineYCoord(),
                q.getAffineXCoord(), q.getAffineYCoord()}) {
            byte[] encoded = f.getEncoded();
            sm3.update(encoded, 0, encoded.length);
        }
        return doFinal(sm3);
    }

    /** {@code e = SM3(Z ‖ data)} as an integer. */
    static BigInteger e(byte[] z, byte[] data) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(z, 0, z.length);
        sm3.update(data, 0, data.length);
        return new BigInteger(1, doFinal(sm3));
    }

    private static byte[] doFinal(SM3Digest sm3) {
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return out;
    }
}
