package org.cbec.core.signature.internal;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.custom.gm.SM2P256V1Field;
import org.bouncycastle.math.raw.Nat;
import org.bouncycastle.math.raw.Nat256;

/**
 * {@code k·P} for a secret {@code k} on {@code sm2p256v1} (the nonce of a signature): a signed-digit fixed-point comb
 * (Lim and Lee with every digit ±1, as in Hamburg's signed all-bits-set comb) of {@value #TABLES} tables, computed in
 * place on Bouncy Castle's {@link SM2P256V1Field} (Jacobian accumulator plus affine table entry, no object per
 * operation) with one inversion at the end.
 *
 * <p>Width 7 and eight tables: the scalar's 280 comb bits make 5 columns, so 4 doublings and 40 additions (the first
 * a copy); every digit is ±1, so an entry and its negation share one slot and a table holds 2^6 = 64 points (32 KB in
 * all, one flat {@code long[]} read in order). Against the unsigned comb of width 6 with four tables (44 additions,
 * 11 doublings, 64 entries a lookup, through Bouncy Castle's point objects) this is a tenth fewer additions, 7 fewer
 * doublings and no object per operation.
 *
 * <p>What touches {@code k} is as cache- and branch-safe as Bouncy Castle's own {@code FixedPointCombMultiplier}: the
 * scalar is made odd with a masked addition of {@code n} ({@link Nat#cadd}); the index and the sign are arithmetic on
 * bits; every lookup reads every entry of its table in the same order and keeps the wanted one with a mask computed
 * without branches; the sign is applied with a masked move ({@link Nat#cmov}); the same doublings and additions run for
 * every {@code k}, and no table entry is the point at infinity. The field arithmetic is Bouncy Castle's
 * {@link SM2P256V1Field}, the same its point objects use, with its carry-dependent final reductions; the inversion is its
 * constant-time one. {@link Accumulator}'s branches for the point at infinity and for adding a point to itself or to its
 * negation are taken only for {@code k ≡ 0} or for a negligible set of scalars (Bouncy Castle's point addition
 * branches the same way).
 *
 * <p>Immutable, thread-safe (each multiplication has its own scratch space).
 */
final class Sm2SecretComb {

    /** Tables, each for its own run of columns. */
    static final int TABLES = 8;
    /** Digits per table entry: the rows of a table. */
    static final int WIDTH = 7;
    /** Comb bits: the scalar made odd (below 2^256 + n < 2^257) needs 257. */
    private static final int COMB_BITS = 257;
    /** Columns per table: doublings per multiplication, plus one. */
    static final int COLUMNS = (COMB_BITS + WIDTH * TABLES - 1) / (WIDTH * TABLES);
    private static final int BITS = WIDTH * TABLES * COLUMNS;
    private static final int WORDS = (BITS + 31) >>> 5;
    private static final int ENTRIES = 1 << (WIDTH - 1);
    /** Longs per entry: x then y, four each (two field words in a long). */
    private static final int ENTRY_LONGS = 8;
    private static final int[] N = Nat.fromBigInteger(WORDS * 32, Sm2.DOMAIN.getN());
    private static final int[] P = Nat256.fromBigInteger(Sm2.curve().getField().getCharacteristic());

    private final ECCurve curve;
    /** Table t, entry u: x at (t·ENTRIES + u)·8, y four longs later. */
    private final long[] table = new long[TABLES * ENTRIES * ENTRY_LONGS];

    /**
     * The tables of {@code p}, a finite point of {@code sm2p256v1}.
     *
     * @throws IllegalArgumentException for the point at infinity
     */
    Sm2SecretComb(ECPoint p) {
        if (p.isInfinity()) {
            throw new IllegalArgumentException("no comb for the point at infinity");
        }
        curve = p.getCurve();
        ECPoint[][] rows = Sm2Comb.rows(p.normalize(), TABLES, WIDTH, COLUMNS);
        for (int t = 0; t < TABLES; t++) {
            // entry u = row[WIDTH-1] + Σ (2·u_r − 1)·row[r] over the lower rows; its negation has the bits of u flipped
            ECPoint[] entries = new ECPoint[ENTRIES];
            entries[0] = rows[t][WIDTH - 1];
            for (int r = 0; r < WIDTH - 1; r++) {
                entries[0] = entries[0].subtract(rows[t][r]);
            }
            for (int r = WIDTH - 2; r >= 0; r--) {
                int step = 1 << r;
                ECPoint twiceRow = rows[t][r].twice();
                for (int u = step; u < ENTRIES; u += step << 1) {
                    entries[u] = entries[u - step].add(twiceRow);
                }
            }
            curve.normalizeAll(entries);
            for (int u = 0; u < ENTRIES; u++) {
                if (entries[u].isInfinity()) {
                    throw new IllegalStateException("comb entry " + u + " of table " + t + " is the point at infinity");
                }
                int at = (t * ENTRIES + u) * ENTRY_LONGS;
                pack(SM2P256V1Field.fromBigInteger(entries[u].getAffineXCoord().toBigInteger()), table, at);
                pack(SM2P256V1Field.fromBigInteger(entries[u].getAffineYCoord().toBigInteger()), table, at + 4);
            }
        }
    }

    /** Whether {@code k} fits the comb: at most 256 bits. */
    static boolean fits(BigInteger k) {
        return k.signum() >= 0 && k.bitLength() <= 256;
    }

    /** {@code k·P} for {@code k} that {@link #fits}: the same operations and memory reads for every {@code k}. */
    ECPoint multiply(BigInteger k) {
        int[] bits = Nat.fromBigInteger(WORDS * 32, k);
        // make k odd without a branch (k + n·[k even]: the same point), then b = (k − 1)/2 + 2^(BITS−1), so that
        // k = Σ (2·b_i − 1)·2^i: every comb digit is ±1
        Nat.cadd(WORDS, ~bits[0] & 1, bits, N, bits);
        Nat.shiftDownBit(WORDS, bits, 0);
        bits[(BITS - 1) >>> 5] |= 1 << ((BITS - 1) & 31);

        Accumulator r = new Accumulator();
        int[] x = new int[8];
        int[] y = new int[8];
        int[] minusY = new int[8];
        for (int column = COLUMNS - 1; column >= 0; column--) {
            if (column < COLUMNS - 1) {
                r.twice();
            }
            for (int t = 0; t < TABLES; t++) {
                int low = 0;
                for (int row = WIDTH - 2; row >= 0; row--) {
                    low = (low << 1) | bit(bits, row, t, column);
                }
                int positive = bit(bits, WIDTH - 1, t, column);
                // top digit +1: the entry of the lower digits; −1: the negation of the entry of the flipped digits
                lookup(t, (low ^ (positive - 1)) & (ENTRIES - 1), x, y);
                Nat256.sub(P, y, minusY);
                Nat.cmov(8, positive ^ 1, minusY, 0, y, 0);
                if (column == COLUMNS - 1 && t == 0) {
                    r.set(x, y);
                } else {
                    r.addAffine(x, y);
                }
            }
        }
        return r.toPoint(curve);
    }

    private static int bit(int[] bits, int row, int t, int column) {
        int bit = (row * TABLES + t) * COLUMNS + column;
        return (bits[bit >>> 5] >>> (bit & 31)) & 1;
    }

    /**
     * Entry {@code u} of table {@code t} into x and y, reading every entry of the table in order and keeping the wanted
     * one with a mask (all ones for it, zero for the others).
     */
    private void lookup(int t, int u, int[] x, int[] y) {
        long x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
        int at = t * ENTRIES * ENTRY_LONGS;
        for (int i = 0; i < ENTRIES; i++, at += ENTRY_LONGS) {
            long mask = ((i ^ u) - 1) >> 31;
            x0 |= table[at] & mask;
            x1 |= table[at + 1] & mask;
            x2 |= table[at + 2] & mask;
            x3 |= table[at + 3] & mask;
            y0 |= table[at + 4] & mask;
            y1 |= table[at + 5] & mask;
            y2 |= table[at + 6] & mask;
            y3 |= table[at + 7] & mask;
        }
        unpack(x0, x1, x2, x3, x);
        unpack(y0, y1, y2, y3, y);
    }

    private static void unpack(long w0, long w1, long w2, long w3, int[] z) {
        z[0] = (int) w0;
        z[1] = (int) (w0 >>> 32);
        z[2] = (int) w1;
        z[3] = (int) (w1 >>> 32);
        z[4] = (int) w2;
        z[5] = (int) (w2 >>> 32);
        z[6] = (int) w3;
        z[7] = (int) (w3 >>> 32);
    }

    private static void pack(int[] z, long[] into, int at) {
        for (int j = 0; j < 4; j++) {
            into[at + j] = (z[2 * j] & 0xffffffffL) | ((long) z[2 * j + 1] << 32);
        }
    }

    /**
     * A point of {@code sm2p256v1} in Jacobian coordinates (x = X/Z², y = Y/Z³; Z = 0 the point at infinity) with its
     * scratch space, doubled and added to in place on {@link SM2P256V1Field}'s reduced 8-int field elements. Not
     * thread-safe.
     */
    static final class Accumulator {
        private final int[] px = new int[8];
        private final int[] py = new int[8];
        private final int[] pz = new int[8];
        private final int[] t1 = new int[8];
        private final int[] t2 = new int[8];
        private final int[] t3 = new int[8];
        private final int[] t4 = new int[8];
        private final int[] wide = Nat256.createExt();

        /** The affine point (x, y). */
        void set(int[] x, int[] y) {
            System.arraycopy(x, 0, px, 0, 8);
            System.arraycopy(y, 0, py, 0, 8);
            Nat256.zero(pz);
            pz[0] = 1;
        }

        /**
         * This point plus the finite affine point (x, y): mixed addition, 8 multiplications and 3 squarings (H = x·Z² − X,
         * r = y·Z³ − Y; X3 = r² − H³ − 2·X·H², Y3 = r·(X·H² − X3) − Y·H³, Z3 = Z·H). H = 0 means the same point (then
         * doubled) or its negation (then the point at infinity).
         */
        void addAffine(int[] x, int[] y) {
            if (SM2P256V1Field.isZero(pz) != 0) {
                set(x, y);
                return;
            }
            int[] zz = t1;
            square(pz, zz);
            int[] u2 = t2;
            multiply(x, zz, u2);
            int[] s2 = t3;
            multiply(zz, pz, s2);
            multiply(s2, y, s2);
            int[] h = u2;
            SM2P256V1Field.subtract(u2, px, h);
            int[] rr = s2;
            SM2P256V1Field.subtract(s2, py, rr);
            if (SM2P256V1Field.isZero(h) != 0) {
                if (SM2P256V1Field.isZero(rr) != 0) {
                    twice(); // the same point
                } else {
                    Nat256.zero(pz); // its negation
                }
                return;
            }
            multiply(pz, h, pz);
            int[] hh = t1;
            square(h, hh);
            int[] hhh = t4;
            multiply(hh, h, hhh);
            int[] v = t2;
            multiply(hh, px, v);
            square(rr, px);
            SM2P256V1Field.subtract(px, hhh, px);
            SM2P256V1Field.subtract(px, v, px);
            SM2P256V1Field.subtract(px, v, px);
            multiply(py, hhh, py);
            SM2P256V1Field.subtract(v, px, v);
            multiply(v, rr, v);
            SM2P256V1Field.subtract(v, py, py);
        }

        /** This point doubled (a = −3: 3 multiplications and 4 squarings). */
        void twice() {
            if (SM2P256V1Field.isZero(pz) != 0) {
                return;
            }
            int[] yy = t1;
            square(py, yy);
            multiply(py, pz, py);
            SM2P256V1Field.twice(py, py); // Z3 = 2·Y·Z, kept in py until pz is free
            int[] zz = t2;
            square(pz, zz);
            int[] m = t3;
            SM2P256V1Field.add(px, zz, m);
            SM2P256V1Field.subtract(px, zz, zz);
            multiply(m, zz, m);
            SM2P256V1Field.add(m, m, zz);
            SM2P256V1Field.add(m, zz, m); // M = 3·(X − Z²)·(X + Z²)
            int[] s = t2;
            multiply(yy, px, s);
            SM2P256V1Field.twice(s, s);
            SM2P256V1Field.twice(s, s); // S = 4·X·Y²
            square(yy, yy);
            SM2P256V1Field.twice(yy, yy);
            SM2P256V1Field.twice(yy, yy);
            SM2P256V1Field.twice(yy, yy); // 8·Y⁴
            System.arraycopy(py, 0, pz, 0, 8);
            square(m, px);
            SM2P256V1Field.subtract(px, s, px);
            SM2P256V1Field.subtract(px, s, px); // X3 = M² − 2·S
            SM2P256V1Field.subtract(s, px, s);
            multiply(s, m, py);
            SM2P256V1Field.subtract(py, yy, py); // Y3 = M·(S − X3) − 8·Y⁴
        }

        /** This point, normalised (one inversion), or the point at infinity. */
        ECPoint toPoint(ECCurve curve) {
            if (SM2P256V1Field.isZero(pz) != 0) {
                return curve.getInfinity();
            }
            int[] zInverse = t1;
            SM2P256V1Field.inv(pz, zInverse);
            int[] zz = t2;
            square(zInverse, zz);
            multiply(px, zz, t3);
            multiply(zz, zInverse, zz);
            multiply(py, zz, t4);
            return curve.createPoint(Nat256.toBigInteger(t3), Nat256.toBigInteger(t4));
        }

        private void multiply(int[] a, int[] b, int[] z) {
            Nat256.mul(a, b, wide);
            SM2P256V1Field.reduce(wide, z);
        }

        private void square(int[] a, int[] z) {
            Nat256.square(a, wide);
            SM2P256V1Field.reduce(wide, z);
        }
    }
}
