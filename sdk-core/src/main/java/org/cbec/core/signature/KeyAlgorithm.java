package org.cbec.core.signature;

/**
 * The public-key algorithm of a signing certificate. It decides how a {@link org.cbec.core.signature.spi.Signer}
 * signs (SM2 with SM3 and the default user id, or PKCS#1 v1.5 SHA1withRSA) and which {@link SignatureProfile} is
 * chosen when the caller does not fix one.
 *
 * <pre>{@code
 * SignatureProfile p = SignatureProfile.forKey(signer.keyAlgorithm());
 * }</pre>
 */
public enum KeyAlgorithm {
    /** SM2 on curve {@code sm2p256v1}; signatures are SM2-with-SM3, user id {@code 1234567812345678}, wire form r‖s. */
    SM2,
    /** RSA; signatures are PKCS#1 v1.5 with SHA-1. */
    RSA
}
