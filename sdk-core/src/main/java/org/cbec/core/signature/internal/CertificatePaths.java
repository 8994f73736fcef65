package org.cbec.core.signature.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PKIX path validation from a signing certificate to one of a set of anchors, with Bouncy Castle's certification
 * path builder so that SM2 (SM3withSM2) CA signatures are checked as well as RSA ones. Revocation is not checked
 * (customs' CRLs are not reachable offline). A path found is remembered per certificate for the instants its
 * certificates are valid, so a signer's second message does not build the path again. Thread-safe.
 */
public final class CertificatePaths {

    /** Most remembered paths (cleared when full). */
    private static final int MAX = 256;

    private final Set<TrustAnchor> anchors;
    private final ConcurrentHashMap<X509Certificate, Found> found = new ConcurrentHashMap<>();

    /**
     * A validated path.
     *
     * @param anchor   the anchor it ends at
     * @param notBefore the latest start of validity along the path
     * @param notAfter  the earliest end of validity along the path
     */
    public record Found(X509Certificate anchor, Instant notBefore, Instant notAfter) {
    }

    /** Paths to these anchors. */
    public CertificatePaths(Collection<X509Certificate> anchors) {
        Set<TrustAnchor> set = new LinkedHashSet<>();
        anchors.forEach(a -> set.add(new TrustAnchor(a, null)));
        this.anchors = Set.copyOf(set);
    }

    /**
     * The path from {@code certificate} to an anchor, valid at {@code at}, using {@code intermediates} (e.g. the other
     * certificates of the message's {@code X509Data}) as needed.
     *
     * @throws GeneralSecurityException with the builder's reason when there is none
     */
    public Found validate(X509Certificate certificate, List<X509Certificate> intermediates, Instant at) throws GeneralSecurityException {
        Found known = found.get(certificate);
        if (known != null && !at.isBefore(known.notBefore()) && !at.isAfter(known.notAfter())) {
            return known;
        }
        if (anchors.isEmpty()) {
            throw new InvalidAlgorithmParameterException("no trust anchor configured");
        }
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(certificate);
        PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
        params.setRevocationEnabled(false);
        params.setDate(Date.from(at));
        List<X509Certificate> store = new ArrayList<>(intermediates);
        store.add(certificate);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store), Crypto.BC));
        PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX", Crypto.BC).build(params);
        X509Certificate anchor = r.getTrustAnchor().getTrustedCert();
        Instant notBefore = anchor.getNotBefore().toInstant();
        Instant notAfter = anchor.getNotAfter().toInstant();
        for (var c : r.getCertPath().getCertificates()) {
            X509Certificate x = (X509Certificate) c;
            notBefore = later(notBefore, x.getNotBefore().toInstant());
            notAfter = earlier(notAfter, x.getNotAfter().toInstant());
        }
        Found f = new Found(anchor, notBefore, notAfter);
        if (found.size() >= MAX) {
            found.clear();
        }
        found.put(certificate, f);
        return f;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
