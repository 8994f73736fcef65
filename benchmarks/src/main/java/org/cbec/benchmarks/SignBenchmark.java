package org.cbec.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.XmlSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signed messages per second: build a five-line CEB621, validate it (the codec's {@code writeCheck}, {@code ALL} by
 * default, {@code NONE} to see the cost of the check), serialize it canonically, digest it and sign the SignedInfo,
 * all through {@link CebCodec#writeSigned} (the fast path, no DOM). Short runs by default; lengthen with the JMH
 * options {@code -wi -w -i -r}, e.g. {@code -wi 5 -w 5 -i 5 -r 10}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SignBenchmark {

    /** The codec's write check. */
    @Param({"ALL", "NONE"})
    public CebCodec.WriteCheck writeCheck;

    private CebCodec codec;
    private XmlSigner sm2;
    private XmlSigner rsa;
    private long sequence;

    /** Generates the keys and builds the codec. */
    @Setup
    public void setUp() {
        codec = CebCodec.builder().writeCheck(writeCheck).build();
        sm2 = XmlSigner.custom(BenchKeys.sm2()).build();
        rsa = XmlSigner.custom(BenchKeys.rsa1024()).profile(SignatureProfile.RSA_SHA1).build();
        codec.writeSigned(Ceb621Fixture.message(0), sm2);
    }

    /**
     * A CEB621 signed SM2-SM3 (chinaport 2022 URIs). Run with {@code -t 2} for the two-thread scaling figure;
     * {@code openssl} runs between iterations when {@link OpensslPairs} is asked to.
     */
    @Benchmark
    public byte[] sm2SignCeb621(OpensslPairs openssl) {
        return codec.writeSigned(Ceb621Fixture.message(++sequence), sm2);
    }

    /** A CEB621 signed RSA-SHA1 with a 1024-bit key ({@code openssl speed rsa1024} between iterations when asked to). */
    @Benchmark
    public byte[] rsaSignCeb621(OpensslPairs openssl) {
        return codec.writeSigned(Ceb621Fixture.message(++sequence), rsa);
    }
}
