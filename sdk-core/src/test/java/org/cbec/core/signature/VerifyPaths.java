package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.cbec.core.error.CebException;

/**
 * The two paths of {@link XmlVerifier} side by side, for differential tests: the streaming path (one StAX pass that
 * canonicalizes as it reads) and the DOM path (Xerces and Apache Santuario), each answer written out in full (verdict,
 * failure, detail, divergences, profile, certificate, trust decision, KeyName) or the exception with its code.
 */
public final class VerifyPaths {

    private VerifyPaths() {
    }

    /** What {@link XmlVerifier#verify(byte[], Instant)} answers, the streaming path first, the DOM path for the rest. */
    public static String outcome(XmlVerifier verifier, byte[] message, Instant signingTime) {
        return outcome(() -> verifier.verify(message, signingTime));
    }

    /** What the DOM path alone answers. */
    public static String domOutcome(XmlVerifier verifier, byte[] message, Instant signingTime) {
        return outcome(() -> verifier.verifyDom(message, signingTime));
    }

    /** Whether the streaming path gave the verdict itself (without the DOM path). */
    public static boolean streamed(XmlVerifier verifier, byte[] message, Instant signingTime) {
        return verifier.verifyStreamed(message, signingTime) != null;
    }

    /**
     * Asserts that the verifier answers {@code message} exactly as its DOM path alone does (same verdict, failure,
     * detail, divergences, trust decision, or the same exception).
     *
     * @return whether the streaming path decided
     */
    public static boolean assertSameAsDom(XmlVerifier verifier, byte[] message, Instant signingTime) {
        String dom = domOutcome(verifier, message, signingTime);
        assertThat(outcome(verifier, message, signingTime)).as("verifier against its DOM path").isEqualTo(dom);
        boolean streamed = streamed(verifier, message, signingTime);
        if (streamed) {
            assertThat(outcome(() -> verifier.verifyStreamed(message, signingTime))).as("streaming path against the DOM path").isEqualTo(dom);
        }
        return streamed;
    }

    private static String outcome(Supplier<VerificationResult> verification) {
        try {
            return describe(verification.get());
        } catch (CebException e) {
            return "threw " + e.getClass().getSimpleName() + " " + e.code() + ": " + e.getMessage();
        }
    }

    /** A trust decision; the instant of a check at verification time only when the policy has a fixed clock (it is in the detail then). */
    private static String describe(TrustDecision t) {
        return t.kind() + " " + t.trustedBy() + " " + t.basis() + (t.basis() == TrustDecision.TimeBasis.SIGNING_TIME ? " " + t.checkedAt() : "")
                + " " + t.failure() + " " + t.detail();
    }

    /** Everything a result says. */
    public static String describe(VerificationResult r) {
        return (r.valid() ? "VALID" : r.failure().orElseThrow().name()) + " | " + r.detail()
                + " | divergences " + new TreeSet<>(r.divergences())
                + " | profile " + r.profile().map(Enum::name).orElse("-")
                + " | certificate " + r.certificate().map(c -> {
                    try {
                        return Certificates.serialHex(c) + " " + c.getSubjectX500Principal() + " "
                                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
                    } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }).orElse("-")
                + " | trust " + r.trust().map(VerifyPaths::describe).orElse("-")
                + " | keyName " + r.keyName().orElse("-");
    }
}
