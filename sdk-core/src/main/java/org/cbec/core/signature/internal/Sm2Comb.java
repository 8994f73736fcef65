package org.cbec.core.signature.internal;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat;

/**
 * Fixed-point comb tables for one point {@code P} of {@code sm2p256v1} (Lim and Lee): {@value #TABLES} tables of
 * 2^width affine points, each for its own run of columns, so that {@code k·P} takes one doubling per column and one
 * addition per column and table. Width 6 ({@code of(p, 6)}): 11 columns, 11 doublings and 44 additions, 16 KB (Bouncy
 * Castle's single-table comb: 43 and 43; its Shamir's trick for verification: about 256 doublings). Width 8
 * ({@link #wide}): 8 columns, 8 doublings and 32 additions, 64 KB. Every entry is a finite point: entry {@code u} of
 * table {@code t} is the table's base (its first row) plus the rows of the bits of {@code u}, and a fixed offset (minus
 * what the bases add up to) removes the bases at the end.
 *
 * <p>{@link #sumOfTwo} reads the entry it wants ({@code lookupVar}), for verification, whose scalars and points are
 * public, and shares one run of doublings between two points. The nonce of a signature, a secret, is multiplied by
 * {@link Sm2SecretComb} instead.
 *
 * <p>Immutable, thread-safe.
 */
final class Sm2Comb {

    /** Tables, each for its own run of columns. */
    static final int TABLES = 4;
    /** Bits of the largest scalar: the group order's. */
    private static final int SCALAR_BITS = 256;

    /** Rows of each table: the index into a table has this many bits. */
    private final int width;
    /** Columns per table: doublings per multiplication. */
    private final int columns;
    private final ECLookupTable[] tables = new ECLookupTable[TABLES];
    /** Minus the sum of every table's base taken once per column, doubled along: what a zero scalar adds up to. */
    private final ECPoint offset;

    private Sm2Comb(ECPoint p, int width) {
        this.width = width;
        this.columns = (SCALAR_BITS + width * TABLES - 1) / (width * TABLES);
        ECCurve curve = p.getCurve();
        ECPoint[][] rows = rows(p, TABLES, width, columns);
        for (int t = 0; t < TABLES; t++) {
            curve.normalizeAll(rows[t]);
            // entry u = base + Σ rows[r] for the bits r of u, base = rows[0]: never the point at infinity
            ECPoint[] entries = new ECPoint[1 << width];
            entries[0] = rows[t][0];
            for (int r = width - 1; r >= 0; r--) {
                int step = 1 << r;
                for (int u = step; u < entries.length; u += step << 1) {
                    entries[u] = entries[u - step].add(rows[t][r]);
                }
            }
            curve.normalizeAll(entries);
            tables[t] = curve.createCacheSafeLookupTable(entries, 0, entries.length);
        }
        ECPoint bases = curve.getInfinity();
        for (int column = columns - 1; column >= 0; column--) {
            bases = bases.twice();
            for (int t = 0; t < TABLES; t++) {
                bases = bases.add(tables[t].lookupVar(0));
            }
        }
        offset = bases.negate().normalize();
    }

    /**
     * The rows of a comb of {@code tables} tables of {@code width} rows and {@code columns} columns: row r of table t
     * stands for bit (r·tables + t)·columns of the scalar and is P·2^that, doubled along once.
     */
    static ECPoint[][] rows(ECPoint p, int tables, int width, int columns) {
        ECPoint[][] rows = new ECPoint[tables][width];
        ECPoint multiple = p;
        for (int bit = 0, r = 0; r < width; r++) {
            for (int t = 0; t < tables; t++) {
                for (; bit < (r * tables + t) * columns; bit++) {
                    multiple = multiple.twice();
                }
                rows[t][r] = multiple;
            }
        }
        return rows;
    }

    /** The width-8 tables of {@code p} (64 KB), what verification uses: a quarter fewer additions than width 6. */
    static Sm2Comb wide(ECPoint p) {
        return of(p, 8);
    }

    /**
     * The tables of {@code p}, a finite point of {@code sm2p256v1}, {@code width} rows each ({@code 2^width} entries).
     *
     * @throws IllegalArgumentException for the point at infinity
     */
    static Sm2Comb of(ECPoint p, int width) {
        if (p.isInfinity()) {
            throw new IllegalArgumentException("no comb for the point at infinity");
        }
        return new Sm2Comb(p.normalize(), width);
    }

    /**
     * {@code a·P + b·Q} ({@code P} this comb's point, {@code Q} the other's) in one run of doublings, for public scalars
     * of at most 256 bits; its time depends on them.
     */
    ECPoint sumOfTwo(BigInteger a, Sm2Comb other, BigInteger b) {
        int[] aBits = bits(a);
        int[] bBits = other.bits(b);
        ECPoint r = offset.getCurve().getInfinity();
        for (int column = Math.max(columns, other.columns) - 1; column >= 0; column--) {
            r = r.twice();
            for (int t = 0; t < TABLES; t++) {
                if (column < columns) {
                    r = r.add(tables[t].lookupVar(index(aBits, t, column)));
                }
                if (column < other.columns) {
                    r = r.add(other.tables[t].lookupVar(other.index(bBits, t, column)));
                }
            }
        }
        return r.add(offset).add(other.offset);
    }

    /** The index into table {@code t} for {@code column}: one bit of each row. */
    private int index(int[] bits, int t, int column) {
        int index = 0;
        for (int row = width - 1; row >= 0; row--) {
            int bit = (row * TABLES + t) * columns + column;
            index = (index << 1) | ((bits[bit >>> 5] >>> (bit & 31)) & 1);
        }
        return index;
    }

    /** The scalar's bits, as many as the comb covers ({@code width × TABLES × columns} ≥ 256). */
    private int[] bits(BigInteger k) {
        return Nat.fromBigInteger(width * TABLES * columns, k);
    }
}
