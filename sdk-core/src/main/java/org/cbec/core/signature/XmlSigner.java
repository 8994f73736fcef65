package org.cbec.core.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.internal.Canonical;
import org.cbec.core.signature.internal.Dom;
import org.cbec.core.signature.internal.SignatureXml;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs any CEB message with an enveloped XML signature as chapter 6 of the specification describes: inclusive C14N,
 * {@code Reference URI=""} with the enveloped-signature transform, the algorithm pair of the {@link SignatureProfile},
 * {@code KeyName} = certificate serial in hex ({@link Certificates#serialHex}), the DER certificate in Base64, and the
 * SignatureValue in Base64 without line breaks (SM2: the 64-byte r‖s).
 *
 * <p>{@link #sign(byte[])} takes the message bytes (UTF-8, a byte-order mark and an existing {@code ds:Signature}
 * are fine; the old signature is replaced), declares {@code xmlns:xsi} on the root when it is missing (so receivers
 * that rebuild SignedInfo with {@code xmlns:ceb}, {@code xmlns:ds} and {@code xmlns:xsi} compute the same bytes), and
 * returns the signed message as an XML declaration followed by the document in canonical form.
 *
 * <p>{@link #signatureElement(byte[], Map)} is the fast path for messages the SDK wrote itself in canonical form:
 * no DOM is built; insert the returned element where the placement says.
 *
 * <pre>{@code
 * XmlSigner xmlSigner = XmlSigner.custom(Signers.pkcs12(p12Bytes, password))
 *         .placement(SignaturePlacement.LAST_CHILD)   // import messages
 *         .build();
 * byte[] signed = xmlSigner.sign(messageBytes);
 * }</pre>
 */
public final class XmlSigner {

    private static final byte[] XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.US_ASCII);
    private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final Signer signer;
    private final SignatureProfile profile;
    private final SignatureXml signatureXml;
    private final SignaturePlacement placement;
    private final XmlLimits limits;

    private XmlSigner(Builder b) {
        this.signer = b.signer;
        this.profile = b.profile != null ? b.profile : SignatureProfile.forKey(b.signer.keyAlgorithm());
        this.placement = b.placement;
        this.limits = b.limits;
        if (profile.keyAlgorithm() != signer.keyAlgorithm()) {
            throw new IllegalArgumentException("profile " + profile + " needs an " + profile.keyAlgorithm()
                    + " key but the signer holds " + signer.keyAlgorithm());
        }
        this.signatureXml = new SignatureXml(signer, profile);
    }

    /** A builder around {@code signer}; profile from the key type and {@link SignaturePlacement#LAST_CHILD} by default. */
    public static Builder custom(Signer signer) {
        return new Builder(signer);
    }

    /** The profile in use (fixed by the caller or chosen from the key type). */
    public SignatureProfile profile() {
        return profile;
    }

    /**
     * The certificate of the signing key, as every signature carries it (e.g. to check its validity or that it is not a
     * test certificate, {@link Certificates#isTestOnly}).
     */
    public X509Certificate certificate() {
        return signer.certificate();
    }

    /**
     * Signs a CEB message.
     *
     * @param message the message as UTF-8 bytes, with or without BOM and existing signature
     * @return the signed message (XML declaration, then the canonical document including {@code ds:Signature})
     * @throws org.cbec.core.xml.CebXmlException when the message is not well-formed or breaks the limits
     * @throws CebException                      when the signer fails
     */
    public byte[] sign(byte[] message) {
        Document doc = SecureXml.parseDom(message, limits);
        Element root = doc.getDocumentElement();
        for (Element old : Dom.rootSignatures(root)) {
            root.removeChild(old);
        }
        if (Dom.hasXmlAttributes(root)) {
            throw new CebException(ErrorCode.SIGN_UNSUPPORTED_ROOT, "the message root carries xml:* attributes, which CEB messages never use");
        }
        if (!root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xsi")) {
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI_NS);
        }
        byte[] element = signatureElement(Canonical.c14n(doc, false), Dom.declaredNamespaces(root));
        Element signature = (Element) doc.importNode(SecureXml.parseDom(element, limits).getDocumentElement(), true);
        Element extend = placement == SignaturePlacement.BEFORE_EXTEND_MESSAGE ? Dom.child(root, Dom.CEB_NS, "ExtendMessage") : null;
        root.insertBefore(signature, extend);
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + element.length + 64);
        out.writeBytes(XML_DECLARATION);
        out.writeBytes(Canonical.c14n(doc, false));
        return out.toByteArray();
    }

    /**
     * Fast path: signs a message the SDK wrote itself, without a DOM.
     *
     * @param canonicalDocument the inclusive C14N (no comments) of the whole message without {@code ds:Signature}
     *                          (the digest input of the enveloped reference)
     * @param rootNamespaces    the namespace declarations on the message root, prefix → URI ({@code ""} for a
     *                          default namespace), e.g. {@code ceb} and {@code xsi}; the canonical SignedInfo inherits them
     * @return the UTF-8 bytes of the {@code ds:Signature} element (declaring {@code xmlns:ds}); insert them unchanged
     *         as a child of the root at this signer's placement (before the root's end tag for
     *         {@link SignaturePlacement#LAST_CHILD})
     */
    public byte[] signatureElement(byte[] canonicalDocument, Map<String, String> rootNamespaces) {
        return signatureElement(canonicalDocument, 0, canonicalDocument.length, rootNamespaces);
    }

    /**
     * Fast path as {@link #signatureElement(byte[], Map)}, for a canonical document that is part of an array (such as
     * a written message after its XML declaration), so that it need not be copied out.
     *
     * <pre>{@code
     * byte[] signature = xmlSigner.signatureElement(written, WireWriter.CANONICAL_OFFSET,
     *         written.length - WireWriter.CANONICAL_OFFSET, WireWriter.ROOT_NAMESPACES);
     * }</pre>
     *
     * @param document the canonical document is {@code document[offset, offset + length)}
     */
    public byte[] signatureElement(byte[] document, int offset, int length, Map<String, String> rootNamespaces) {
        Objects.checkFromIndexSize(offset, length, document.length);
        return signatureXml.signatureElement(document, offset, length, rootNamespaces);
    }

    /** Builds an {@link XmlSigner}; immutable once built. */
    public static final class Builder {
        private final Signer signer;
        private SignatureProfile profile;
        private SignaturePlacement placement = SignaturePlacement.LAST_CHILD;
        private XmlLimits limits = XmlLimits.ofDefaults();

        private Builder(Signer signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
        }

        /** Fixes the algorithm pair; by default it follows the key type ({@link SignatureProfile#forKey}). */
        public Builder profile(SignatureProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** Where the signature goes; {@link SignaturePlacement#LAST_CHILD} by default. */
        public Builder placement(SignaturePlacement placement) {
            this.placement = Objects.requireNonNull(placement, "placement");
            return this;
        }

        /** Parser limits for the incoming message; {@link XmlLimits#ofDefaults()} by default. */
        public Builder limits(XmlLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The signer.
         *
         * @throws IllegalArgumentException when a fixed profile does not fit the key type
         */
        public XmlSigner build() {
            return new XmlSigner(this);
        }
    }
}
