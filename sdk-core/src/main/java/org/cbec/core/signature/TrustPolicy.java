package org.cbec.core.signature;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cbec.core.signature.internal.CertificatePaths;
import org.cbec.core.signature.internal.TrustMaterial;

/**
 * Which signing certificates a verifier accepts. Secure by default, as xmlsec1 is: {@link #none()} (what
 * {@link XmlVerifier#ofDefaults()} uses) trusts nothing, so a mathematically valid signature is still
 * {@link VerificationFailure#UNTRUSTED_CERTIFICATE}. Configured trust is a set of certificates: a signing certificate
 * that <em>is</em> one of them is {@link TrustDecision.Kind#PINNED pinned}; one that chains to one of them (PKIX path
 * validation through Bouncy Castle, so SM2 CA signatures are checked too; intermediates from the message's
 * {@code X509Data}) is trusted through that {@link TrustDecision.Kind#ANCHOR anchor}. Nothing is compared by subject or
 * serial number alone: a self-made certificate carrying the genuine CN and serial is not trusted.
 *
 * <p>Whatever the trust, the signing certificate must be within its validity period (at the time of verification by
 * default, or at the message's signing time, {@link Builder#validityAtSigningTime}) and, when it has a key-usage extension, allow
 * {@code digitalSignature} or {@code nonRepudiation}. {@link #embeddedCertificate()} restores trusting whatever
 * certificate the message carries, explicitly: it is how anyone can forge a message, and results say
 * {@code embedded-untrusted}.
 *
 * <pre>{@code
 * TrustPolicy trust = TrustPolicy.custom()
 *         .trust(Path.of("/etc/cbec/trust"))                 // PEM/DER files: pinned certificates and CAs
 *         .trustStore(Path.of("customs.p12"), password)       // PKCS#12 or JKS
 *         .build();
 * XmlVerifier verifier = XmlVerifier.custom().trust(trust).build();
 * }</pre>
 */
public final class TrustPolicy {

    private enum Mode { NONE, EMBEDDED, CONFIGURED }

    private static final TrustPolicy NONE = new TrustPolicy(Mode.NONE, List.of(), TrustDecision.TimeBasis.VERIFICATION_TIME, Clock.systemUTC());

    private final Mode mode;
    private final List<X509Certificate> certificates;
    private final Set<X509Certificate> pinned;
    private final CertificatePaths paths;
    private final TrustDecision.TimeBasis validityAt;
    private final Clock clock;

    private TrustPolicy(Mode mode, List<X509Certificate> certificates, TrustDecision.TimeBasis validityAt, Clock clock) {
        this.mode = mode;
        this.certificates = List.copyOf(certificates);
        this.pinned = Set.copyOf(certificates);
        this.paths = new CertificatePaths(certificates);
        this.validityAt = validityAt;
        this.clock = clock;
    }

    /** Trusts no certificate: every signature is {@link VerificationFailure#UNTRUSTED_CERTIFICATE}. The default. */
    public static TrustPolicy none() {
        return NONE;
    }

    /**
     * Trusts the certificate each message carries, whoever made it (validity and key usage are still checked). Anyone
     * can sign a message with a self-made certificate carrying a company's name and serial number; use this only to
     * check that a signature is intact, never to decide who signed.
     */
    public static TrustPolicy embeddedCertificate() {
        return new TrustPolicy(Mode.EMBEDDED, List.of(), TrustDecision.TimeBasis.VERIFICATION_TIME, Clock.systemUTC());
    }

    /** Trusts exactly these certificates (and, if one is a CA, what it issued). */
    public static TrustPolicy pinned(X509Certificate... certificates) {
        return custom().trust(List.of(certificates)).build();
    }

    /** A builder: certificates, files, directories and trust stores; validity time; clock. */
    public static Builder custom() {
        return new Builder();
    }

    /** Whether certificates were configured (neither {@link #none()} nor {@link #embeddedCertificate()}). */
    public boolean configured() {
        return mode == Mode.CONFIGURED;
    }

    /** Whether this is {@link #embeddedCertificate()}. */
    public boolean trustsEmbedded() {
        return mode == Mode.EMBEDDED;
    }

    /** The configured certificates (pinned and anchors), in the order given. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** Whether validity is checked at signing time. */
    public boolean validityAtSigningTime() {
        return validityAt == TrustDecision.TimeBasis.SIGNING_TIME;
    }

    /** The configured certificate whose serial is {@code serialHex} ({@link Certificates#serialHex}), if any. */
    public Optional<X509Certificate> bySerial(String serialHex) {
        return certificates.stream().filter(c -> Certificates.serialHex(c).equalsIgnoreCase(serialHex)).findFirst();
    }

    /**
     * Decides about {@code certificate}, which signed a message.
     *
     * @param certificate   the signing certificate
     * @param intermediates further certificates the message carried (may help build a path to an anchor)
     * @param signingTime   the message's signing time, or {@code null} when unknown (used only when validity is
     *                      checked {@link Builder#validityAt at signing time})
     */
    public TrustDecision evaluate(X509Certificate certificate, List<X509Certificate> intermediates, Instant signingTime) {
        Objects.requireNonNull(certificate, "certificate");
        TrustDecision.TimeBasis basis = validityAt == TrustDecision.TimeBasis.SIGNING_TIME && signingTime == null
                ? TrustDecision.TimeBasis.VERIFICATION_TIME_NO_SIGNING_TIME : validityAt;
        Instant at = basis == TrustDecision.TimeBasis.SIGNING_TIME ? signingTime : clock.instant();
        String who = "certificate " + Certificates.serialHex(certificate) + " (" + certificate.getSubjectX500Principal().getName() + ")";
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            return refuse(TrustDecision.Kind.UNTRUSTED, at, basis, VerificationFailure.CERTIFICATE_EXPIRED, who + " expired on "
                    + certificate.getNotAfter().toInstant() + "; " + timeWords(basis) + " is " + at);
        }
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            return refuse(TrustDecision.Kind.UNTRUSTED, at, basis, VerificationFailure.CERTIFICATE_NOT_YET_VALID, who + " is valid only from "
                    + certificate.getNotBefore().toInstant() + "; " + timeWords(basis) + " is " + at);
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage[0] || (usage.length > 1 && usage[1]))) {
            return refuse(TrustDecision.Kind.UNTRUSTED, at, basis, VerificationFailure.CERTIFICATE_KEY_USAGE, who
                    + " has a key usage that allows neither digitalSignature nor nonRepudiation: it may not sign messages");
        }
        switch (mode) {
            case NONE -> {
                return refuse(TrustDecision.Kind.UNTRUSTED, at, basis, VerificationFailure.UNTRUSTED_CERTIFICATE, who
                        + " is not trusted: no trust is configured (trust the signer's certificate or its CA; the certificate"
                        + " a message carries proves nothing by itself)");
            }
            case EMBEDDED -> {
                return new TrustDecision(TrustDecision.Kind.EMBEDDED_UNTRUSTED, null, at, basis, null,
                        "the certificate the message carries was trusted as asked (embedded-untrusted): anyone can make one");
            }
            default -> {
                // configured: pinned, or a path to an anchor
            }
        }
        if (pinned.contains(certificate)) {
            return new TrustDecision(TrustDecision.Kind.PINNED, subject(certificate), at, basis, null, who + " is pinned");
        }
        try {
            CertificatePaths.Found path = paths.validate(certificate, intermediates, at);
            return new TrustDecision(TrustDecision.Kind.ANCHOR, subject(path.anchor()), at, basis, null,
                    who + " chains to the anchor " + subject(path.anchor()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return refuse(TrustDecision.Kind.UNTRUSTED, at, basis, VerificationFailure.UNTRUSTED_CERTIFICATE, who
                    + " is not trusted: it is none of the " + certificates.size() + " configured certificates and no valid path leads to one ("
                    + e.getMessage() + ")");
        }
    }

    private static TrustDecision refuse(TrustDecision.Kind kind, Instant at, TrustDecision.TimeBasis basis, VerificationFailure failure, String detail) {
        return new TrustDecision(kind, null, at, basis, failure, detail);
    }

    private static String timeWords(TrustDecision.TimeBasis basis) {
        return basis == TrustDecision.TimeBasis.SIGNING_TIME ? "the signing time" : "the time of verification";
    }

    /** RFC 1779 text, which the JDK decodes correctly for BMPString names (its RFC 2253 text garbles them). */
    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC1779);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case NONE -> "TrustPolicy[none]";
            case EMBEDDED -> "TrustPolicy[embedded-untrusted]";
            case CONFIGURED -> "TrustPolicy[" + certificates.size() + " certificates, validity at " + validityAt + "]";
        };
    }

    /** Builds a {@link TrustPolicy} with configured certificates. */
    public static final class Builder {
        private final Set<X509Certificate> certificates = new LinkedHashSet<>();
        private TrustDecision.TimeBasis validityAt = TrustDecision.TimeBasis.VERIFICATION_TIME;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Trusts these certificates: each pinned, and each an anchor for what it issued. */
        public Builder trust(Collection<X509Certificate> certificates) {
            certificates.forEach(c -> this.certificates.add(Objects.requireNonNull(c, "certificate")));
            return this;
        }

        /** Trusts this certificate: pinned, and an anchor for what it issued. */
        public Builder trust(X509Certificate certificate) {
            return trust(List.of(certificate));
        }

        /**
         * Trusts the certificates in a PEM or DER file (a PEM file may hold several) or in a directory's
         * {@code *.pem, *.crt, *.cer, *.der} files.
         *
         * @throws org.cbec.core.error.CebException with code {@code TRUST_UNREADABLE} naming the file that cannot be read
         */
        public Builder trust(Path fileOrDirectory) {
            return trust(TrustMaterial.load(fileOrDirectory));
        }

        /**
         * Trusts the certificates of a PKCS#12 or JKS trust store.
         *
         * @throws org.cbec.core.error.CebException with code {@code TRUST_UNREADABLE} when it cannot be read
         */
        public Builder trustStore(Path store, char[] password) {
            return trust(TrustMaterial.trustStore(store, password));
        }

        /**
         * Checks validity at the message's signing time (its {@code appTime}, or the instant given to
         * {@link XmlVerifier#verify(byte[], Instant)}) instead of the time of verification; the result says which. A
         * signing time is what the signer declares, so this is for archived messages, not for deciding whether to
         * accept new ones.
         */
        public Builder validityAtSigningTime(boolean atSigningTime) {
            this.validityAt = atSigningTime ? TrustDecision.TimeBasis.SIGNING_TIME : TrustDecision.TimeBasis.VERIFICATION_TIME;
            return this;
        }

        /** The clock giving the time of verification; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalStateException when no certificate was given (use {@link TrustPolicy#none()} to trust none)
         */
        public TrustPolicy build() {
            if (certificates.isEmpty()) {
                throw new IllegalStateException("no trusted certificate given; TrustPolicy.none() trusts none");
            }
            return new TrustPolicy(Mode.CONFIGURED, new ArrayList<>(certificates), validityAt, clock);
        }
    }
}
