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
 * VerificationResult r = XmlVerifier.custom().trust(TrustPolicy.pinned(registered)).build().verify(bytes);
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
    private final TrustDecision trust;
    private final String keyName;

    private VerificationResult(VerificationFailure failure, String detail, Set<SignatureDivergence> divergences,
            SignatureProfile profile, X509Certificate certificate, TrustDecision trust, String keyName) {
        this.failure = failure;
        this.detail = detail;
        this.divergences = divergences.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(divergences));
        this.profile = profile;
        this.certificate = certificate;
        this.trust = trust;
        this.keyName = keyName;
    }

    /** A valid signature, without a trust decision (the caller decided trust itself). */
    public static VerificationResult valid(Set<SignatureDivergence> divergences, SignatureProfile profile, X509Certificate certificate) {
        return new VerificationResult(null, "signature valid", divergences, profile, certificate, null, null);
    }

    /** A failed verification; {@code profile} and {@code certificate} may be null when not (yet) known. */
    public static VerificationResult failed(VerificationFailure failure, String detail, Set<SignatureDivergence> divergences,
            SignatureProfile profile, X509Certificate certificate) {
        return new VerificationResult(failure, detail, divergences, profile, certificate, null, null);
    }

    /**
     * The verdict on an intact signature once {@code trust} decided about its certificate: valid when the certificate
     * is accepted, else the trust's failure.
     */
    public static VerificationResult decided(TrustDecision trust, Set<SignatureDivergence> divergences, SignatureProfile profile,
            X509Certificate certificate, String keyName) {
        return new VerificationResult(trust.failure(), trust.accepted() ? "signature valid; " + trust.detail() : trust.detail(),
                divergences, profile, certificate, trust, keyName);
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

    /** The certificate used for verification (embedded, or the pinned one when the message carries none). */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    /**
     * Which trust decided about the certificate ({@link TrustDecision#label()}: pinned, anchor, embedded-untrusted or
     * untrusted) and when its validity was checked; empty when verification failed before the certificate was judged.
     */
    public Optional<TrustDecision> trust() {
        return Optional.ofNullable(trust);
    }

    /** The {@code KeyInfo/KeyName} the signature carried, if any. */
    public Optional<String> keyName() {
        return Optional.ofNullable(keyName);
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
                + signerSerialHex().map(s -> " [signer serial " + s + ", " + signerSubject().orElse("") + "]").orElse("")
                + trust().map(t -> " [trust: " + t.label() + "]").orElse("");
    }
}
