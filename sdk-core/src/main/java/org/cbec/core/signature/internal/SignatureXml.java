package org.cbec.core.signature.internal;

import static org.cbec.core.signature.SignatureProfile.Uris.C14N;
import static org.cbec.core.signature.SignatureProfile.Uris.DSIG_NS;
import static org.cbec.core.signature.SignatureProfile.Uris.ENVELOPED;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;

/**
 * Writes {@code ds:Signature} as text, compact (no whitespace between elements), so that the {@code SignedInfo} in the
 * element is byte for byte its canonical form apart from the namespace declarations C14N adds at its apex. Used for
 * every signature the SDK makes, from a DOM or from canonical bytes the SDK wrote itself.
 *
 * <p>One instance per signer and profile: everything but the digest, the signature value and the certificate is
 * fixed, so the SignedInfo around its {@code DigestValue} is encoded once, and the {@code KeyInfo} of the last
 * certificate is kept. Thread-safe.
 */
public final class SignatureXml {

    private static final byte[] SIGNED_INFO_START = ascii("<ds:SignedInfo");
    private static final byte[] SIGNATURE_START = ascii("<ds:Signature xmlns:ds=\"" + DSIG_NS + "\"><ds:SignedInfo>");
    private static final byte[] DIGEST_END = ascii("</ds:DigestValue></ds:Reference></ds:SignedInfo>");
    private static final byte[] VALUE_START = ascii("<ds:SignatureValue>");
    private static final byte[] VALUE_END = ascii("</ds:SignatureValue>");

    private final Signer signer;
    private final SignatureProfile profile;
    /** Everything of the canonical SignedInfo after its start tag up to the digest value. */
    private final byte[] beforeDigest;
    private volatile Declarations declarations;
    private volatile KeyInfo keyInfo;

    /** The {@code SignedInfo} start tag's namespace declarations for one map of root declarations. */
    private record Declarations(Map<String, String> rootNamespaces, byte[] startTag) {
    }

    /** The {@code KeyInfo} (and the end of the signature) for one certificate. */
    private record KeyInfo(X509Certificate certificate, byte[] xml) {
    }

    public SignatureXml(Signer signer, SignatureProfile profile) {
        this.signer = signer;
        this.profile = profile;
        this.beforeDigest = ascii("<ds:CanonicalizationMethod Algorithm=\"" + C14N + "\"></ds:CanonicalizationMethod>"
                + "<ds:SignatureMethod Algorithm=\"" + profile.signatureMethodUri() + "\"></ds:SignatureMethod>"
                + "<ds:Reference URI=\"\"><ds:Transforms><ds:Transform Algorithm=\"" + ENVELOPED + "\"></ds:Transform></ds:Transforms>"
                + "<ds:DigestMethod Algorithm=\"" + profile.digestMethodUri() + "\"></ds:DigestMethod>"
                + "<ds:DigestValue>");
    }

    /**
     * Signs a document given as canonical bytes without its signature.
     *
     * @param document       holds the inclusive C14N (no comments) of the document with the signature left out, from
     *                       {@code offset}, {@code length} bytes
     * @param rootNamespaces prefix → URI declared on the root ({@code ""} for a default namespace), which the
     *                       canonical {@code SignedInfo} inherits
     * @return the UTF-8 bytes of the {@code ds:Signature} element, declaring {@code xmlns:ds}
     */
    public byte[] signatureElement(byte[] document, int offset, int length, Map<String, String> rootNamespaces) {
        byte[] digest = Base64.getEncoder().encode(Canonical.digest(profile.digestAlgorithm(), document, offset, length));
        SignatureValue value = signer.sign(concat(startTag(rootNamespaces), beforeDigest, digest, DIGEST_END));
        return concat(SIGNATURE_START, beforeDigest, digest, DIGEST_END,
                VALUE_START, Base64.getEncoder().encode(value.bytes()), VALUE_END, keyInfo(value.certificate()));
    }

    /** {@code <ds:SignedInfo} with the declarations C14N writes on it, and {@code >}. */
    private byte[] startTag(Map<String, String> rootNamespaces) {
        Declarations d = declarations;
        if (d == null || !d.rootNamespaces().equals(rootNamespaces)) {
            d = new Declarations(Map.copyOf(rootNamespaces), concat(SIGNED_INFO_START,
                    namespaceDeclarations(rootNamespaces).getBytes(StandardCharsets.UTF_8), ascii(">")));
            declarations = d;
        }
        return d.startTag();
    }

    private byte[] keyInfo(X509Certificate certificate) {
        KeyInfo k = keyInfo;
        if (k == null || k.certificate() != certificate) {
            k = new KeyInfo(certificate, ascii("<ds:KeyInfo><ds:KeyName>" + Certificates.serialHex(certificate) + "</ds:KeyName>"
                    + "<ds:X509Data><ds:X509Certificate>" + base64Der(certificate) + "</ds:X509Certificate></ds:X509Data>"
                    + "</ds:KeyInfo></ds:Signature>"));
            keyInfo = k;
        }
        return k.xml();
    }

    /** The declarations C14N writes on SignedInfo: the root's plus {@code ds}, default first, then sorted by prefix. */
    private static String namespaceDeclarations(Map<String, String> rootNamespaces) {
        TreeMap<String, String> all = new TreeMap<>(rootNamespaces);
        String ds = all.put("ds", DSIG_NS);
        if (ds != null && !ds.equals(DSIG_NS)) {
            throw new CebException(ErrorCode.SIGN_NAMESPACE, "the message root binds prefix 'ds' to " + ds + ", not to " + DSIG_NS);
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

    private static String base64Der(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new CebException(ErrorCode.SIGN_CERTIFICATE, "the signing certificate cannot be encoded", e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
