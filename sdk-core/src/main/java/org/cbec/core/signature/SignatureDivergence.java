package org.cbec.core.signature;

/**
 * A way in which a signed message departs from what chapter 6 of the specification and the SDK write. Divergences are
 * reported next to the verdict; some are harmless (line breaks in Base64), some explain a failure.
 *
 * <pre>{@code
 * result.divergences().contains(SignatureDivergence.SHA1_LENGTH_DIGEST_UNDER_SM3)
 * }</pre>
 */
public enum SignatureDivergence {
    /** CanonicalizationMethod is {@code REC-xml-c14n-20010315#WithComments}; SignedInfo was canonicalized with comments. */
    WITH_COMMENTS_C14N,
    /** The DigestValue matches the document canonicalized WITH comments although the URI says without. */
    DIGEST_OVER_COMMENTS,
    /** The DigestValue has 20 bytes (SHA-1 length) under the SM3 DigestMethod, which yields 32. */
    SHA1_LENGTH_DIGEST_UNDER_SM3,
    /** The signature and digest URIs are each known but are not one of the three {@link SignatureProfile}s. */
    NONSTANDARD_ALGORITHM_PAIR,
    /** A Base64 value (SignatureValue, X509Certificate, DigestValue) contains line breaks or spaces. */
    BASE64_LINE_BREAKS,
    /** The SM2 SignatureValue is DER {@code SEQUENCE{r, s}} instead of the plain 64-byte r‖s. */
    DER_SM2_SIGNATURE,
    /** The {@code ds:Signature} is not a direct child of the message root. */
    SIGNATURE_NOT_ROOT_CHILD,
    /**
     * {@code KeyInfo/KeyName} is not the signing certificate's serial as {@link Certificates#serialHex} writes it. Reported,
     * not refused: the specification only calls KeyName the certificate's name (its example is {@code 0001}), and
     * KeyInfo is outside what is signed, so it proves nothing either way; the certificate decides.
     */
    KEY_NAME_NOT_SERIAL
}
