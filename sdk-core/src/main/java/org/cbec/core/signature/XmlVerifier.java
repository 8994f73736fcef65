package org.cbec.core.signature;

import static org.cbec.core.signature.SignatureProfile.Uris;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

import org.cbec.core.error.CebException;
import org.cbec.core.signature.internal.Canonical;
import org.cbec.core.signature.internal.Crypto;
import org.cbec.core.signature.internal.Dom;
import org.cbec.core.signature.internal.Sm2;
import org.cbec.core.signature.internal.StreamedSignature;
import org.cbec.core.signature.internal.VerifyingKeys;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Verifies the enveloped signature of a CEB message, whoever serialized it: the document is parsed with
 * {@link SecureXml}, SignedInfo is canonicalized in the context of the document (Apache Santuario, inclusive C14N),
 * the reference digest is recomputed over the document with the signature left out, and the SignatureValue is checked
 * with the certificate the message carries (or, when it carries none, the configured one its KeyName names). Then the
 * {@link TrustPolicy} decides whether that certificate is trusted, within its validity period and allowed to sign;
 * the result names the trust that decided ({@link VerificationResult#trust()}). Secure by default: without configured
 * trust, an intact signature is {@link VerificationFailure#UNTRUSTED_CERTIFICATE}. All three {@link SignatureProfile}s
 * are understood; Base64 with line breaks is accepted. Problems with the signature are answered as a
 * {@link VerificationResult}, never thrown; only a message that is not well-formed XML throws
 * {@link org.cbec.core.xml.CebXmlException}.
 *
 * <pre>{@code
 * XmlVerifier verifier = XmlVerifier.custom().trust(TrustPolicy.custom().trust(Path.of("trust/")).build()).build();
 * VerificationResult r = verifier.verify(signedBytes);        // r.trust(): "pinned CN=…" or "anchor CN=…"
 * VerificationResult pinned = XmlVerifier.custom().trust(registeredCertificate).build().verify(signedBytes);
 * }</pre>
 */
public final class XmlVerifier {

    private static final java.time.format.DateTimeFormatter APP_TIME = java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static final Set<String> SIGNATURE_PARTS = Set.of("SignedInfo", "SignatureValue", "KeyInfo");

    private final TrustPolicy trust;
    private final XmlLimits limits;
    /** Certificates seen recently (carried or configured), parsed and prepared once: messages usually come from few signers. */
    private final VerifyingKeys embedded = new VerifyingKeys();

    private XmlVerifier(Builder b) {
        this.trust = b.trust;
        this.limits = b.limits;
    }

    /**
     * A verifier that trusts no certificate ({@link TrustPolicy#none()}): it checks that a signature is intact and
     * reports it as {@link VerificationFailure#UNTRUSTED_CERTIFICATE}. Configure trust with {@link #custom()}.
     */
    public static XmlVerifier ofDefaults() {
        return custom().build();
    }

    /** A builder for a verifier with trusted certificates or other parser limits. */
    public static Builder custom() {
        return new Builder();
    }

    /**
     * Verifies the first {@code ds:Signature} of {@code message} (preferring one that is a direct child of the root).
     *
     * @throws org.cbec.core.xml.CebXmlException when the message is not well-formed XML or breaks the limits
     */
    public VerificationResult verify(byte[] message) {
        return verify(message, null);
    }

    /**
     * Verifies as {@link #verify(byte[])}, with {@code signingTime} as the message's signing time when the policy
     * checks validity {@link TrustPolicy.Builder#validityAtSigningTime at signing time} ({@code null}: the message's
     * {@code appTime}, China time).
     *
     * @throws org.cbec.core.xml.CebXmlException when the message is not well-formed XML or breaks the limits
     */
    public VerificationResult verify(byte[] message, Instant signingTime) {
        VerificationResult streamed = verifyStreamed(message, signingTime);
        return streamed != null ? streamed : verifyDom(message, signingTime);
    }

    /**
     * The verdict of the streaming path ({@link StreamedSignature}: one StAX pass, no DOM) for an intact signature in the
     * usual form, or {@code null}: every failure, and each reason and divergence that goes with it, comes from the DOM
     * path, which also reads the forms the streaming path leaves out.
     */
    VerificationResult verifyStreamed(byte[] message, Instant signingTime) {
        StreamedSignature streamed = StreamedSignature.read(message, limits);
        if (streamed == null) {
            return null;
        }
        Check check = new Check(signingTime);
        try {
            return check.run(new Streamed(streamed));
        } catch (Failed f) {
            return null;
        }
    }

    /** The verdict of the DOM path: parse with {@link SecureXml#parseDom}, canonicalize with Apache Santuario. */
    VerificationResult verifyDom(byte[] message, Instant signingTime) {
        Document doc = SecureXml.parseDom(message, limits);
        Check check = new Check(signingTime);
        try {
            return check.run(new DomParts(doc, check.divergences));
        } catch (Failed f) {
            return VerificationResult.failed(f.failure, f.getMessage(), check.divergences, check.profile, check.certificate);
        }
    }

    /** What a verdict reads from a signed message, in the order the checks need it. */
    private interface Parts {
        String canonicalizationMethod();

        String signatureMethod();

        String digestMethod();

        /** The Reference's {@code URI} (null: none) and each Transform's {@code Algorithm}. */
        Reference reference();

        String digestValue();

        String signatureValue();

        /** {@code KeyInfo/KeyName}, stripped, or null. */
        String keyName();

        /** The texts of {@code KeyInfo/X509Data/X509Certificate}. */
        List<String> certificates();

        byte[] canonicalSignedInfo(boolean withComments);

        /** Checks the reference digest of the document without the signature. */
        void checkDigest(String algorithm, String digestMethod, byte[] expected);

        /** The texts of the message's {@code ceb:appTime} elements (outside the signature). */
        List<String> appTimes();
    }

    /** The Reference: its {@code URI} ({@code null} when absent) and the {@code Algorithm} of each Transform. */
    private record Reference(String uri, List<String> transforms) {
    }

    /** The state of one verification. */
    private final class Check {
        final Set<SignatureDivergence> divergences = EnumSet.noneOf(SignatureDivergence.class);
        final List<X509Certificate> carried = new ArrayList<>();
        Instant signingTime;
        SignatureProfile profile;
        X509Certificate certificate;

        Check(Instant signingTime) {
            this.signingTime = signingTime;
        }

        VerificationResult run(Parts m) {
            boolean c14nWithComments = canonicalization(m.canonicalizationMethod());
            String signatureMethod = m.signatureMethod();
            KeyAlgorithm keyAlgorithm = keyAlgorithm(signatureMethod);
            String digestMethod = m.digestMethod();
            String digestAlgorithm = digestAlgorithm(digestMethod);
            checkReference(m.reference());
            profile = SignatureProfile.of(signatureMethod, digestMethod).orElse(null);
            if (profile == null) {
                divergences.add(SignatureDivergence.NONSTANDARD_ALGORITHM_PAIR);
            }
            byte[] digestValue = base64(m.digestValue(), "DigestValue");
            byte[] signatureBytes = base64(m.signatureValue(), "SignatureValue");
            String keyName = m.keyName();
            VerifyingKeys.Key key = signingKey(m.certificates(), keyName);
            certificate = key.certificate();

            byte[] canonicalSignedInfo = m.canonicalSignedInfo(c14nWithComments);
            m.checkDigest(digestAlgorithm, digestMethod, digestValue);

            KeyAlgorithm certAlgorithm = keyAlgorithmOfCertificate();
            if (certAlgorithm != keyAlgorithm) {
                throw new Failed(VerificationFailure.SIGNATURE_INVALID, "SignatureMethod " + signatureMethod + " needs an "
                        + keyAlgorithm + " key but certificate " + Certificates.serialHex(certificate) + " holds an " + certAlgorithm + " key");
            }
            if (keyAlgorithm == KeyAlgorithm.SM2 && signatureBytes.length != Sm2.SIGNATURE_LENGTH) {
                divergences.add(SignatureDivergence.DER_SM2_SIGNATURE);
            }
            if (!key.verify(canonicalSignedInfo, signatureBytes)) {
                throw new Failed(VerificationFailure.SIGNATURE_INVALID, "the SignatureValue (" + signatureBytes.length
                        + " bytes) does not verify over the canonical SignedInfo with the key of certificate "
                        + Certificates.serialHex(certificate) + " (" + certificate.getSubjectX500Principal().getName() + ")");
            }
            if (keyName != null && !keyName.equalsIgnoreCase(Certificates.serialHex(certificate))) {
                divergences.add(SignatureDivergence.KEY_NAME_NOT_SERIAL);
            }
            if (signingTime == null && trust.validityAtSigningTime()) {
                signingTime = appTime(m.appTimes());
            }
            TrustDecision decision = trust.evaluate(certificate, carried.size() > 1 ? carried.subList(1, carried.size()) : List.of(), signingTime);
            return VerificationResult.decided(decision, divergences, profile, certificate, keyName);
        }

        /** The earliest {@code appTime} (申报时间, China time) the message declares, or null. */
        private Instant appTime(List<String> times) {
            Instant earliest = null;
            for (String time : times) {
                try {
                    Instant t = java.time.LocalDateTime.parse(time.strip(), APP_TIME)
                            .atZone(org.cbec.core.model.CustomsTime.ZONE).toInstant();
                    earliest = earliest == null || t.isBefore(earliest) ? t : earliest;
                } catch (java.time.format.DateTimeParseException e) {
                    // not a time: the validator reports it; it is no signing time
                }
            }
            return earliest;
        }

        /** The certificate the message carries; when it carries none, the configured one its KeyName names (or the only one). */
        private VerifyingKeys.Key signingKey(List<String> certificates, String keyName) {
            VerifyingKeys.Key first = readCarried(certificates);
            if (first != null) {
                return first;
            }
            List<X509Certificate> configured = trust.certificates();
            java.util.Optional<X509Certificate> named = keyName == null ? java.util.Optional.empty() : trust.bySerial(keyName);
            if (named.isEmpty() && configured.size() == 1) {
                named = java.util.Optional.of(configured.get(0));
            }
            return embedded.forCertificate(named.orElseThrow(() -> new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE,
                    "no KeyInfo/X509Data/X509Certificate, and no configured certificate is named by KeyName "
                            + (keyName == null ? "(none)" : "'" + keyName + "'"))));
        }

        private boolean canonicalization(String uri) {
            if (Uris.C14N.equals(uri)) {
                return false;
            }
            if (Uris.C14N_WITH_COMMENTS.equals(uri)) {
                divergences.add(SignatureDivergence.WITH_COMMENTS_C14N);
                return true;
            }
            throw new Failed(VerificationFailure.UNKNOWN_ALGORITHM, "unknown CanonicalizationMethod '" + uri
                    + "'; CEB messages use " + Uris.C14N);
        }

        private KeyAlgorithm keyAlgorithm(String uri) {
            return switch (uri) {
                case Uris.CHINAPORT_SM2_SM3, Uris.LEGACY_SM2_SM3 -> KeyAlgorithm.SM2;
                case Uris.RSA_SHA1 -> KeyAlgorithm.RSA;
                default -> throw new Failed(VerificationFailure.UNKNOWN_ALGORITHM, "unknown SignatureMethod '" + uri + "'");
            };
        }

        private String digestAlgorithm(String uri) {
            return switch (uri) {
                case Uris.CHINAPORT_SM3 -> "SM3";
                case Uris.SHA1 -> "SHA-1";
                default -> throw new Failed(VerificationFailure.UNKNOWN_ALGORITHM, "unknown DigestMethod '" + uri + "'");
            };
        }

        private void checkReference(Reference reference) {
            if (reference.uri() == null || !reference.uri().isEmpty()) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "only Reference URI=\"\" (the whole message) is supported, found "
                        + (reference.uri() != null ? "URI=\"" + reference.uri() + "\"" : "no URI"));
            }
            boolean enveloped = false;
            for (String alg : reference.transforms()) {
                if (Uris.ENVELOPED.equals(alg)) {
                    enveloped = true;
                } else if (!Uris.C14N.equals(alg)) {
                    throw new Failed(VerificationFailure.UNKNOWN_ALGORITHM, "unsupported Transform '" + alg + "'");
                }
            }
            if (!enveloped) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "the Reference lacks the enveloped-signature transform");
            }
        }

        private byte[] base64(String raw, String name) {
            return decodeBase64(raw, name, divergences);
        }

        /** Every {@code X509Certificate} of {@code KeyInfo/X509Data}, in order, into {@link #carried}; the first (the signer's) or null. */
        private VerifyingKeys.Key readCarried(List<String> certificates) {
            VerifyingKeys.Key first = null;
            for (String text : certificates) {
                byte[] der;
                try {
                    der = base64(text, "X509Certificate");
                } catch (Failed f) {
                    throw new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE, f.getMessage());
                }
                try {
                    VerifyingKeys.Key key = embedded.forDer(der);
                    carried.add(key.certificate());
                    first = first == null ? key : first;
                } catch (CebException e) {
                    throw new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE, "the embedded X509Certificate cannot be read: " + e.getMessage());
                }
            }
            return first;
        }

        private KeyAlgorithm keyAlgorithmOfCertificate() {
            try {
                return Crypto.keyAlgorithm(certificate);
            } catch (CebException e) {
                throw new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE, e.getMessage());
            }
        }
    }

    /** Base64 text with white space inside (wrapped lines) accepted, and reported as {@link SignatureDivergence#BASE64_LINE_BREAKS}. */
    private static byte[] decodeBase64(String raw, String name, Set<SignatureDivergence> divergences) {
        String compact = withoutWhiteSpace(raw);
        if (!raw.strip().equals(compact)) {
            divergences.add(SignatureDivergence.BASE64_LINE_BREAKS);
        }
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException ex) {
            throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, name + " is not valid Base64: " + ex.getMessage());
        }
    }

    /** {@code text} without the characters of the regular expression class {@code \s} ({@code [ \t\n\x0B\f\r]}). */
    static String withoutWhiteSpace(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r');
            if (space && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The parts of a signature read in one streaming pass; a digest that does not match ends the streaming path. */
    private record Streamed(StreamedSignature s) implements Parts {
        @Override
        public String canonicalizationMethod() {
            return s.canonicalizationMethod();
        }

        @Override
        public String signatureMethod() {
            return s.signatureMethod();
        }

        @Override
        public String digestMethod() {
            return s.digestMethod();
        }

        @Override
        public Reference reference() {
            return new Reference(s.referenceUri(), s.transforms());
        }

        @Override
        public String digestValue() {
            return s.digestValue();
        }

        @Override
        public String signatureValue() {
            return s.signatureValue();
        }

        @Override
        public String keyName() {
            String name = s.keyName();
            return name == null ? null : name.strip();
        }

        @Override
        public List<String> certificates() {
            return s.certificates();
        }

        @Override
        public byte[] canonicalSignedInfo(boolean withComments) {
            if (withComments) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "read with comments by the DOM path");
            }
            return s.canonicalSignedInfo();
        }

        @Override
        public void checkDigest(String algorithm, String digestMethod, byte[] expected) {
            if (!MessageDigest.isEqual(expected, s.documentDigest(algorithm))) {
                throw new Failed(VerificationFailure.DIGEST_MISMATCH, "diagnosed by the DOM path");
            }
        }

        @Override
        public List<String> appTimes() {
            return s.appTimes();
        }
    }

    /**
     * The parts of a signature in a parsed document: the first {@code ds:Signature} child of the root (or, reported as
     * a divergence, the first anywhere), with its shape checked as the official schemas allow it.
     */
    private static final class DomParts implements Parts {
        private final Document doc;
        private final Set<SignatureDivergence> divergences;
        private final Element signature;
        private final Element signedInfo;
        private final Element signatureValue;
        private final Element reference;

        DomParts(Document doc, Set<SignatureDivergence> divergences) {
            this.doc = doc;
            this.divergences = divergences;
            this.signature = findSignature();
            checkShape();
            this.signedInfo = required(signature, "SignedInfo", "ds:Signature");
            this.signatureValue = required(signature, "SignatureValue", "ds:Signature");
            this.reference = required(signedInfo, "Reference", "ds:SignedInfo");
        }

        @Override
        public String canonicalizationMethod() {
            return required(signedInfo, "CanonicalizationMethod", "ds:SignedInfo").getAttribute("Algorithm");
        }

        @Override
        public String signatureMethod() {
            return required(signedInfo, "SignatureMethod", "ds:SignedInfo").getAttribute("Algorithm");
        }

        @Override
        public String digestMethod() {
            return required(reference, "DigestMethod", "ds:Reference").getAttribute("Algorithm");
        }

        @Override
        public Reference reference() {
            List<String> transforms = new ArrayList<>();
            Element list = Dom.dsChild(reference, "Transforms");
            for (var n = list == null ? null : list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element t && "Transform".equals(t.getLocalName())) {
                    transforms.add(t.getAttribute("Algorithm"));
                }
            }
            return new Reference(reference.hasAttribute("URI") ? reference.getAttribute("URI") : null, transforms);
        }

        @Override
        public String digestValue() {
            return required(reference, "DigestValue", "ds:Reference").getTextContent();
        }

        @Override
        public String signatureValue() {
            return signatureValue.getTextContent();
        }

        @Override
        public String keyName() {
            Element keyInfo = Dom.dsChild(signature, "KeyInfo");
            Element name = keyInfo == null ? null : Dom.dsChild(keyInfo, "KeyName");
            return name == null ? null : name.getTextContent().strip();
        }

        @Override
        public List<String> certificates() {
            List<String> out = new ArrayList<>(1);
            Element keyInfo = Dom.dsChild(signature, "KeyInfo");
            Element x509Data = keyInfo == null ? null : Dom.dsChild(keyInfo, "X509Data");
            for (var n = x509Data == null ? null : x509Data.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cert && Uris.DSIG_NS.equals(cert.getNamespaceURI()) && "X509Certificate".equals(cert.getLocalName())) {
                    out.add(cert.getTextContent());
                }
            }
            return out;
        }

        @Override
        public byte[] canonicalSignedInfo(boolean withComments) {
            return Canonical.c14n(signedInfo, withComments);
        }

        @Override
        public void checkDigest(String algorithm, String digestMethod, byte[] expected) {
            signature.getParentNode().removeChild(signature);
            if (MessageDigest.isEqual(expected, Canonical.c14nDigest(doc, algorithm))) {
                return;
            }
            byte[] canonical = Canonical.c14n(doc, false);
            StringBuilder why = new StringBuilder("the DigestValue does not match the message: ");
            if ("SM3".equals(algorithm) && expected.length == 20) {
                divergences.add(SignatureDivergence.SHA1_LENGTH_DIGEST_UNDER_SM3);
                why.append("it has 20 bytes (a SHA-1 length) under DigestMethod ").append(digestMethod).append(", which yields 32");
                if (MessageDigest.isEqual(expected, Canonical.digest("SHA-1", canonical))) {
                    why.append("; it is the SHA-1 digest of the message");
                }
                throw new Failed(VerificationFailure.DIGEST_MISMATCH, why.toString());
            }
            if (MessageDigest.isEqual(expected, Canonical.digest(algorithm, Canonical.c14n(doc, true)))) {
                divergences.add(SignatureDivergence.DIGEST_OVER_COMMENTS);
                why.append("it was computed over the message WITH comments, although the URI says without");
            } else {
                why.append("the signed content was changed or the digest was computed differently (expected ")
                        .append(HexFormat.of().formatHex(expected)).append(')');
            }
            throw new Failed(VerificationFailure.DIGEST_MISMATCH, why.toString());
        }

        @Override
        public List<String> appTimes() {
            NodeList times = doc.getElementsByTagNameNS(Dom.CEB_NS, "appTime");
            List<String> out = new ArrayList<>(times.getLength());
            for (int i = 0; i < times.getLength(); i++) {
                out.add(times.item(i).getTextContent());
            }
            return out;
        }

        private Element findSignature() {
            var atRoot = Dom.rootSignatures(doc.getDocumentElement());
            if (!atRoot.isEmpty()) {
                return atRoot.get(0);
            }
            NodeList any = doc.getElementsByTagNameNS(Uris.DSIG_NS, "Signature");
            if (any.getLength() == 0) {
                throw new Failed(VerificationFailure.NO_SIGNATURE, "the message has no ds:Signature element");
            }
            divergences.add(SignatureDivergence.SIGNATURE_NOT_ROOT_CHILD);
            return (Element) any.item(0);
        }

        /**
         * The signature's shape as the official schemas allow it: SignedInfo, SignatureValue and KeyInfo only (their
         * xmldsig schema has no {@code ds:Object}, where content could ride along unsigned by the reference's intent),
         * and at the root after every business node ({@code ExtendMessage} may follow it in the export schema).
         */
        private void checkShape() {
            for (var n = signature.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !(Uris.DSIG_NS.equals(e.getNamespaceURI())
                        && SIGNATURE_PARTS.contains(e.getLocalName()))) {
                    throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "<" + e.getTagName() + "> is not allowed in ds:Signature,"
                            + " which holds SignedInfo, SignatureValue and KeyInfo only (the official xmldsig schema has no ds:Object)");
                }
            }
            if (signature.getParentNode() != signature.getOwnerDocument().getDocumentElement()) {
                return;
            }
            for (var n = signature.getNextSibling(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !(Dom.CEB_NS.equals(e.getNamespaceURI()) && "ExtendMessage".equals(e.getLocalName()))) {
                    throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "ds:Signature stands before <" + e.getTagName()
                            + ">: the schemas place it after the business nodes");
                }
            }
        }

        private static Element required(Element parent, String localName, String parentName) {
            Element e = Dom.dsChild(parent, localName);
            if (e == null) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, parentName + " has no ds:" + localName);
            }
            return e;
        }
    }

    /** Ends a verification early with a verdict; never leaves this class. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient VerificationFailure failure;

        Failed(VerificationFailure failure, String message) {
            super(message, null, false, false);
            this.failure = failure;
        }
    }

    /** Builds an {@link XmlVerifier}; immutable once built. */
    public static final class Builder {
        private TrustPolicy trust = TrustPolicy.none();
        private XmlLimits limits = XmlLimits.ofDefaults();

        private Builder() {
        }

        /**
         * Trusts exactly this certificate ({@link TrustPolicy#pinned}): a message signed with another certificate, even
         * one carrying the same name and serial, is {@link VerificationFailure#UNTRUSTED_CERTIFICATE}.
         */
        public Builder trust(X509Certificate certificate) {
            return trust(TrustPolicy.pinned(Objects.requireNonNull(certificate, "certificate")));
        }

        /** Which certificates are trusted; {@link TrustPolicy#none()} by default. */
        public Builder trust(TrustPolicy policy) {
            this.trust = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Parser limits; {@link XmlLimits#ofDefaults()} by default. */
        public Builder limits(XmlLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The verifier. */
        public XmlVerifier build() {
            return new XmlVerifier(this);
        }
    }
}
