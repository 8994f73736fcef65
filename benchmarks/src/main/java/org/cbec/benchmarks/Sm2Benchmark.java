package org.cbec.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * certificate), the ceiling of {@code VerifyBenchmark}.
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
}
