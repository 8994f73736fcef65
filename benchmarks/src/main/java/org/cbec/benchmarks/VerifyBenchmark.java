package org.cbec.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.XmlVerifier;
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
 * Verified messages per second: read an SM2-signed five-line CEB621, canonicalize it, check digest and signature
 * with {@link XmlVerifier#verify(byte[])} (its streaming path, no DOM), and decide trust (the signer's certificate pinned). The XML stack needs about ten seconds of warm-up, hence the longer default
 * warm-up; lengthen with {@code -wi -w -i -r}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 3, time = 2)
public class VerifyBenchmark {

    private XmlVerifier verifier;
    private byte[] signed;

    /** Signs the message to verify and checks that it verifies. */
    @Setup
    public void setUp() {
        Signer key = BenchKeys.sm2();
        signed = CebCodec.ofDefaults().writeSigned(Ceb621Fixture.message(1), XmlSigner.custom(key).build());
        verifier = XmlVerifier.custom().trust(key.certificate()).build();   // pinned: the trusted path is what is measured
        VerificationResult result = verifier.verify(signed);
        if (!result.valid()) {
            throw new IllegalStateException("the benchmark message does not verify: " + result.detail());
        }
    }

    /** Verifies an SM2-SM3 signed CEB621 ({@code openssl speed sm2} between iterations when {@link OpensslPairs} is asked to). */
    @Benchmark
    public VerificationResult sm2VerifyCeb621(OpensslPairs openssl) {
        return verifier.verify(signed);
    }
}
