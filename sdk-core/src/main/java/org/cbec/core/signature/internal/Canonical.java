package org.cbec.core.signature.internal;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.cbec.core.CebException;
import org.w3c.dom.Node;

/** Inclusive canonical XML (Apache Santuario) and the reference digests. */
public final class Canonical {

    static {
        org.apache.xml.security.Init.init();
    }

    private Canonical() {
    }

    /** Inclusive C14N 1.0 of {@code node}, in the context of its document, with or without comments. */
    public static byte[] c14n(Node node, boolean withComments) {
        try {
            Canonicalizer c = Canonicalizer.getInstance(withComments
                    ? Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS : Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            c.canonicalizeSubtree(node, out);
            return out.toByteArray();
        } catch (InvalidCanonicalizerException | org.apache.xml.security.c14n.CanonicalizationException e) {
            throw new CebException("SIGN_C14N", "canonicalization failed: " + e.getMessage(), e);
        }
    }

    /** The digest of {@code data} with {@code algorithm} ({@code SM3} or {@code SHA-1}). */
    public static byte[] digest(String algorithm, byte[] data) {
        return digest(algorithm, data, 0, data.length);
    }

    /** The digest of {@code length} bytes of {@code data} from {@code offset} with {@code algorithm} ({@code SM3} or {@code SHA-1}). */
    public static byte[] digest(String algorithm, byte[] data, int offset, int length) {
        if ("SM3".equals(algorithm)) {
            SM3Digest d = new SM3Digest();
            d.update(data, offset, length);
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return out;
        }
        try {
            MessageDigest d = MessageDigest.getInstance(algorithm);
            d.update(data, offset, length);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("unknown digest " + algorithm, e);
        }
    }
}
