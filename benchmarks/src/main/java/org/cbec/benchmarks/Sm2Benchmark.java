package org.cbec.benchmarks;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.cbec.core.signature.internal.Sm2;
import org.cbec.core.signature.internal.Sm2BaseMultiplier;
import org.cbec.core.signature.internal.Sm2SigningKey;
import org.cbec.core.signature.internal.VerifyingKeys;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reference figure: the SDK's software SM2 signer alone ({@link Signer#sign(byte[])}: SM3 with the user-id prefix,
 * SM2 on the optimised curve, plain {@code r‖s}) over a SignedInfo-sized input, without any XML work; and the
 * verifier's SM2 check alone ({@link VerifyingKeys.Key#verify}, the prepared key {@code XmlVerifier} caches per
 * certificate), the ceiling of {@code VerifyBenchmark}. The {@code k·G}, {@code sm2SignRaw…} and {@code sm2Verify…} pairs
 * compare the SDK's {@link Sm2BaseMultiplier}, {@link Sm2SigningKey} and comb verification with Bouncy Castle's own
 * fixed-point comb, {@link SM2Signer} and Shamir's trick on the same curve, key and input: the reason the SDK carries
 * its own, re-measured on every run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class Sm2Benchmark {

    private Signer signer;
    private byte[] data;
    private VerifyingKeys.Key verifyingKey;
    private byte[] signature;
    private final BigInteger[] scalars = new BigInteger[256];
    private int next;
    private final Sm2BaseMultiplier sdkComb = new Sm2BaseMultiplier();
    private final FixedPointCombMultiplier bouncyCastleComb = new FixedPointCombMultiplier();
    private Sm2SigningKey sdkSm2;
    private SM2Signer bouncyCastleSm2;
    private SM2Signer bouncyCastleVerifier;

    /** Generates the key and a 700-byte input, about the size of a canonical SignedInfo. */
    @Setup
    public void setUp() {
        signer = BenchKeys.sm2();
        data = "<ds:SignedInfo>".repeat(47).substring(0, 700).getBytes(StandardCharsets.UTF_8);
        verifyingKey = VerifyingKeys.Key.of(signer.certificate());
        signature = signer.sign(data).bytes();
        if (!verifyingKey.verify(data, signature)) {
            throw new IllegalStateException("the benchmark signature does not verify");
        }
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < scalars.length; i++) {
            scalars[i] = new BigInteger(256, random).mod(Sm2.DOMAIN.getN());
        }
        var key = new ParametersWithID(new ParametersWithRandom(Sm2.privateKey(scalars[0]), random), Sm2.USER_ID);
        sdkSm2 = new Sm2SigningKey(scalars[0], random);
        bouncyCastleSm2 = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        bouncyCastleSm2.init(true, key);
        bouncyCastleVerifier = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        bouncyCastleVerifier.init(false, new ParametersWithID(Sm2.publicKey(signer.certificate()), Sm2.USER_ID));
        if (!sm2VerifyBouncyCastle()) {
            throw new IllegalStateException("Bouncy Castle does not verify the benchmark signature");
        }
    }

    /** One SM2-SM3 signature. */
    @Benchmark
    public SignatureValue sm2Sign() {
        return signer.sign(data);
    }

    /** One SM2-SM3 verification with a prepared key, as {@code XmlVerifier} does it for a known certificate. */
    @Benchmark
    public boolean sm2Verify() {
        return verifyingKey.verify(data, signature);
    }

    /**
     * The same check with Bouncy Castle's {@link SM2Signer} as it comes (Shamir's trick, {@code Z} per signer): the
     * before of {@link #sm2Verify()}, whose prepared key uses comb tables of {@code G} and of its point.
     */
    @Benchmark
    public boolean sm2VerifyBouncyCastle() {
        bouncyCastleVerifier.reset();
        bouncyCastleVerifier.update(data, 0, data.length);
        return bouncyCastleVerifier.verifySignature(signature);
    }

    /** {@code k·G} on sm2p256v1 with the SDK's multi-table comb (a new random {@code k} each time, from a ring of 256). */
    @Benchmark
    public ECPoint kgSdkComb() {
        return sdkComb.multiply(Sm2.DOMAIN.getG(), scalars[next++ & 255]).normalize();
    }

    /** {@code k·G} on sm2p256v1 with Bouncy Castle's fixed-point comb, the multiplier its SM2Signer uses by default. */
    @Benchmark
    public ECPoint kgBouncyCastleComb() {
        return bouncyCastleComb.multiply(Sm2.DOMAIN.getG(), scalars[next++ & 255]).normalize();
    }

    /**
     * One raw SM2-SM3 signature with the SDK's {@link Sm2SigningKey} (its comb for {@code k·G}; {@code Z} and
     * {@code (1 + d)^-1} once per key), no certificate or key wrapper around it.
     */
    @Benchmark
    public byte[] sm2SignRawSdk() {
        return sdkSm2.sign(data);
    }

    /** The same with Bouncy Castle's {@link SM2Signer} as it comes: the before of {@link #sm2SignRawSdk()}. */
    @Benchmark
    public byte[] sm2SignRawBouncyCastle() throws CryptoException {
        bouncyCastleSm2.reset();
        bouncyCastleSm2.update(data, 0, data.length);
        return bouncyCastleSm2.generateSignature();
    }
}
