package org.cbec.core.signature;

import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict of {@link XmlVerifier} (or {@code org.cbec.pay179.Pay179Signature.verify}): valid, or the first {@link VerificationFailure}
 * met with a sentence explaining it; the {@link SignatureDivergence}s seen on the way; the profile and the certificate
 * that signed, when they could be read.
 *
 * <pre>{@code
 * VerificationResult r = XmlVerifier.ofDefaults().verify(bytes);
 * if (!r.valid()) {
 *     log.warn("{}: {}", r.failure().orElseThrow(), r.detail());
 * }
 * }</pre>
 */
public final class VerificationResult {

    private final VerificationFailure failure;
    private final String detail;
    private final Set<SignatureDivergence> divergences;
    private final SignatureProfile profile;
    private final X509Certificate certificate;

    private VerificationResult(VerificationFailure failure, String detail, Set<SignatureDivergence> divergences,
            SignatureProfile profile, X509Certificate certificate) {
        this.failure = failure;
        this.detail = detail;
        this.divergences = divergences.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(divergences));
        this.profile = profile;
        this.certificate = certificate;
    }

    /** A valid signature. */
    public static VerificationResult valid(Set<SignatureDivergence> divergences, SignatureProfile profile, X509Certificate certificate) {
        return new VerificationResult(null, "signature valid", divergences, profile, certificate);
    }

    /** A failed verification; {@code profile} and {@code certificate} may be null when not (yet) known. */
    public static VerificationResult failed(VerificationFailure failure, String detail, Set<SignatureDivergence> divergences,
            SignatureProfile profile, X509Certificate certificate) {
        return new VerificationResult(failure, detail, divergences, profile, certificate);
    }

    /** Whether the signature verified. */
    public boolean valid() {
        return failure == null;
    }

    /** Why it did not verify; empty when valid. */
    public Optional<VerificationFailure> failure() {
        return Optional.ofNullable(failure);
    }

    /** A sentence for the person who has to act. */
    public String detail() {
        return detail;
    }

    /** Departures from the specification seen in the signature. */
    public Set<SignatureDivergence> divergences() {
        return divergences;
    }

    /** The profile whose URIs the signature uses, if it is one of the three. */
    public Optional<SignatureProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /** The certificate used for verification (embedded, or the trusted one given). */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** Subject of the certificate, or empty. */
    public Optional<String> signerSubject() {
        return certificate().map(c -> c.getSubjectX500Principal().getName());
    }

    /** Serial of the certificate as {@link Certificates#serialHex hex}, or empty. */
    public Optional<String> signerSerialHex() {
        return certificate().map(Certificates::serialHex);
    }

    @Override
    public String toString() {
        return (valid() ? "VALID" : failure.name()) + ": " + detail
                + (divergences.isEmpty() ? "" : " " + divergences)
                + signerSerialHex().map(s -> " [signer serial " + s + ", " + signerSubject().orElse("") + "]").orElse("");
    }
}
