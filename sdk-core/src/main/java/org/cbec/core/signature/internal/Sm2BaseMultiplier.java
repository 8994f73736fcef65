package org.cbec.core.signature.internal;

import java.math.BigInteger;

import org.bouncycastle.math.ec.AbstractECMultiplier;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.raw.Nat;

/**
 * {@code k·G} on {@code sm2p256v1} for SM2 signing: a fixed-base comb with {@value #TABLES} tables (Lim and Lee) instead
 * of Bouncy Castle's single table, so that a multiplication takes {@value #COLUMNS} doublings instead of 43 for the
 * same {@value #TABLES}·{@value #COLUMNS} = 44 additions. Everything that touches the secret {@code k} is as in Bouncy
 * Castle's {@link FixedPointCombMultiplier}: each table is read through {@link ECCurve#createCacheSafeLookupTable}
 * (every entry is read, whichever is wanted), the index is computed without branches, and every entry of every table
 * is a finite point (each carries an extra multiple of {@code G} that a fixed offset removes at the end), so the same
 * operations run for every {@code k}. Other points, and scalars wider than the comb, go to Bouncy Castle's multiplier.
 *
 * <p>The tables ({@value #TABLES} × 64 affine points, 16 KB) are built once, on first use. Thread-safe.
 */
public final class Sm2BaseMultiplier extends AbstractECMultiplier {

    /** Rows of each comb: the index into a table has this many bits. */
    private static final int WIDTH = 6;
    /** Tables, each for its own run of columns. */
    private static final int TABLES = 4;
    /** Columns per table: doublings per multiplication. */
    private static final int COLUMNS = 11;
    /** Bits the comb covers ({@code WIDTH × TABLES × COLUMNS} ≥ the 256 bits of the group order). */
    private static final int BITS = WIDTH * TABLES * COLUMNS;

    private static final ECPoint G = Sm2.DOMAIN.getG();

    /** The tables and the offset, built on first use. */
    private static final class Tables {
        static final ECLookupTable[] TABLE = new ECLookupTable[TABLES];
        static final ECPoint OFFSET;

        static {
            ECCurve curve = Sm2.DOMAIN.getCurve();
            BigInteger extra = BigInteger.ZERO;
            for (int t = 0; t < TABLES; t++) {
                // row r of table t stands for bit r·TABLES·COLUMNS + t·COLUMNS of the scalar
                ECPoint[] rows = new ECPoint[WIDTH];
                for (int r = 0; r < WIDTH; r++) {
                    rows[r] = G.timesPow2(r * TABLES * COLUMNS + t * COLUMNS);
                }
                curve.normalizeAll(rows);
                // entry u = base + Σ rows[r] for the bits r of u, base = rows[0]: never the point at infinity
                ECPoint[] entries = new ECPoint[1 << WIDTH];
                entries[0] = rows[0];
                for (int r = WIDTH - 1; r >= 0; r--) {
                    int step = 1 << r;
                    for (int u = step; u < entries.length; u += step << 1) {
                        entries[u] = entries[u - step].add(rows[r]);
                    }
                }
                curve.normalizeAll(entries);
                TABLE[t] = curve.createCacheSafeLookupTable(entries, 0, entries.length);
                extra = extra.add(BigInteger.ONE.shiftLeft(t * COLUMNS));
            }
            // each of the COLUMNS steps added every table's base once: Σ_j 2^j · Σ_t 2^(t·COLUMNS) · G in all
            BigInteger n = Sm2.DOMAIN.getN();
            extra = extra.multiply(BigInteger.ONE.shiftLeft(COLUMNS).subtract(BigInteger.ONE)).mod(n);
            OFFSET = new FixedPointCombMultiplier().multiply(G, n.subtract(extra)).normalize();
        }
    }

    @Override
    protected ECPoint multiplyPositive(ECPoint p, BigInteger k) {
        if (k.bitLength() > BITS || !G.equals(p)) {
            return new FixedPointCombMultiplier().multiply(p, k);
        }
        int[] bits = Nat.fromBigInteger(BITS, k);
        ECPoint r = Sm2.DOMAIN.getCurve().getInfinity();
        for (int column = COLUMNS - 1; column >= 0; column--) {
            r = r.twice();
            for (int t = 0; t < TABLES; t++) {
                int index = 0;
                for (int row = WIDTH - 1; row >= 0; row--) {
                    int bit = row * TABLES * COLUMNS + t * COLUMNS + column;
                    index = (index << 1) | ((bits[bit >>> 5] >>> (bit & 31)) & 1);
                }
                r = r.add(Tables.TABLE[t].lookup(index));
            }
        }
        return r.add(Tables.OFFSET);
    }
}
