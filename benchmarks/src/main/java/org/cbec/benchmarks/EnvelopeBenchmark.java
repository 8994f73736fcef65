package org.cbec.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.XmlSigner;
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

/** {@code DxpMsg} envelopes per second: wrapping a signed CEB621 and writing the envelope; reading it and unwrapping. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EnvelopeBenchmark {

    private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
    private byte[] signed;
    private byte[] envelope;
    private TransInfo info;

    /** Signs the message and wraps it once. */
    @Setup
    public void setUp() {
        signed = CebCodec.ofDefaults().writeSigned(Ceb621Fixture.message(1), XmlSigner.custom(BenchKeys.sm2()).build());
        info = TransInfo.builder().copMsgId(Ceb621Fixture.guid(1)).senderId("DXPENT0000458763")
                .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Instant.parse("2026-11-23T02:30:00Z")).msgType("CEB621Message").build();
        envelope = wrap();
    }

    /** Wraps the signed message in a {@code DxpMsg} and writes it. */
    @Benchmark
    public byte[] wrap() {
        return envelopes.write(envelopes.wrap(signed, info));
    }

    /** Reads the {@code DxpMsg} and takes the message out. */
    @Benchmark
    public byte[] unwrap() {
        return envelopes.unwrap(envelope);
    }
}
