package org.cbec.core.signature.internal;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * An SM2 public key prepared for checking SM2-with-SM3 signatures (GM/T 0003.2, the default user id of GM/T 0009), as
 * Bouncy Castle's {@code SM2Signer} checks them, with two savings for a key that verifies many messages: its {@code Z}
 * value is computed once, and from its {@value #USES_BEFORE_TABLES}th verification on the point {@code s·G + t·P} is
 * computed with width-8 comb tables of both points ({@link Sm2Comb#sumOfTwo}: 8 doublings and 64 additions) instead of
 * Bouncy Castle's Shamir's trick (about 256 doublings and 86 additions). The key's tables (64 KB) take about as long
 * to build as 15 verifications and save about 8 µs on each later one, so a key used only a few times never builds
 * them. Verification handles public data only (key, message, signature), so the comb reads its tables directly.
 *
 * <p>Thread-safe: the tables are built once, by the thread that reaches the {@value #USES_BEFORE_TABLES}th use, while
 * the others go on without them.
 */
public final class Sm2VerifyingKey {

    /** The use of a key that builds its tables (the uses before it go without them). */
    static final int USES_BEFORE_TABLES = 8;

    private static final BigInteger N = Sm2.DOMAIN.getN();

    private final ECPoint q;
    private final byte[] z;
    private final AtomicInteger uses = new AtomicInteger();
    private volatile Sm2Comb comb;

    /** The key, prepared ({@code Z} computed; tables on the {@value #USES_BEFORE_TABLES}th use). */
    public Sm2VerifyingKey(ECPublicKeyParameters key) {
        this.q = key.getQ().normalize();
        this.z = Sm2.z(q);
    }

    /** Whether the comb tables of this key are built. */
    boolean hasTables() {
        return comb != null;
    }

    /**
     * Verifies a 64-byte r‖s signature (a DER one is accepted too) over {@code data}: the same verdict as Bouncy
     * Castle's {@code SM2Signer} initialised with this key and the default user id.
     */
    public boolean verify(byte[] data, byte[] signature) {
        BigInteger r;
        BigInteger s;
        try {
            BigInteger[] rs = PlainDSAEncoding.INSTANCE.decode(N, Crypto.sm2Raw(signature));
            r = rs[0];
            s = rs[1];
        } catch (RuntimeException e) {
            return false;
        }
        if (r.signum() <= 0 || r.compareTo(N) >= 0 || s.signum() <= 0 || s.compareTo(N) >= 0) {
            return false;
        }
        BigInteger t = r.add(s).mod(N);
        if (t.signum() == 0) {
            return false;
        }
        ECPoint x1y1 = sumOfTwo(s, t).normalize();
        if (x1y1.isInfinity()) {
            return false;
        }
        return Sm2.e(z, data).add(x1y1.getAffineXCoord().toBigInteger()).mod(N).equals(r);
    }

    /** {@code s·G + t·Q}, with the combs once this key has them. */
    private ECPoint sumOfTwo(BigInteger s, BigInteger t) {
        Sm2Comb tables = comb;
        if (tables == null && uses.incrementAndGet() == USES_BEFORE_TABLES) {
            tables = Sm2Comb.wide(q);
            comb = tables;
        }
        return tables != null ? Sm2BaseMultiplier.verifyingComb().sumOfTwo(s, tables, t)
                : ECAlgorithms.sumOfTwoMultiplies(Sm2.DOMAIN.getG(), s, q, t);
    }
}
