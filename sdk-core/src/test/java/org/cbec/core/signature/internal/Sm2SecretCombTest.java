package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.custom.gm.SM2P256V1Field;
import org.junit.jupiter.api.Test;

/**
 * The in-place point arithmetic of {@link Sm2SecretComb} against Bouncy Castle's points, the cases a comb step can
 * reach in principle included (adding a point to itself or to its negation, adding to the point at infinity), and the
 * comb of points other than {@code G} (the comb of {@code G}: {@link Sm2BaseMultiplierTest}).
 */
class Sm2SecretCombTest {

    private static final BigInteger N = Sm2.DOMAIN.getN();
    private static final ECPoint G = Sm2.DOMAIN.getG();
    private static final ECCurve CURVE = Sm2.curve();

    private static final int TWICE = 0;
    private static final int ADD_ANOTHER = 1;
    private static final int ADD_ITSELF = 2;
    private static final int ADD_ITS_NEGATION = 3;

    private static ECPoint point(BigInteger k) {
        return new FixedPointCombMultiplier().multiply(G, k).normalize();
    }

    private static int[] x(ECPoint p) {
        return SM2P256V1Field.fromBigInteger(p.getAffineXCoord().toBigInteger());
    }

    private static int[] y(ECPoint p) {
        return SM2P256V1Field.fromBigInteger(p.getAffineYCoord().toBigInteger());
    }

    /**
     * Any run of doublings and mixed additions: another point, the accumulated point itself (a doubling), its negation
     * (the point at infinity, which later steps double and add to). After every step the accumulator, normalised, is
     * Bouncy Castle's point.
     */
    @Property(tries = 300)
    void anyRunOfDoublingsAndAdditionsIsBouncyCastlesPoint(@ForAll("scalars") BigInteger start,
            @ForAll("scalars") BigInteger step, @ForAll @Size(min = 1, max = 16) List<@IntRange(max = 3) Integer> ops) {
        ECPoint expected = point(start);
        Sm2SecretComb.Accumulator acc = new Sm2SecretComb.Accumulator();
        acc.set(x(expected), y(expected));
        BigInteger other = step;
        for (int op : ops) {
            ECPoint addend = switch (op) {
                case ADD_ANOTHER -> point(other = other.add(step).mod(N).max(BigInteger.ONE));
                case ADD_ITSELF -> expected;
                case ADD_ITS_NEGATION -> expected.negate().normalize();
                default -> null;
            };
            if (op == TWICE) {
                acc.twice();
                expected = expected.twice().normalize();
            } else if (addend.isInfinity()) {
                continue; // the itself or negation of the point at infinity: no finite affine point to add
            } else {
                acc.addAffine(x(addend), y(addend));
                expected = expected.add(addend).normalize();
            }
            assertThat(acc.toPoint(CURVE)).as("after %s", ops).isEqualTo(expected);
        }
    }

    /** Scalars in [1, n-1]. */
    @Provide
    Arbitrary<BigInteger> scalars() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.ONE));
    }

    @Test
    void addingAPointToItselfDoublesItAndToItsNegationGivesInfinity() {
        ECPoint p = point(BigInteger.valueOf(12345));
        Sm2SecretComb.Accumulator acc = new Sm2SecretComb.Accumulator();
        acc.set(x(p), y(p));
        acc.twice(); // a Jacobian Z other than 1
        ECPoint twoP = p.twice().normalize();
        acc.addAffine(x(twoP), y(twoP));
        assertThat(acc.toPoint(CURVE)).isEqualTo(p.multiply(BigInteger.valueOf(4)).normalize());
        ECPoint minusFourP = p.multiply(BigInteger.valueOf(4)).negate().normalize();
        acc.addAffine(x(minusFourP), y(minusFourP));
        assertThat(acc.toPoint(CURVE).isInfinity()).isTrue();
        acc.twice();
        assertThat(acc.toPoint(CURVE).isInfinity()).isTrue();
        acc.addAffine(x(p), y(p));
        assertThat(acc.toPoint(CURVE)).isEqualTo(p);
    }

    /** The comb of any point (its tables hold the same multiples as {@code G}'s, so none is the point at infinity). */
    @Property(tries = 40)
    void theCombOfAnyPointGivesBouncyCastlesMultiple(@ForAll("scalars") BigInteger d, @ForAll("scalars") BigInteger k) {
        assertThat(new Sm2SecretComb(point(d)).multiply(k)).as("d = %s, k = %s", d.toString(16), k.toString(16))
                .isEqualTo(point(d.multiply(k).mod(N)));
    }

    @Test
    void theCombRefusesThePointAtInfinityAndFitsScalarsOfUpTo256Bits() {
        assertThatThrownBy(() -> new Sm2SecretComb(CURVE.getInfinity())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sm2SecretComb.fits(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))).isTrue();
        assertThat(Sm2SecretComb.fits(BigInteger.ONE.shiftLeft(256))).isFalse();
        assertThat(Sm2SecretComb.fits(BigInteger.ONE.negate())).isFalse();
    }
}
