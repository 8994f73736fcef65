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
    /** Embedded certificates seen recently, parsed once: messages usually come from few signers. */
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
        Document doc = SecureXml.parseDom(message, limits);
        Check check = new Check(signingTime);
        try {
            return check.run(doc);
        } catch (Failed f) {
            return VerificationResult.failed(f.failure, f.getMessage(), check.divergences, check.profile, check.certificate);
        }
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

        VerificationResult run(Document doc) {
            Element signature = findSignature(doc);
            checkShape(signature);
            Element signedInfo = required(signature, "SignedInfo", "ds:Signature");
            Element signatureValue = required(signature, "SignatureValue", "ds:Signature");
            Element reference = required(signedInfo, "Reference", "ds:SignedInfo");

            boolean c14nWithComments = canonicalization(required(signedInfo, "CanonicalizationMethod", "ds:SignedInfo").getAttribute("Algorithm"));
            String signatureMethod = required(signedInfo, "SignatureMethod", "ds:SignedInfo").getAttribute("Algorithm");
            KeyAlgorithm keyAlgorithm = keyAlgorithm(signatureMethod);
            String digestMethod = required(reference, "DigestMethod", "ds:Reference").getAttribute("Algorithm");
            String digestAlgorithm = digestAlgorithm(digestMethod);
            checkReference(reference);
            profile = SignatureProfile.of(signatureMethod, digestMethod).orElse(null);
            if (profile == null) {
                divergences.add(SignatureDivergence.NONSTANDARD_ALGORITHM_PAIR);
            }
            byte[] digestValue = base64(required(reference, "DigestValue", "ds:Reference"), "DigestValue");
            byte[] signatureBytes = base64(signatureValue, "SignatureValue");
            String keyName = keyName(signature);
            VerifyingKeys.Key key = signingKey(signature, keyName);
            certificate = key.certificate();

            byte[] canonicalSignedInfo = Canonical.c14n(signedInfo, c14nWithComments);
            signature.getParentNode().removeChild(signature);
            checkDigest(doc, digestAlgorithm, digestMethod, digestValue);

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
                signingTime = appTime(doc);
            }
            TrustDecision decision = trust.evaluate(certificate, carried.size() > 1 ? carried.subList(1, carried.size()) : List.of(), signingTime);
            return VerificationResult.decided(decision, divergences, profile, certificate, keyName);
        }

        /** The earliest {@code appTime} (申报时间, China time) the message declares, or null. */
        private Instant appTime(Document doc) {
            NodeList times = doc.getElementsByTagNameNS(Dom.CEB_NS, "appTime");
            Instant earliest = null;
            for (int i = 0; i < times.getLength(); i++) {
                try {
                    Instant t = java.time.LocalDateTime.parse(times.item(i).getTextContent().strip(), APP_TIME)
                            .atZone(org.cbec.core.model.CustomsTime.ZONE).toInstant();
                    earliest = earliest == null || t.isBefore(earliest) ? t : earliest;
                } catch (java.time.format.DateTimeParseException e) {
                    // not a time: the validator reports it; it is no signing time
                }
            }
            return earliest;
        }

        private String keyName(Element signature) {
            Element keyInfo = Dom.dsChild(signature, "KeyInfo");
            Element name = keyInfo == null ? null : Dom.dsChild(keyInfo, "KeyName");
            return name == null ? null : name.getTextContent().strip();
        }

        /** The certificate the message carries; when it carries none, the configured one its KeyName names (or the only one). */
        private VerifyingKeys.Key signingKey(Element signature, String keyName) {
            readCarried(signature);
            if (!carried.isEmpty()) {
                return VerifyingKeys.Key.of(carried.get(0));
            }
            List<X509Certificate> configured = trust.certificates();
            java.util.Optional<X509Certificate> named = keyName == null ? java.util.Optional.empty() : trust.bySerial(keyName);
            if (named.isEmpty() && configured.size() == 1) {
                named = java.util.Optional.of(configured.get(0));
            }
            return VerifyingKeys.Key.of(named.orElseThrow(() -> new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE,
                    "no KeyInfo/X509Data/X509Certificate, and no configured certificate is named by KeyName "
                            + (keyName == null ? "(none)" : "'" + keyName + "'"))));
        }

        private Element findSignature(Document doc) {
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
        private void checkShape(Element signature) {
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

        private Element required(Element parent, String localName, String parentName) {
            Element e = Dom.dsChild(parent, localName);
            if (e == null) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, parentName + " has no ds:" + localName);
            }
            return e;
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

        private void checkReference(Element reference) {
            if (!reference.hasAttribute("URI") || !reference.getAttribute("URI").isEmpty()) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "only Reference URI=\"\" (the whole message) is supported, found "
                        + (reference.hasAttribute("URI") ? "URI=\"" + reference.getAttribute("URI") + "\"" : "no URI"));
            }
            Element transforms = Dom.dsChild(reference, "Transforms");
            boolean enveloped = false;
            for (var n = transforms == null ? null : transforms.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element t && "Transform".equals(t.getLocalName())) {
                    String alg = t.getAttribute("Algorithm");
                    if (Uris.ENVELOPED.equals(alg)) {
                        enveloped = true;
                    } else if (!Uris.C14N.equals(alg)) {
                        throw new Failed(VerificationFailure.UNKNOWN_ALGORITHM, "unsupported Transform '" + alg + "'");
                    }
                }
            }
            if (!enveloped) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, "the Reference lacks the enveloped-signature transform");
            }
        }

        private byte[] base64(Element e, String name) {
            String raw = e.getTextContent();
            String compact = Dom.compactText(e);
            if (!raw.strip().equals(compact)) {
                divergences.add(SignatureDivergence.BASE64_LINE_BREAKS);
            }
            try {
                return Base64.getDecoder().decode(compact);
            } catch (IllegalArgumentException ex) {
                throw new Failed(VerificationFailure.MALFORMED_SIGNATURE, name + " is not valid Base64: " + ex.getMessage());
            }
        }

        /** Every {@code X509Certificate} of {@code KeyInfo/X509Data}, in order: the first is the signer's. */
        private void readCarried(Element signature) {
            Element keyInfo = Dom.dsChild(signature, "KeyInfo");
            Element x509Data = keyInfo == null ? null : Dom.dsChild(keyInfo, "X509Data");
            for (var n = x509Data == null ? null : x509Data.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element cert && Uris.DSIG_NS.equals(cert.getNamespaceURI()) && "X509Certificate".equals(cert.getLocalName())) {
                    byte[] der;
                    try {
                        der = base64(cert, "X509Certificate");
                    } catch (Failed f) {
                        throw new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE, f.getMessage());
                    }
                    try {
                        carried.add(embedded.forDer(der).certificate());
                    } catch (CebException e) {
                        throw new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE, "the embedded X509Certificate cannot be read: " + e.getMessage());
                    }
                }
            }
        }

        private KeyAlgorithm keyAlgorithmOfCertificate() {
            try {
                return Crypto.keyAlgorithm(certificate);
            } catch (CebException e) {
                throw new Failed(VerificationFailure.CERTIFICATE_UNPARSEABLE, e.getMessage());
            }
        }

        private void checkDigest(Document doc, String algorithm, String digestMethod, byte[] expected) {
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
