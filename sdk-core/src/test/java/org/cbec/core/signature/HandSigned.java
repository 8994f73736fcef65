package org.cbec.core.signature;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;

import org.cbec.core.signature.SignatureProfile.Uris;
import org.cbec.core.signature.internal.Canonical;
import org.cbec.core.signature.internal.Crypto;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs XML text in forms the SDK's own signer never writes (comments, line breaks, other prefixes, namespace
 * declarations in odd places, self-closing tags, wrapped Base64, …), with Apache Santuario as the reference
 * canonicalizer: the message is a template holding {@link #HERE} where the {@code ds:Signature} goes, and the
 * signature is a template whose {@code {DIGEST}}, {@code {VALUE}}, {@code {CERT}} and {@code {KEYNAME}} are filled in.
 * What comes out is what a careful other implementation would have signed.
 */
final class HandSigned {

    /** Where the signature goes in a message template. */
    static final String HERE = "<!--SIGNATURE-->";

    private final Signer signer;
    private String signature;
    private UnaryOperator<String> base64 = UnaryOperator.identity();
    private boolean digestWithComments;
    private String digestAlgorithm;
    private boolean derSm2;

    private HandSigned(Signer signer, String signature) {
        this.signer = signer;
        this.signature = signature;
    }

    /** The usual signature (compact, prefix {@code ds}, declared on it) of {@code profile}. */
    static HandSigned of(Signer signer, SignatureProfile profile) {
        return new HandSigned(signer, "<ds:Signature xmlns:ds=\"" + Uris.DSIG_NS + "\"><ds:SignedInfo>"
                + "<ds:CanonicalizationMethod Algorithm=\"" + Uris.C14N + "\"></ds:CanonicalizationMethod>"
                + "<ds:SignatureMethod Algorithm=\"" + profile.signatureMethodUri() + "\"></ds:SignatureMethod>"
                + "<ds:Reference URI=\"\"><ds:Transforms><ds:Transform Algorithm=\"" + Uris.ENVELOPED + "\"></ds:Transform></ds:Transforms>"
                + "<ds:DigestMethod Algorithm=\"" + profile.digestMethodUri() + "\"></ds:DigestMethod>"
                + "<ds:DigestValue>{DIGEST}</ds:DigestValue></ds:Reference></ds:SignedInfo>"
                + "<ds:SignatureValue>{VALUE}</ds:SignatureValue>"
                + "<ds:KeyInfo><ds:KeyName>{KEYNAME}</ds:KeyName><ds:X509Data><ds:X509Certificate>{CERT}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>"
                + "</ds:Signature>");
    }

    /** Edits the signature template (before anything is filled in). */
    HandSigned edit(UnaryOperator<String> edit) {
        signature = edit.apply(signature);
        return this;
    }

    /** How every Base64 value is written (e.g. wrapped at 64 characters). */
    HandSigned base64(UnaryOperator<String> format) {
        base64 = format;
        return this;
    }

    /** The digest over the document with its comments (a divergence seen in the wild). */
    HandSigned digestWithComments() {
        digestWithComments = true;
        return this;
    }

    /** The digest taken with another algorithm than the DigestMethod says ({@code SHA-1} under SM3, seen in the wild). */
    HandSigned digestAlgorithm(String algorithm) {
        digestAlgorithm = algorithm;
        return this;
    }

    /** An SM2 SignatureValue in DER instead of the plain r‖s. */
    HandSigned derSm2() {
        derSm2 = true;
        return this;
    }

    /** The message {@code template} signed; {@link #HERE} marks the signature's place. */
    byte[] sign(String template) {
        if (!template.contains(HERE)) {
            throw new IllegalArgumentException("the template has no " + HERE);
        }
        String algorithm = digestAlgorithm != null ? digestAlgorithm : signature.contains("#sha1\"") ? "SHA-1" : "SM3";
        // text around the signature element stays in the document when the enveloped transform removes the element
        String around = signature.substring(0, signature.indexOf('<')) + signature.substring(signature.lastIndexOf('>') + 1);
        byte[] canonical = Canonical.c14n(parse(template.replace(HERE, around)), digestWithComments);
        String withDigest = template.replace(HERE, signature
                .replace("{DIGEST}", base64.apply(Base64.getEncoder().encodeToString(Canonical.digest(algorithm, canonical))))
                .replace("{KEYNAME}", Certificates.serialHex(signer.certificate()))
                .replace("{CERT}", base64.apply(encodedCertificate())));
        Element signedInfo = (Element) parse(withDigest).getElementsByTagNameNS(Uris.DSIG_NS, "SignedInfo").item(0);
        Element method = (Element) signedInfo.getElementsByTagNameNS(Uris.DSIG_NS, "CanonicalizationMethod").item(0);
        byte[] value = signer.sign(Canonical.c14n(signedInfo, Uris.C14N_WITH_COMMENTS.equals(method.getAttribute("Algorithm")))).bytes();
        if (derSm2) {
            value = Crypto.sm2Der(value);
        }
        return withDigest.replace("{VALUE}", base64.apply(Base64.getEncoder().encodeToString(value))).getBytes(StandardCharsets.UTF_8);
    }

    private String encodedCertificate() {
        try {
            return Base64.getEncoder().encodeToString(signer.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(String xml) {
        return SecureXml.parseDom(xml.getBytes(StandardCharsets.UTF_8), XmlLimits.ofDefaults());
    }

    /** Base64 wrapped at {@code width} characters with {@code newline}, as some tools write it. */
    static UnaryOperator<String> wrapped(int width, String newline) {
        return b64 -> SampleXml.wrap(b64, width, newline);
    }
}
