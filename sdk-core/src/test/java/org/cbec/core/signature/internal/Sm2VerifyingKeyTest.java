package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.junit.jupiter.api.Test;

/**
 * The verifier's SM2 check and its per-key comb against Bouncy Castle: the same point for {@code s·G + t·P} over
 * random keys and scalars at every table boundary, the same verdict as a plain {@link SM2Signer} for intact and
 * tampered signatures, with and without the key's tables.
 */
class Sm2VerifyingKeyTest {

    private static final BigInteger N = Sm2.DOMAIN.getN();
    private static final ECPoint G = Sm2.DOMAIN.getG();

    private static ECPoint point(BigInteger d) {
        return new FixedPointCombMultiplier().multiply(G, d).normalize();
    }

    /** Keys in [1, n-2] (the private keys SM2 allows); jqwik mixes in the edges. */
    @Provide
    Arbitrary<BigInteger> keys() {
        return Arbitraries.bigIntegers().between(BigInteger.ONE, N.subtract(BigInteger.TWO));
    }

    /**
     * Scalars in [0, n-1], with the first and last bit of every column run of every table (11 columns for a width-6
     * comb, 8 for a width-8 comb) and their neighbours.
     */
    @Provide
    Arbitrary<BigInteger> scalars() {
        List<BigInteger> boundaries = new ArrayList<>();
        for (int columns : new int[] {11, 8}) {
            for (int bit = 0; bit < 256; bit += columns) {
                BigInteger low = BigInteger.ONE.shiftLeft(bit);
                BigInteger high = BigInteger.ONE.shiftLeft(Math.min(bit + columns, 256)).subtract(BigInteger.ONE);
                boundaries.addAll(List.of(low, low.subtract(BigInteger.ONE), high, high.add(BigInteger.ONE).mod(N)));
            }
        }
        boundaries.addAll(List.of(BigInteger.ZERO, BigInteger.ONE, N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO),
                BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE).mod(N)));
        return Arbitraries.oneOf(Arbitraries.of(boundaries),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, N.subtract(BigInteger.ONE)));
    }

    @Property(tries = 300)
    void theTwoCombsGiveBouncyCastlesSumOfTwoMultiplies(@ForAll("keys") BigInteger d, @ForAll("scalars") BigInteger s,
            @ForAll("scalars") BigInteger t) {
        ECPoint p = point(d);
        ECPoint expected = ECAlgorithms.sumOfTwoMultiplies(G, s, p, t).normalize();
        String as = String.format("d = %s, s = %s, t = %s", d.toString(16), s.toString(16), t.toString(16));
        assertThat(Sm2BaseMultiplier.verifyingComb().sumOfTwo(s, Sm2Comb.wide(p), t).normalize()).as(as).isEqualTo(expected);
        assertThat(Sm2Comb.of(p, 6).sumOfTwo(s, Sm2BaseMultiplier.verifyingComb(), t).normalize()).as(as)
                .isEqualTo(ECAlgorithms.sumOfTwoMultiplies(p, s, G, t).normalize());
    }

    @Test
    void sumsThatCancelOrDoubleAreTheRightPoints() {
        Sm2Comb g = Sm2BaseMultiplier.verifyingComb();
        Sm2Comb sameAsG = Sm2Comb.of(G, 6);
        Sm2Comb minusG = Sm2Comb.of(G.negate(), 6);
        BigInteger k = new BigInteger("b1c5d7e9f00112233445566778899aabbccddeeff0011223344556677889900", 16);
        assertThat(g.sumOfTwo(k, sameAsG, N.subtract(k)).isInfinity()).as("k·G + (n-k)·G").isTrue();
        assertThat(g.sumOfTwo(k, minusG, k).isInfinity()).as("k·G + k·(-G)").isTrue();
        assertThat(g.sumOfTwo(k, sameAsG, k).normalize()).as("k·G + k·G").isEqualTo(point(k.shiftLeft(1).mod(N)));
        assertThat(g.sumOfTwo(BigInteger.ZERO, sameAsG, BigInteger.ZERO).isInfinity()).isTrue();
    }

    @Property(tries = 60)
    void verdictsAreBouncyCastlesWithAndWithoutTheKeysTables(@ForAll("keys") BigInteger d,
            @ForAll @Size(max = 900) byte[] data) throws CryptoException {
        ECPublicKeyParameters publicKey = new ECPublicKeyParameters(point(d), Sm2.DOMAIN);
        SM2Signer bc = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        bc.init(true, new ParametersWithID(new ParametersWithRandom(Sm2.privateKey(d), new SecureRandom()), Sm2.USER_ID));
        bc.update(data, 0, data.length);
        byte[] signature = bc.generateSignature();

        byte[] changed = data.length == 0 ? new byte[] {0} : data.clone();
        changed[changed.length / 2] ^= 0x20;
        List<byte[]> forged = forgeries(signature);

        // first use of a key: Bouncy Castle's Shamir's trick, no tables
        assertThat(fresh(publicKey).verify(data, signature)).as("intact signature, first use").isTrue();
        assertThat(fresh(publicKey).verify(changed, signature)).as("changed data, first use").isFalse();
        for (byte[] f : forged) {
            assertThat(fresh(publicKey).verify(data, f)).as("forged %s, first use", Arrays.toString(f))
                    .isEqualTo(bouncyCastle(publicKey, data, f)).isFalse();
        }
        // later uses: the two combs
        Sm2VerifyingKey key = fresh(publicKey);
        for (int use = 1; use <= Sm2VerifyingKey.USES_BEFORE_TABLES; use++) {
            assertThat(key.verify(data, signature)).as("intact signature, use %d", use).isTrue();
        }
        assertThat(key.hasTables()).isTrue();
        assertThat(key.verify(data, signature)).as("intact signature, with tables").isTrue();
        assertThat(key.verify(changed, signature)).as("changed data, with tables").isFalse();
        for (byte[] f : forged) {
            assertThat(key.verify(data, f)).as("forged %s, with tables", Arrays.toString(f))
                    .isEqualTo(bouncyCastle(publicKey, data, f)).isFalse();
        }
    }

    private static Sm2VerifyingKey fresh(ECPublicKeyParameters publicKey) {
        Sm2VerifyingKey key = new Sm2VerifyingKey(publicKey);
        assertThat(key.hasTables()).isFalse();
        return key;
    }

    private static boolean bouncyCastle(ECPublicKeyParameters key, byte[] data, byte[] signature) {
        SM2Signer bc = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        bc.init(false, new ParametersWithID(key, Sm2.USER_ID));
        bc.update(data, 0, data.length);
        return bc.verifySignature(signature);
    }

    /** The signature with one bit flipped in r and in s, r or s zero or n, r + s = n, and cut short. */
    private static List<byte[]> forgeries(byte[] signature) {
        List<byte[]> out = new ArrayList<>();
        for (int at : new int[] {0, 31, 32, 63}) {
            byte[] f = signature.clone();
            f[at] ^= 1;
            out.add(f);
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        out.add(raw(BigInteger.ZERO, s));
        out.add(raw(r, BigInteger.ZERO));
        out.add(raw(N, s));
        out.add(raw(r, N));
        out.add(raw(r, N.subtract(r)));
        out.add(Arrays.copyOf(signature, 63));
        return out;
    }

    private static byte[] raw(BigInteger r, BigInteger s) {
        byte[] out = new byte[64];
        byte[] rb = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, r);
        byte[] sb = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(32, s);
        System.arraycopy(rb, 0, out, 0, 32);
        System.arraycopy(sb, 0, out, 32, 32);
        return out;
    }

    @Test
    void aKeyBuildsItsTablesOnlyOnItsEighthUse() {
        BigInteger d = new BigInteger("3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8", 16);
        byte[] data = "message digest".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Sm2SigningKey signer = new Sm2SigningKey(d, new SecureRandom());
        Sm2VerifyingKey key = new Sm2VerifyingKey(new ECPublicKeyParameters(point(d), Sm2.DOMAIN));

        for (int use = 1; use < 8; use++) {
            assertThat(key.verify(data, signer.sign(data))).isTrue();
            assertThat(key.hasTables()).as("after use %d", use).isFalse();
        }
        assertThat(key.verify(data, signer.sign(data))).isTrue();
        assertThat(key.hasTables()).isTrue();
        assertThat(key.verify(data, signer.sign(data))).isTrue();
    }

    @Test
    void aDerSignatureIsReadAsBouncyCastleReadsItsPlainForm() {
        BigInteger d = BigInteger.valueOf(0x5eed);
        byte[] data = new byte[] {1, 2, 3};
        byte[] signature = new Sm2SigningKey(d, new SecureRandom()).sign(data);
        Sm2VerifyingKey key = new Sm2VerifyingKey(new ECPublicKeyParameters(point(d), Sm2.DOMAIN));

        assertThat(key.verify(data, Crypto.sm2Der(signature))).isTrue();
        assertThat(key.verify(data, new byte[] {0x30, 0x02, 0x05, 0x00})).isFalse();
    }
}
