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
import java.util.stream.Stream;

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
 * a core lengthens the iteration but hardly this. {@code ·cpu.jit.ms/op} is the part of it the JIT compiler threads
 * spent: near zero once the JVM is warm, so it tells whether an iteration measured a steady state. {@code ·cpu.peer.ms/op}
 * is the CPU time of the peer processes a benchmark registered with {@link #countAsPeer} (the end-to-end benchmark's
 * gateway process, the PostgreSQL server of the claim benchmark: each with its child processes, e.g. the server's
 * backends) per operation, apart from the SDK's own. {@code ·written.kb/op} is what the JVM handed to {@code write}
 * calls per operation (files and sockets: for the end-to-end benchmark the H2 store's writes and the HTTP requests).
 * {@code ·cpu.cores} is the JVM's CPU time per second of the iteration. The readings come from {@code /proc} (the JVM's
 * own total from its management bean), so on Linux only ({@code NaN} elsewhere). Use
 * {@code -prof org.cbec.benchmarks.CpuProfiler} with a throughput benchmark:
 *
 * <pre>{@code
 * java -jar benchmarks.jar EndToEndBenchmark.submit -prof org.cbec.benchmarks.CpuProfiler
 * }</pre>
 *
 * <p>JMH runs a trial's teardown inside its last iteration, before the profilers' end of iteration: a benchmark calls
 * {@link #trialEnds} first thing in its teardown, so that the last iteration ends where its operations ended (the
 * end-to-end teardown waits for the messages in flight and closes the store, work no iteration's score counts).
 */
public final class CpuProfiler implements InternalProfiler {

    /** {@code /proc} reports CPU time in USER_HZ ticks, 100 per second on Linux whatever the kernel's own HZ. */
    private static final double MS_PER_TICK = 10;
    /** Peer pid → its CPU ms when last read: a peer that has stopped (the last iteration's teardown) keeps its total. */
    private static final Map<Long, Double> PEERS = new ConcurrentHashMap<>();

    /** The end reading {@link #trialEnds} took in a teardown, for the iteration that teardown ran in; null otherwise. */
    private static volatile Reading trialEnd;

    private Reading start;

    /** The meters at one moment: this JVM's CPU ns, its JIT's CPU ms, the peers' CPU ms, bytes written, wall clock ns. */
    private record Reading(long cpuNs, double jit, double peer, long written, long wallNs) {
        static Reading now() {
            return new Reading(cpu(), jitMs(), peerMs(), bytesWritten(), System.nanoTime());
        }
    }

    /** Counts process {@code pid} and its child processes as the benchmark's peer from now on. */
    static void countAsPeer(long pid) {
        PEERS.put(pid, 0.0);
        peerMs();
    }

    /**
     * Ends the current iteration's measurement now: called first thing in a trial's teardown, which JMH runs inside the
     * last iteration, before {@link #afterIteration} (and before a peer stops and can no longer be read).
     */
    static void trialEnds() {
        trialEnd = Reading.now();
    }

    @Override
    public String getDescription() {
        return "CPU time per operation (ms) of the benchmark's JVM and, apart, of its peer processes";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        trialEnd = null;
        start = Reading.now();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        Reading end = trialEnd != null ? trialEnd : Reading.now();
        trialEnd = null;
        long cpu = end.cpuNs() - start.cpuNs();
        double seconds = (end.wallNs() - start.wallNs()) / 1e9;
        // a throughput score is operations per second of the iteration (all threads together)
        double ops = result.getPrimaryResult().getScore() * seconds * benchmarkParams.getTimeUnit().convert(1, TimeUnit.SECONDS);
        double written = end.written() >= 0 && start.written() >= 0 ? end.written() - start.written() : Double.NaN;
        return List.of(new ScalarResult("cpu.ms/op", perOp(cpu / 1e6, ops), "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.jit.ms/op", perOp(end.jit() - start.jit(), ops), "ms/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.peer.ms/op", PEERS.isEmpty() ? Double.NaN : perOp(end.peer() - start.peer(), ops), "ms/op",
                        AggregationPolicy.AVG),
                new ScalarResult("written.kb/op", perOp(written / 1024, ops), "KB/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.cores", cpu / 1e9 / seconds, "cores", AggregationPolicy.AVG));
    }

    private static double perOp(double total, double ops) {
        return ops > 0 ? total / ops : Double.NaN;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Bytes this JVM handed to write calls so far ({@code wchar} of {@code /proc/self/io}), or -1 without it. */
    private static long bytesWritten() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring("wchar:".length()).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: NaN per operation
        }
        return -1;
    }

    /**
     * CPU ms of this JVM's JIT compiler threads so far ("C1 CompilerThre…", "C2 CompilerThre…" in
     * {@code /proc/self/task}; a compiler thread that ended between listing and reading is left out), NaN without /proc.
     */
    private static double jitMs() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.mapToDouble(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                        return 0;
                    }
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
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
