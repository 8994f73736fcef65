package org.cbec.core.signature.internal;

import java.math.BigInteger;

import org.bouncycastle.math.ec.AbstractECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * {@code k·G} on {@code sm2p256v1} for SM2 signing: a signed-digit fixed-base comb with eight tables computed in place
 * on Bouncy Castle's field arithmetic ({@link Sm2SecretComb}: 4 doublings and 40 additions) instead of Bouncy Castle's
 * single-table comb (43 doublings and 43 additions, on point objects). As in Bouncy Castle's
 * {@link FixedPointCombMultiplier}, every lookup reads every entry of its table, whichever is wanted, the index and the
 * sign are applied without branches, and no entry is the point at infinity, so the same operations and memory reads
 * run for every {@code k}. Other points, and scalars wider than 256 bits, go to Bouncy Castle's multiplier.
 *
 * <p>The tables of {@code G} (32 KB) are built once, on first use, and {@link #verifyingComb()} holds comb tables for
 * verification. Thread-safe.
 */
public final class Sm2BaseMultiplier extends AbstractECMultiplier {

    private static final ECPoint G = Sm2.DOMAIN.getG();

    /** The comb of {@code G} for signing, built on first use. */
    private static final class Tables {
        static final Sm2SecretComb G_COMB = new Sm2SecretComb(G);
    }

    /**
     * The wide comb of {@code G} for verification ({@link Sm2Comb#wide}: 64 KB, built on first use), where a lookup
     * reads one entry, so a wider table costs no time per lookup and saves a quarter of the additions.
     */
    private static final class WideTables {
        static final Sm2Comb G_COMB = Sm2Comb.wide(G);
    }

    /** The comb of the base point {@code G} for public scalars. */
    static Sm2Comb verifyingComb() {
        return WideTables.G_COMB;
    }

    @Override
    protected ECPoint multiplyPositive(ECPoint p, BigInteger k) {
        if (!Sm2SecretComb.fits(k) || !G.equals(p)) {
            return new FixedPointCombMultiplier().multiply(p, k);
        }
        return Tables.G_COMB.multiply(k);
    }
}
