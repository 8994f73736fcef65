package org.cbec.core.signature.spi;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signature produced by a {@link Signer}: the bytes in wire form and the certificate of the key that made them.
 *
 * <pre>{@code
 * SignatureValue v = signer.sign(data);
 * String b64 = v.base64();
 * }</pre>
 *
 * @param bytes       the signature (64-byte {@code r‖s} for SM2, PKCS#1 v1.5 for RSA)
 * @param certificate the signing certificate
 */
public record SignatureValue(byte[] bytes, X509Certificate certificate) {

    public SignatureValue {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(certificate, "certificate");
        bytes = bytes.clone();
    }

    /** A copy of the signature bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The signature in Base64 without line breaks, as written into {@code SignatureValue} and {@code signValue}. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureValue v && Arrays.equals(bytes, v.bytes) && certificate.equals(v.certificate);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + certificate.hashCode();
    }

    @Override
    public String toString() {
        return "SignatureValue[" + bytes.length + " bytes, " + certificate.getSubjectX500Principal() + "]";
    }
}
