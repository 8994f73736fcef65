package org.cbec.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, the figure that survives a shared machine: {@code ·cpu.ms/op} is the CPU time of the
 * benchmark's JVM (every thread: the benchmark's, the store's committer, the client's workers and poller, the JIT and
 * the collector) spent during a measurement iteration, divided by the operations it completed; another process taking
 * a core lengthens the iteration but hardly this. {@code ·cpu.peer.ms/op} is the CPU time of the peer processes a
 * benchmark registered with {@link #countAsPeer} (the end-to-end benchmark's gateway process, the PostgreSQL server of
 * the claim benchmark: each with its child processes, e.g. the server's backends) per operation, apart from the SDK's
 * own; read from {@code /proc}, so on Linux only ({@code NaN} elsewhere). {@code ·cpu.cores} is the JVM's CPU time per
 * second of the iteration. Use {@code -prof org.cbec.benchmarks.CpuProfiler} with a throughput benchmark:
 *
 * <pre>{@code
 * java -jar benchmarks.jar EndToEndBenchmark.submit -prof org.cbec.benchmarks.CpuProfiler
 * }</pre>
 */
public final class CpuProfiler implements InternalProfiler {

    /** {@code /proc} reports CPU time in USER_HZ ticks, 100 per second on Linux whatever the kernel's own HZ. */
    private static final double MS_PER_TICK = 10;
    /** Peer pid → its CPU ms when last read: a peer that has stopped (the last iteration's teardown) keeps its total. */
    private static final Map<Long, Double> PEERS = new ConcurrentHashMap<>();

    private long cpuAtStart;
    private double peerAtStart;
    private long wallAtStart;

    /** Counts process {@code pid} and its child processes as the benchmark's peer from now on. */
    static void countAsPeer(long pid) {
        PEERS.put(pid, 0.0);
        peerMs();
    }

    /**
     * Takes a last reading of the peers before one of them stops: JMH runs a trial's teardown inside its last
     * iteration, before {@link #afterIteration}, when the stopped peer can no longer be read.
     */
    static void peerStops() {
        peerMs();
    }

    @Override
    public String getDescription() {
        return "CPU time per operation (ms) of the benchmark's JVM and, apart, of its peer processes";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = cpu();
        peerAtStart = peerMs();
        wallAtStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = cpu() - cpuAtStart;
        double peer = peerMs() - peerAtStart;
        double seconds = (System.nanoTime() - wallAtStart) / 1e9;
        // a throughput score is operations per second of the iteration (all threads together)
        double ops = result.getPrimaryResult().getScore() * seconds * benchmarkParams.getTimeUnit().convert(1, TimeUnit.SECONDS);
        return List.of(new ScalarResult("cpu.ms/op", ops > 0 ? cpu / 1e6 / ops : Double.NaN, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.peer.ms/op", ops > 0 && !PEERS.isEmpty() ? peer / ops : Double.NaN, "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.cores", cpu / 1e9 / seconds, "cores", AggregationPolicy.AVG));
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU ms of the peers so far: each one's own and its reaped children's time plus its live children's, or, for one
     * that can no longer be read, the total it had when last read.
     */
    private static double peerMs() {
        double ms = 0;
        for (Map.Entry<Long, Double> peer : PEERS.entrySet()) {
            long[] own = ticks(peer.getKey());
            if (own != null) {
                double total = (own[0] + own[1] + own[2] + own[3]) * MS_PER_TICK;
                for (long child : children(peer.getKey())) {
                    long[] c = ticks(child);
                    total += c == null ? 0 : (c[0] + c[1]) * MS_PER_TICK;
                }
                peer.setValue(total);
            }
            ms += peer.getValue();
        }
        return ms;
    }

    /** utime, stime, cutime, cstime of {@code /proc/<pid>/stat}; null when the process is gone or there is no /proc. */
    private static long[] ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces: state is field 3
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<Long> children(long pid) {
        try {
            String list = Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children")).strip();
            return list.isEmpty() ? List.of() : Arrays.stream(list.split(" ")).map(Long::valueOf).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The parent process id of {@code pid} (field 4 of {@code /proc/<pid>/stat}), e.g. a PostgreSQL backend's server. */
    static long parentOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
