package org.cbec.core.signature.spi;

import java.security.cert.X509Certificate;

import org.cbec.core.signature.KeyAlgorithm;

/**
 * Holds or reaches a private key and signs bytes with it. SM2 keys sign SM2-with-SM3 with the default user id
 * {@code 1234567812345678} and answer the plain 64-byte {@code r‖s}; RSA keys sign PKCS#1 v1.5 SHA1withRSA.
 * Implementations must be safe for use by several threads; a key that can only sign one request at a time (a USB key)
 * serialises internally.
 *
 * <p>Built-in implementations come from {@link org.cbec.core.signature.Signers}; implement this interface for any
 * other device (an HSM SDK, a cloud KMS).
 *
 * <pre>{@code
 * try (Signer signer = Signers.pkcs12(Path.of("company.p12"), password)) {
 *     SignatureValue v = signer.sign(data);
 * }
 * }</pre>
 */
public interface Signer extends AutoCloseable {

    /**
     * Signs {@code data}.
     *
     * @return the signature in its wire form (64-byte {@code r‖s} for SM2, the PKCS#1 block for RSA) and the
     *         certificate of the signing key
     * @throws org.cbec.core.error.CebException when the key cannot be reached or refuses to sign
     */
    SignatureValue sign(byte[] data);

    /** The certificate of the signing key. */
    X509Certificate certificate();

    /** The key algorithm, which follows from the certificate. */
    KeyAlgorithm keyAlgorithm();

    /** Releases connections or threads the signer holds; a no-op for software keys. */
    @Override
    default void close() {
    }
}
