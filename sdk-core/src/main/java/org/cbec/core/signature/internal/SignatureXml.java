package org.cbec.core.signature.internal;

import static org.cbec.core.signature.SignatureProfile.Uris.C14N;
import static org.cbec.core.signature.SignatureProfile.Uris.DSIG_NS;
import static org.cbec.core.signature.SignatureProfile.Uris.ENVELOPED;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.cbec.core.CebException;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;

/**
 * Writes {@code ds:Signature} as text, compact (no whitespace between elements), so that the {@code SignedInfo} in the
 * element is byte for byte its canonical form apart from the namespace declarations C14N adds at its apex. Used for
 * every signature the SDK makes, from a DOM or from canonical bytes the SDK wrote itself.
 */
public final class SignatureXml {

    private SignatureXml() {
    }

    /**
     * Signs a document given as canonical bytes without its signature.
     *
     * @param digestInput    the inclusive C14N (no comments) of the document with the signature left out
     * @param rootNamespaces prefix → URI declared on the root ({@code ""} for a default namespace), which the
     *                       canonical {@code SignedInfo} inherits
     * @return the UTF-8 bytes of the {@code ds:Signature} element, declaring {@code xmlns:ds}
     */
    public static byte[] signatureElement(Signer signer, SignatureProfile profile, byte[] digestInput, Map<String, String> rootNamespaces) {
        String digest = Base64.getEncoder().encodeToString(Canonical.digest(profile.digestAlgorithm(), digestInput));
        String body = signedInfoBody(profile, digest);
        byte[] canonicalSignedInfo = ("<ds:SignedInfo" + namespaceDeclarations(rootNamespaces) + ">" + body)
                .getBytes(StandardCharsets.UTF_8);
        SignatureValue value = signer.sign(canonicalSignedInfo);
        String xml = "<ds:Signature xmlns:ds=\"" + DSIG_NS + "\"><ds:SignedInfo>" + body
                + "<ds:SignatureValue>" + value.base64() + "</ds:SignatureValue>"
                + "<ds:KeyInfo><ds:KeyName>" + Certificates.serialHex(value.certificate()) + "</ds:KeyName>"
                + "<ds:X509Data><ds:X509Certificate>" + base64Der(value) + "</ds:X509Certificate></ds:X509Data>"
                + "</ds:KeyInfo></ds:Signature>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything of the canonical SignedInfo after its start tag. */
    private static String signedInfoBody(SignatureProfile profile, String digestBase64) {
        return "<ds:CanonicalizationMethod Algorithm=\"" + C14N + "\"></ds:CanonicalizationMethod>"
                + "<ds:SignatureMethod Algorithm=\"" + profile.signatureMethodUri() + "\"></ds:SignatureMethod>"
                + "<ds:Reference URI=\"\"><ds:Transforms><ds:Transform Algorithm=\"" + ENVELOPED + "\"></ds:Transform></ds:Transforms>"
                + "<ds:DigestMethod Algorithm=\"" + profile.digestMethodUri() + "\"></ds:DigestMethod>"
                + "<ds:DigestValue>" + digestBase64 + "</ds:DigestValue></ds:Reference></ds:SignedInfo>";
    }

    /** The declarations C14N writes on SignedInfo: the root's plus {@code ds}, default first, then sorted by prefix. */
    private static String namespaceDeclarations(Map<String, String> rootNamespaces) {
        TreeMap<String, String> all = new TreeMap<>(rootNamespaces);
        String ds = all.put("ds", DSIG_NS);
        if (ds != null && !ds.equals(DSIG_NS)) {
            throw new CebException("SIGN_NAMESPACE", "the message root binds prefix 'ds' to " + ds + ", not to " + DSIG_NS);
        }
        if ("".equals(all.get(""))) {
            all.remove("");
        }
        StringBuilder sb = new StringBuilder();
        all.forEach((prefix, uri) -> sb.append(prefix.isEmpty() ? " xmlns=\"" : " xmlns:" + prefix + "=\"")
                .append(escapeAttribute(uri)).append('"'));
        return sb.toString();
    }

    private static String escapeAttribute(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                .replace("\t", "&#x9;").replace("\n", "&#xA;").replace("\r", "&#xD;");
    }

    private static String base64Der(SignatureValue value) {
        try {
            return Base64.getEncoder().encodeToString(value.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new CebException("SIGN_CERTIFICATE", "the signing certificate cannot be encoded", e);
        }
    }
}
