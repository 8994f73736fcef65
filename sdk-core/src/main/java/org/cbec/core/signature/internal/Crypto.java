package org.cbec.core.signature.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.KeyAlgorithm;

/**
 * Key-algorithm detection, certificate parsing, signature verification and SM2 signature encodings, shared by every
 * signer and verifier. The Bouncy Castle provider is used as an instance and never registered globally.
 */
public final class Crypto {

    /** Bouncy Castle as a private provider instance (parses SM2 certificates and PKCS#12 with SM2 keys). */
    public static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private Crypto() {
    }

    /**
     * The key algorithm of the certificate's subject public key.
     *
     * @throws CebException {@code SIGN_CERTIFICATE} when the key cannot be read (Bouncy Castle refuses, for instance, an
     *                      RSA modulus with a small prime factor), {@code SIGN_KEY_UNSUPPORTED} for another algorithm
     */
    public static KeyAlgorithm keyAlgorithm(X509Certificate certificate) {
        java.security.PublicKey key;
        try {
            key = certificate.getPublicKey();
        } catch (RuntimeException e) {
            throw new CebException(ErrorCode.SIGN_CERTIFICATE, "the public key of certificate " + certificate.getSubjectX500Principal()
                    + " cannot be read: " + e.getMessage(), e);
        }
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
        if (alg.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return KeyAlgorithm.RSA;
        }
        if (alg.equals(X9ObjectIdentifiers.id_ecPublicKey) && GMObjectIdentifiers.sm2p256v1.equals(spki.getAlgorithm().getParameters())) {
            return KeyAlgorithm.SM2;
        }
        throw new CebException(ErrorCode.SIGN_KEY_UNSUPPORTED, "certificate " + certificate.getSubjectX500Principal()
                + " holds a key that is neither SM2 (sm2p256v1) nor RSA: " + alg);
    }

    /**
     * Parses one certificate from DER or PEM bytes. Its validity dates are read here too: Bouncy Castle decodes them
     * only when asked, and a date that does not parse would otherwise surface later as an IllegalStateException.
     */
    public static X509Certificate parseCertificate(byte[] derOrPem) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509", BC);
            Object c = cf.generateCertificate(new ByteArrayInputStream(derOrPem));
            if (c instanceof X509Certificate x) {
                x.getNotBefore();
                x.getNotAfter();
                return x;
            }
            throw new CebException(ErrorCode.SIGN_CERTIFICATE, "not an X.509 certificate");
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof CebException ce) {
                throw ce;
            }
            throw new CebException(ErrorCode.SIGN_CERTIFICATE, "not a readable X.509 certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies {@code signature} (wire form) over {@code data} with the certificate's public key: SM2-with-SM3 for
     * SM2 (64-byte r‖s), SHA1withRSA for RSA.
     */
    public static boolean verify(X509Certificate certificate, byte[] data, byte[] signature) {
        return switch (keyAlgorithm(certificate)) {
            case SM2 -> Sm2.verify(Sm2.publicKey(certificate), data, signature);
            case RSA -> verifyRsa(certificate.getPublicKey(), data, signature);
        };
    }

    private static boolean verifyRsa(PublicKey key, byte[] data, byte[] signature) {
        try {
            PublicKey rsa = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.getEncoded()));
            Signature s = Signature.getInstance("SHA1withRSA");
            s.initVerify(rsa);
            s.update(data);
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new CebException(ErrorCode.SIGN_KEY_UNSUPPORTED, "cannot verify an RSA signature: " + e.getMessage(), e);
        }
    }

    /**
     * The wire form of a signature a device answered: SM2 normalised to 64-byte r‖s ({@link #sm2Raw}), RSA unchanged.
     */
    public static byte[] wireForm(KeyAlgorithm algorithm, byte[] signature) {
        return algorithm == KeyAlgorithm.SM2 ? sm2Raw(signature) : signature;
    }

    /** Decodes Base64 that may contain line breaks (as devices and servers answer). */
    public static byte[] base64(String text) {
        return java.util.Base64.getMimeDecoder().decode(text);
    }

    /**
     * Brings an SM2 signature that a device answered into the plain 64-byte r‖s form: 64 bytes are returned as they
     * are, a DER {@code SEQUENCE{INTEGER r, INTEGER s}} is converted.
     */
    public static byte[] sm2Raw(byte[] signature) {
        if (signature.length == Sm2.SIGNATURE_LENGTH) {
            return signature.clone();
        }
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(signature);
            if (seq.size() != 2) {
                throw new IllegalArgumentException("expected two integers");
            }
            byte[] out = new byte[Sm2.SIGNATURE_LENGTH];
            copyFixed(ASN1Integer.getInstance(seq.getObjectAt(0)).getPositiveValue(), out, 0);
            copyFixed(ASN1Integer.getInstance(seq.getObjectAt(1)).getPositiveValue(), out, 32);
            return out;
        } catch (RuntimeException e) {
            throw new CebException(ErrorCode.SIGN_BAD_SIGNATURE, "an SM2 signature must be 64 bytes r||s or DER; got " + signature.length + " bytes", e);
        }
    }

    /** Encodes a 64-byte r‖s SM2 signature as DER {@code SEQUENCE{INTEGER r, INTEGER s}} (what OpenSSL reads). */
    public static byte[] sm2Der(byte[] raw) {
        if (raw.length != Sm2.SIGNATURE_LENGTH) {
            throw new IllegalArgumentException("an SM2 r||s signature has 64 bytes, not " + raw.length);
        }
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, 32))));
        v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 32, 64))));
        try {
            return new DERSequence(v).getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyFixed(BigInteger v, byte[] out, int offset) {
        byte[] b = v.toByteArray();
        int start = b.length > 32 ? b.length - 32 : 0;
        if (b.length - start > 32 || (start > 0 && b[0] != 0)) {
            throw new IllegalArgumentException("integer longer than 32 bytes");
        }
        int len = b.length - start;
        System.arraycopy(b, start, out, offset + 32 - len, len);
    }
}
