package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;

/** The SDK's k·G comb against Bouncy Castle's multiplier, point for point (signatures made with it: {@link Sm2SigningKeyTest}). */
class Sm2BaseMultiplierTest {

    private static final BigInteger N = Sm2.DOMAIN.getN();
    private static final ECPoint G = Sm2.DOMAIN.getG();
    private final Sm2BaseMultiplier comb = new Sm2BaseMultiplier();

    private static ECPoint reference(BigInteger k) {
        return new FixedPointCombMultiplier().multiply(G, k).normalize();
    }

    @Test
    void edgeScalarsGiveBouncyCastlesPoints() {
        List<BigInteger> ks = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3),
                N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO), BigInteger.ONE.shiftLeft(255),
                BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE).mod(N),
                BigInteger.ONE.shiftLeft(43), BigInteger.ONE.shiftLeft(44).subtract(BigInteger.ONE)));
        for (int bit = 0; bit < 256; bit += Sm2SecretComb.COLUMNS) { // the first bit of every column run of every table
            BigInteger low = BigInteger.ONE.shiftLeft(bit);
            BigInteger high = BigInteger.ONE.shiftLeft(Math.min(bit + Sm2SecretComb.COLUMNS, 256)).subtract(BigInteger.ONE);
            ks.addAll(List.of(low, low.add(BigInteger.ONE), high.mod(N), N.subtract(low), N.subtract(high.mod(N))));
        }
        for (BigInteger k : ks) {
            assertThat(comb.multiply(G, k).normalize()).as("k = %s", k.toString(16)).isEqualTo(reference(k));
        }
        // beyond the order, up to the comb's 256 bits: odd and even scalars of up to 2^256 + n
        BigInteger widest = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
        for (BigInteger k : List.of(N.add(BigInteger.ONE), N.add(BigInteger.TWO), widest, widest.subtract(BigInteger.ONE))) {
            assertThat(comb.multiply(G, k).normalize()).as("k = %s", k.toString(16)).isEqualTo(reference(k.mod(N)));
        }
        assertThat(comb.multiply(G, N).isInfinity()).isTrue();
        assertThat(comb.multiply(G, BigInteger.ZERO).isInfinity()).isTrue();
    }

    @Property(tries = 1000)
    void anyScalarBelowTheOrderGivesBouncyCastlesPoint(@ForAll("scalars") BigInteger k) {
        assertThat(comb.multiply(G, k).normalize()).as("k = %s", k.toString(16)).isEqualTo(reference(k));
    }

    /** Scalars in [0, n-1]; jqwik mixes in the edges 0, 1, n-2 and n-1. */
    @Provide
    Arbitrary<BigInteger> scalars() {
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, N.subtract(BigInteger.ONE));
    }

    @Test
    void anotherPointOrAWiderScalarIsLeftToBouncyCastle() {
        ECPoint p = reference(BigInteger.valueOf(7));
        BigInteger k = new BigInteger("123456789abcdef", 16);
        assertThat(comb.multiply(p, k).normalize()).isEqualTo(new FixedPointCombMultiplier().multiply(p, k).normalize());
        BigInteger wide = BigInteger.ONE.shiftLeft(300).add(BigInteger.valueOf(5));
        assertThatThrownBy(() -> comb.multiply(G, wide))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("larger than the curve order");
    }
}
