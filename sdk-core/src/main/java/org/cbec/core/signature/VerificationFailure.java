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
    SIGNATURE_INVALID
}
