package org.cbec.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.SenderProfile;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.Transports;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.MessageStore;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Ceb621Message;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages per second from submit to their final receipt: {@code submit} submits one five-line CEB621 per operation,
 * {@code submitAsync} one through {@link CebClient#submitAsync}, {@code submitBatch} {@value #BATCH} per invocation
 * with {@link CebClient#submitAll} (score per message); each message is validated, SM2-signed with the software
 * signer, wrapped and stored durably in H2 (before the call returns, or before its future completes), and the
 * client's workers send it over HTTP to a {@link LocalGateway} on loopback, whose release receipt the client polls,
 * records and applies. At most {@value #IN_FLIGHT} messages may be between submit and {@link Status#RELEASED}: a call
 * waits for permits that only releases give back, so in steady state the score is the rate of completed filings,
 * receipts included.
 *
 * <p>The gateway runs in a process of its own ({@link GatewayProcess}), so the CPU time of this process is the SDK's
 * side alone (the client's threads, its H2 store, the submitting threads, the collector and the JIT; the harness's
 * threads only wait): with {@code -prof org.cbec.benchmarks.CpuProfiler}, {@code ·cpu.ms/op} is the SDK's CPU per
 * filing ({@code run.sh}'s {@code e2e_cpu_ms_per_filing}) and {@code ·cpu.peer.ms/op} the gateway's. CPU time hardly
 * depends on what else the machine runs, unlike the rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(4)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class EndToEndBenchmark {

    static final int IN_FLIGHT = 2_000;
    static final int BATCH = 50;

    /**
     * The outbox: {@code h2} (embedded, in a temporary folder; what {@code run.sh} measures) or {@code postgres} (a new
     * schema on {@link BenchPostgres}: the tests' embedded server or {@code $CBEC_BENCH_POSTGRES_URL}), whose server
     * CPU is then counted as a peer beside the gateway's: a message's whole life on PostgreSQL (enqueue with its
     * payload, claim, completion, receipt and status), for the capacity estimate of benchmarks/README.
     */
    @Param({"h2"})
    public String store;

    private final AtomicLong sequence = new AtomicLong();
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private Path dir;
    private GatewayProcess gateway;
    private BenchPostgres postgres;
    private CebClient client;

    /** Starts the gateway and a client with its outbox ({@link #store}). */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = TempDirs.create("cbec-e2e");
        gateway = new GatewayProcess();
        client = CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "东方物通科技(北京)有限公司"))
                .signer(XmlSigner.custom(BenchKeys.sm2()).build())
                .transport(Transports.http(HttpTransportConfig.custom().sendUrl(gateway.url() + "/send")
                        .receiptUrl(gateway.url() + "/receipts").senderId("DXPENT0000458763").maxReceiptsPerPoll(500).build()))
                .store(outbox())
                .config(ClientConfig.custom().signaturesPerMinute(10_000_000).maxConcurrentSends(16).workers(16).claimBatch(64)
                        .idlePoll(Duration.ofMillis(50)).receiptPoll(Duration.ofMillis(10)).build())
                .listener((guid, status, receipt) -> {
                    if (status == Status.RELEASED) {
                        inFlight.release();
                    }
                })
                .build();
    }

    private MessageStore outbox() throws Exception {
        if ("h2".equals(store)) {
            return Stores.h2(dir.resolve("outbox"));
        }
        if (!"postgres".equals(store)) {
            throw new IllegalArgumentException("store is h2 or postgres, not " + store);
        }
        postgres = BenchPostgres.start();
        Properties p = new Properties();
        p.setProperty(Stores.URL, postgres.newSchemaUrl());
        long serverPid = postgres.serverPid();
        if (serverPid > 0) {
            CpuProfiler.countAsPeer(serverPid);
        }
        return Stores.fromProperties(p);
    }

    /** Waits for the messages in flight (bounded), closes the client, the gateway and the server, and deletes the store. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        CpuProfiler.trialEnds();
        inFlight.tryAcquire(IN_FLIGHT, 30, TimeUnit.SECONDS);
        client.close();
        gateway.close();
        if (postgres != null) {
            postgres.close();
        }
        TempDirs.delete(dir);
    }

    /** Submits one CEB621, first waiting until fewer than {@value #IN_FLIGHT} are on their way to release. */
    @Benchmark
    public Submission submit() throws InterruptedException {
        inFlight.acquire();
        return client.submit(Ceb621Fixture.message(sequence.incrementAndGet()));
    }

    /**
     * Submits one CEB621 with {@link CebClient#submitAsync}: validated and signed on this thread, stored by the client's
     * drainer together with whatever other submits are waiting (one durable commit for them all); the future completes
     * at that commit. A submit that fails gives its permit back, so it cannot stall the run.
     */
    @Benchmark
    public CompletableFuture<Submission> submitAsync() throws InterruptedException {
        inFlight.acquire();
        CompletableFuture<Submission> stored = client.submitAsync(Ceb621Fixture.message(sequence.incrementAndGet()));
        stored.whenComplete((s, e) -> {
            if (e != null) {
                inFlight.release();
            }
        });
        return stored;
    }

    /** Submits {@value #BATCH} CEB621s in one {@link CebClient#submitAll}, first waiting until that many more may be on their way. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<Submission> submitBatch() throws InterruptedException {
        inFlight.acquire(BATCH);
        List<Ceb621Message> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(Ceb621Fixture.message(sequence.incrementAndGet()));
        }
        return client.submitAll(batch);
    }
}
