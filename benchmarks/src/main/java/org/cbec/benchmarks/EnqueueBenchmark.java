package org.cbec.benchmarks;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.spi.EnqueueResult;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.XmlSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable outbox enqueues per second: a signed CEB621, its envelope and two correlation keys into
 * {@link Stores#h2} in a temporary folder, from 16 threads, each returning only once its row is synced (the store's
 * group commit turns concurrent enqueues into one transaction and one sync).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(16)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EnqueueBenchmark {

    private final AtomicLong sequence = new AtomicLong();
    private Path dir;
    private MessageStore store;
    private byte[] signed;
    private byte[] envelope;
    private final byte[] digest = new byte[OutboxEntry.DIGEST_BYTES];

    /** Opens a fresh store and signs the payload once. */
    @Setup(Level.Trial)
    public void setUp() {
        dir = TempDirs.create("cbec-enqueue");
        store = Stores.h2(dir.resolve("outbox"));
        signed = CebCodec.ofDefaults().writeSigned(Ceb621Fixture.message(0), XmlSigner.custom(BenchKeys.sm2()).build());
        DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
        envelope = envelopes.write(envelopes.wrap(signed, TransInfo.builder().copMsgId(Ceb621Fixture.guid(0))
                .senderId("DXPENT0000458763").receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Instant.now())
                .msgType("CEB621Message").build()));
    }

    /** Closes and deletes the store. */
    @TearDown(Level.Trial)
    public void tearDown() {
        CpuProfiler.trialEnds();
        store.close();
        TempDirs.delete(dir);
    }

    /** One durable enqueue. */
    @Benchmark
    public EnqueueResult enqueue() {
        String id = Ceb621Fixture.guid(sequence.incrementAndGet());
        return store.enqueue(new OutboxEntry(id, "CEB621Message", id, signed, envelope, Status.QUEUED,
                List.of(Ceb621Fixture.inventoryGuid(id), "orderNo:" + id), digest));
    }
}
