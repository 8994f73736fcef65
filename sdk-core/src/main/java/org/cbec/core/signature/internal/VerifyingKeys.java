package org.cbec.core.signature.internal;

import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.cbec.core.error.CebException;
import org.cbec.core.signature.KeyAlgorithm;

/**
 * The certificates a verifier met recently, by DER encoding, each with its public key prepared for verification.
 * Parsing the certificate and decoding its SM2 point per message cost more than the SM2 check itself, and Bouncy
 * Castle keeps a point's precomputed multiples on the point object, so re-using the prepared key for the next message
 * of the same signer makes the check itself faster too. Thread-safe; bounded (cleared when it holds {@value #MAX}
 * certificates).
 */
public final class VerifyingKeys {

    /** The most certificates kept. */
    static final int MAX = 64;

    private final ConcurrentHashMap<ByteBuffer, Key> byDer = new ConcurrentHashMap<>();

    /**
     * A certificate with its SM2 public key on the optimised curve, when it holds a readable one.
     *
     * @param certificate the certificate
     * @param sm2Key      its SM2 key, or {@code null} for RSA (and for keys {@link Crypto#verify} will reject itself)
     */
    public record Key(X509Certificate certificate, ECPublicKeyParameters sm2Key) {

        /** The certificate with its key prepared. */
        public static Key of(X509Certificate certificate) {
            ECPublicKeyParameters sm2 = null;
            try {
                if (Crypto.keyAlgorithm(certificate) == KeyAlgorithm.SM2) {
                    sm2 = Sm2.publicKey(certificate);
                }
            } catch (RuntimeException e) {
                // not prepared: verify() then goes through Crypto.verify, which reports the problem as before
            }
            return new Key(certificate, sm2);
        }

        /** Same as {@link Crypto#verify} with this certificate. */
        public boolean verify(byte[] data, byte[] signature) {
            return sm2Key != null ? Sm2.verify(sm2Key, data, signature) : Crypto.verify(certificate, data, signature);
        }
    }

    /**
     * The certificate encoded as {@code der}, parsed on first sight.
     *
     * @throws CebException when it is not a readable X.509 certificate ({@link Crypto#parseCertificate})
     */
    public Key forDer(byte[] der) {
        Key known = byDer.get(ByteBuffer.wrap(der));
        if (known != null) {
            return known;
        }
        Key key = Key.of(Crypto.parseCertificate(der));
        if (byDer.size() >= MAX) {
            byDer.clear();
        }
        byDer.put(ByteBuffer.wrap(der.clone()), key);
        return key;
    }

    /** How many certificates are kept. */
    int size() {
        return byDer.size();
    }
}
