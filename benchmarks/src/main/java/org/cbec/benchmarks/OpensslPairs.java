package org.cbec.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Interleaves openssl with the SDK: with {@code -Dcbec.openssl.pairs=<file>}, {@code openssl speed -elapsed -mr} of
 * the benchmark's algorithm ({@code rsa1024} for a benchmark named {@code rsa…}, else {@code sm2}) runs before each
 * measurement iteration, while the benchmark's JVM waits, and its sign/s and verify/s are appended to the file as
 * {@code <benchmark> <sign/s> <verify/s>}. Iteration {@code i} of the SDK and the openssl run just before it are one
 * pair (A B A B …): a busy minute then weighs on both sides of that pair's ratio, and {@code run.sh} reports the median
 * ratio of the pairs with its minimum and maximum. Without the property nothing happens. {@code -Dcbec.openssl.seconds}
 * (default 1) is openssl's time per operation.
 */
@State(Scope.Benchmark)
public class OpensslPairs {

    /** Runs openssl before a measurement iteration when asked to. */
    @Setup(Level.Iteration)
    public void measureOpenssl(BenchmarkParams benchmark, IterationParams iteration) throws InterruptedException {
        String file = System.getProperty("cbec.openssl.pairs");
        if (file == null || iteration.getType() != IterationType.MEASUREMENT) {
            return;
        }
        String name = benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
        String algorithm = name.startsWith("rsa") ? "rsa1024" : "sm2";
        String seconds = System.getProperty("cbec.openssl.seconds", "1");
        try {
            Process p = new ProcessBuilder("openssl", "speed", "-elapsed", "-mr", "-seconds", seconds, algorithm)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5L * Integer.parseInt(seconds) + 30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("openssl speed " + algorithm + " failed:\n" + out);
            }
            Files.write(Path.of(file), List.of(name + " " + rates(out, algorithm)), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run openssl speed " + algorithm, e);
        }
    }

    /** {@code <sign/s> <verify/s>} from the last {@code +F} line of {@code openssl speed -mr}. */
    static String rates(String out, String algorithm) {
        String last = null;
        for (String line : out.split("\n")) {
            if (line.startsWith("+F")) {
                last = line.strip();
            }
        }
        if (last == null) {
            throw new IllegalStateException("no +F line in the output of openssl speed -mr " + algorithm + ":\n" + out);
        }
        String[] fields = last.split(":");
        return Double.parseDouble(fields[fields.length - 2]) + " " + Double.parseDouble(fields[fields.length - 1]);
    }
}
