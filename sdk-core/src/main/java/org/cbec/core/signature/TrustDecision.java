package org.cbec.core.signature;

import java.time.Instant;
import java.util.Optional;

/**
 * Which trust decided about a signing certificate, and how: the certificate was {@link Kind#PINNED pinned}, chained to
 * a trust {@link Kind#ANCHOR anchor}, was only the one the message carried ({@link Kind#EMBEDDED_UNTRUSTED}, when the
 * caller asked for that explicitly), or is {@link Kind#UNTRUSTED}. Also when the validity period was checked and why
 * that instant. Part of every {@link VerificationResult} that got as far as the certificate.
 *
 * <pre>{@code
 * r.trust().map(TrustDecision::label).orElse("-");   // "pinned CN=Shop Signer,O=Shop" or "anchor CN=E-Port CA"
 * }</pre>
 *
 * @param kind        how the certificate was trusted (or not)
 * @param trustedBy   the subject of the pinned certificate or of the anchor the path ended at; {@code null} otherwise
 * @param checkedAt   the instant the validity period was checked at
 * @param basis       why that instant
 * @param failure     why the certificate is not accepted, or {@code null} when it is
 * @param detail      a sentence for the person who has to act
 */
public record TrustDecision(Kind kind, String trustedBy, Instant checkedAt, TimeBasis basis, VerificationFailure failure, String detail) {

    /** How the certificate was trusted. */
    public enum Kind {
        /** The signing certificate is one of the configured certificates itself. */
        PINNED,
        /** The signing certificate chains to a configured anchor (PKIX path validation, SM2 CAs included). */
        ANCHOR,
        /** Trusted only because the message carried it: {@link TrustPolicy#embeddedCertificate()}, insecure. */
        EMBEDDED_UNTRUSTED,
        /** Not trusted: neither pinned nor chaining to an anchor, or no trust configured. */
        UNTRUSTED
    }

    /** The instant validity was checked at. */
    public enum TimeBasis {
        /** The time of verification (the default). */
        VERIFICATION_TIME,
        /** The message's signing time (its declared {@code appTime}, or the instant the caller gave). */
        SIGNING_TIME,
        /** Signing time was asked for but the message declares none: checked at the time of verification. */
        VERIFICATION_TIME_NO_SIGNING_TIME
    }

    /** Whether the certificate is accepted (also for {@link Kind#EMBEDDED_UNTRUSTED}, which the caller chose). */
    public boolean accepted() {
        return failure == null;
    }

    /** The failure, when not accepted. */
    public Optional<VerificationFailure> failureIfAny() {
        return Optional.ofNullable(failure);
    }

    /** {@code pinned <subject>}, {@code anchor <subject>}, {@code embedded-untrusted} or {@code untrusted}. */
    public String label() {
        return switch (kind) {
            case PINNED -> "pinned " + trustedBy;
            case ANCHOR -> "anchor " + trustedBy;
            case EMBEDDED_UNTRUSTED -> "embedded-untrusted";
            case UNTRUSTED -> "untrusted";
        };
    }

    /** E.g. {@code valid at 2026-11-23T08:00:00Z (verification time)}. */
    public String validityNote() {
        String why = switch (basis) {
            case VERIFICATION_TIME -> "verification time";
            case SIGNING_TIME -> "signing time";
            case VERIFICATION_TIME_NO_SIGNING_TIME -> "verification time; the message declares no signing time";
        };
        return "validity checked at " + checkedAt + " (" + why + ")";
    }
}
