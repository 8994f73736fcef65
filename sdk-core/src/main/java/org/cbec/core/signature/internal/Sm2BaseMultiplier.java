package org.cbec.core.signature.internal;

import java.math.BigInteger;

import org.bouncycastle.math.ec.AbstractECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * {@code k·G} on {@code sm2p256v1} for SM2 signing: a fixed-base comb with four tables ({@link Sm2Comb}, Lim and Lee)
 * instead of Bouncy Castle's single table, so that a multiplication takes 11 doublings instead of 43 for the same 44
 * additions. Everything that touches the secret {@code k} is as in Bouncy Castle's {@link FixedPointCombMultiplier}:
 * each table is read through {@link org.bouncycastle.math.ec.ECCurve#createCacheSafeLookupTable} (every entry is read,
 * whichever is wanted), the index is computed without branches, and every entry of every table is a finite point, so
 * the same operations run for every {@code k} ({@link Sm2Comb#multiplySecret}). Other points, and scalars wider than
 * the comb, go to Bouncy Castle's multiplier.
 *
 * <p>The tables of {@code G} (16 KB) are built once, on first use, and {@link #verifyingComb()} holds wider ones for verification.
 * Thread-safe.
 */
public final class Sm2BaseMultiplier extends AbstractECMultiplier {

    private static final ECPoint G = Sm2.DOMAIN.getG();

    /** The comb of {@code G} for signing, built on first use. */
    private static final class Tables {
        static final Sm2Comb G_COMB = Sm2Comb.of(G);
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
        if (!Sm2Comb.fits(k) || !G.equals(p)) {
            return new FixedPointCombMultiplier().multiply(p, k);
        }
        return Tables.G_COMB.multiplySecret(k);
    }
}
