package org.cbec.core.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.w3c.dom.Document;
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
            // a whole message is a few kilobytes, a SignedInfo under one
            ByteArrayOutputStream out = new ByteArrayOutputStream(node instanceof Document ? 8192 : 1024);
            c.canonicalizeSubtree(node, out);
            return out.toByteArray();
        } catch (InvalidCanonicalizerException | org.apache.xml.security.c14n.CanonicalizationException e) {
            throw new CebException(ErrorCode.SIGN_C14N, "canonicalization failed: " + e.getMessage(), e);
        }
    }

    /**
     * The digest with {@code algorithm} ({@code SM3} or {@code SHA-1}) of the inclusive C14N 1.0 of {@code node}
     * (without comments), computed as the canonicalizer writes: same bytes as {@code digest(algorithm, c14n(node,
     * false))} without holding the canonical form.
     */
    public static byte[] c14nDigest(Node node, String algorithm) {
        DigestSink sink = new DigestSink(algorithm);
        try {
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS).canonicalizeSubtree(node, sink);
        } catch (InvalidCanonicalizerException | org.apache.xml.security.c14n.CanonicalizationException e) {
            throw new CebException(ErrorCode.SIGN_C14N, "canonicalization failed: " + e.getMessage(), e);
        }
        return sink.digest();
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

    /**
     * Feeds what is written to a digest through a small buffer: the canonicalizer writes text a byte at a time, and
     * neither a synchronized {@code ByteArrayOutputStream} nor the canonical copy it grows is needed for a digest.
     */
    private static final class DigestSink extends OutputStream {
        private final SM3Digest sm3;
        private final MessageDigest other;
        private final byte[] buf = new byte[2048];
        private int n;

        DigestSink(String algorithm) {
            if ("SM3".equals(algorithm)) {
                sm3 = new SM3Digest();
                other = null;
            } else {
                sm3 = null;
                try {
                    other = MessageDigest.getInstance(algorithm);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalArgumentException("unknown digest " + algorithm, e);
                }
            }
        }

        @Override
        public void write(int b) {
            if (n == buf.length) {
                drain();
            }
            buf[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > buf.length - n) {
                drain();
                if (len > buf.length) {
                    update(b, off, len);
                    return;
                }
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        private void drain() {
            update(buf, 0, n);
            n = 0;
        }

        private void update(byte[] b, int off, int len) {
            if (sm3 != null) {
                sm3.update(b, off, len);
            } else {
                other.update(b, off, len);
            }
        }

        byte[] digest() {
            drain();
            if (sm3 == null) {
                return other.digest();
            }
            byte[] out = new byte[sm3.getDigestSize()];
            sm3.doFinal(out, 0);
            return out;
        }
    }
}
