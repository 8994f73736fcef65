package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;

/** The SDK's k·G comb against Bouncy Castle's multiplier, point for point, and signatures made with it. */
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
        for (int bit = 0; bit < 256; bit += 11) { // the first bit of every column run of every table
            ks.add(BigInteger.ONE.shiftLeft(bit));
        }
        for (BigInteger k : ks) {
            assertThat(comb.multiply(G, k).normalize()).as("k = %s", k.toString(16)).isEqualTo(reference(k));
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

    @Test
    void signaturesMadeWithItVerifyWithAPlainBouncyCastleSigner() {
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            BigInteger d = new BigInteger(256, random).mod(N.subtract(BigInteger.TWO)).add(BigInteger.ONE);
            byte[] data = new byte[random.nextInt(900)];
            random.nextBytes(data);
            SM2Signer sdk = Sm2.newSigner();
            sdk.init(true, new ParametersWithID(new ParametersWithRandom(Sm2.privateKey(d), new SecureRandom()), Sm2.USER_ID));
            byte[] signature = Sm2.sign(sdk, data);

            SM2Signer plain = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
            plain.init(false, new ParametersWithID(new ECPublicKeyParameters(reference(d), Sm2.DOMAIN), Sm2.USER_ID));
            plain.update(data, 0, data.length);
            assertThat(plain.verifySignature(signature)).as("signature %d", i).isTrue();
            data = data.length == 0 ? new byte[] {1} : data;
            data[0] ^= 1;
            plain.reset();
            plain.update(data, 0, data.length);
            assertThat(plain.verifySignature(signature)).as("signature %d over changed data", i).isFalse();
        }
    }
}
