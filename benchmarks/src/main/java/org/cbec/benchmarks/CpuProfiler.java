package org.cbec.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's JVM per operation ({@code ·cpu.ms/op}): the process CPU time (every thread: the
 * benchmark's, the store's committer, the client's workers and poller, the JIT and the collector) spent during a
 * measurement iteration, divided by the operations it completed. Far less sensitive to other load on a shared machine
 * than throughput, which counts the time others take too. {@code ·cpu.peer.ms/op} is the part of it spent by a loopback
 * peer in the same JVM (the end-to-end benchmark's {@link LocalGateway}: its {@code local-gateway} threads and the JDK
 * server's {@code HTTP-Dispatcher}), to subtract for the SDK's own cost. Use: {@code -prof org.cbec.benchmarks.CpuProfiler}
 * with a throughput benchmark.
 *
 * <pre>{@code
 * java -jar benchmarks.jar EndToEndBenchmark.submit -prof org.cbec.benchmarks.CpuProfiler
 * }</pre>
 */
public final class CpuProfiler implements InternalProfiler {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long cpuAtStart;
    private long wallAtStart;
    private Map<Long, Long> peerAtStart = Map.of();

    @Override
    public String getDescription() {
        return "process CPU time per operation (ms)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = cpu();
        peerAtStart = peerThreads();
        wallAtStart = System.nanoTime();
    }

    /** CPU time of the peer's threads alive now, by thread id. */
    private static Map<Long, Long> peerThreads() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("local-gateway") || t.getThreadName().startsWith("HTTP-Dispatcher"))) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                if (cpu >= 0) {
                    out.put(t.getThreadId(), cpu);
                }
            }
        }
        return out;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = cpu() - cpuAtStart;
        long peer = 0;
        for (Map.Entry<Long, Long> e : peerThreads().entrySet()) {
            peer += e.getValue() - peerAtStart.getOrDefault(e.getKey(), 0L);
        }
        double seconds = (System.nanoTime() - wallAtStart) / 1e9;
        // a throughput score is operations per second of the iteration (all threads together)
        double ops = result.getPrimaryResult().getScore() * seconds
                * benchmarkParams.getTimeUnit().convert(1, java.util.concurrent.TimeUnit.SECONDS);
        double perOp = ops > 0 ? cpu / 1e6 / ops : Double.NaN;
        return List.of(new ScalarResult("cpu.ms/op", perOp, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.peer.ms/op", ops > 0 ? peer / 1e6 / ops : Double.NaN, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.cores", cpu / 1e9 / seconds, "cores", AggregationPolicy.AVG));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
