package org.cbec.core.signature;

import java.util.Optional;

/**
 * The algorithm URIs written into {@code ds:SignedInfo}. The specification's national pair {@link #SM2_SM3} is the
 * default for SM2 keys; {@link #RSA_SHA1} is used for RSA keys; {@link #LEGACY_SM2_SHA1} reproduces what some USB-key
 * integrations emit (an SM2 signature under the W3C namespace with a SHA-1 reference digest).
 *
 * <pre>{@code
 * XmlSigner signer = XmlSigner.custom(mySigner).profile(SignatureProfile.SM2_SM3).build();
 * }</pre>
 */
public enum SignatureProfile {
    /** {@code chinaport.gov.cn/2022/04/xmldsig#sm2-sm3} with an SM3 digest (specification 202205, preferred). */
    SM2_SM3(KeyAlgorithm.SM2, Uris.CHINAPORT_SM2_SM3, Uris.CHINAPORT_SM3, "SM3"),
    /** {@code xmldsig#rsa-sha1} with a SHA-1 digest (older RSA certificates). */
    RSA_SHA1(KeyAlgorithm.RSA, Uris.RSA_SHA1, Uris.SHA1, "SHA-1"),
    /** {@code xmldsig#sm2-sm3} (W3C namespace, not a W3C algorithm) with a SHA-1 digest, as seen from USB-key integrations. */
    LEGACY_SM2_SHA1(KeyAlgorithm.SM2, Uris.LEGACY_SM2_SM3, Uris.SHA1, "SHA-1");

    private final KeyAlgorithm keyAlgorithm;
    private final String signatureMethodUri;
    private final String digestMethodUri;
    private final String digestAlgorithm;

    SignatureProfile(KeyAlgorithm keyAlgorithm, String signatureMethodUri, String digestMethodUri, String digestAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.signatureMethodUri = signatureMethodUri;
        this.digestMethodUri = digestMethodUri;
        this.digestAlgorithm = digestAlgorithm;
    }

    /** The key algorithm a signer must have to sign under this profile. */
    public KeyAlgorithm keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The {@code SignatureMethod/@Algorithm} URI. */
    public String signatureMethodUri() {
        return signatureMethodUri;
    }

    /** The {@code DigestMethod/@Algorithm} URI. */
    public String digestMethodUri() {
        return digestMethodUri;
    }

    /** The digest name for the reference digest ({@code SM3} or {@code SHA-1}). */
    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** The profile used when the caller does not fix one: {@link #SM2_SM3} for SM2, {@link #RSA_SHA1} for RSA. */
    public static SignatureProfile forKey(KeyAlgorithm keyAlgorithm) {
        return keyAlgorithm == KeyAlgorithm.SM2 ? SM2_SM3 : RSA_SHA1;
    }

    /** The profile whose two URIs are exactly these, if any. */
    public static Optional<SignatureProfile> of(String signatureMethodUri, String digestMethodUri) {
        for (SignatureProfile p : values()) {
            if (p.signatureMethodUri.equals(signatureMethodUri) && p.digestMethodUri.equals(digestMethodUri)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Algorithm URIs of the XML signature as CEB messages use them. */
    public static final class Uris {
        /** National signature method of specification 202205. */
        public static final String CHINAPORT_SM2_SM3 = "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3";
        /** National digest method of specification 202205. */
        public static final String CHINAPORT_SM3 = "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3";
        /** SM2 signature method under the W3C namespace, seen from USB-key integrations. */
        public static final String LEGACY_SM2_SM3 = "http://www.w3.org/2000/09/xmldsig#sm2-sm3";
        /** RSA PKCS#1 v1.5 with SHA-1. */
        public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
        /** SHA-1 digest. */
        public static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";
        /** Inclusive canonical XML 1.0 without comments (the only one the specification allows). */
        public static final String C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";
        /** Inclusive canonical XML 1.0 with comments (seen in the wild; reported as a divergence). */
        public static final String C14N_WITH_COMMENTS = C14N + "#WithComments";
        /** The enveloped-signature transform. */
        public static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
        /** The XML-Signature namespace. */
        public static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

        private Uris() {
        }
    }
}
