package org.cbec.core.signature;

/**
 * Why a signature did not verify. {@link VerificationResult#detail()} says more in words.
 *
 * <pre>{@code
 * if (result.failure().orElse(null) == VerificationFailure.DIGEST_MISMATCH) { ... the content was changed ... }
 * }</pre>
 */
public enum VerificationFailure {
    /** The message has no {@code ds:Signature}. */
    NO_SIGNATURE,
    /** {@code ds:Signature} lacks a required part, or a Base64 value cannot be decoded. */
    MALFORMED_SIGNATURE,
    /** A canonicalization, signature, digest or transform URI the verifier does not know. */
    UNKNOWN_ALGORITHM,
    /** The embedded certificate is missing or cannot be read (and no certificate was given to trust). */
    CERTIFICATE_UNPARSEABLE,
    /** The reference digest does not match the document: the signed content was changed or serialized differently. */
    DIGEST_MISMATCH,
    /** The SignatureValue does not verify over the canonical SignedInfo with the certificate's key. */
    SIGNATURE_INVALID,
    /**
     * The signature is intact but its certificate is not trusted: neither pinned nor chaining to a trust anchor of the
     * {@link TrustPolicy}, or no trust is configured ({@link TrustPolicy#none()}, the default).
     */
    UNTRUSTED_CERTIFICATE,
    /** The signing certificate's validity period ended before the time it was checked at. */
    CERTIFICATE_EXPIRED,
    /** The signing certificate's validity period starts after the time it was checked at. */
    CERTIFICATE_NOT_YET_VALID,
    /** The signing certificate's key usage allows neither digitalSignature nor nonRepudiation. */
    CERTIFICATE_KEY_USAGE
}
