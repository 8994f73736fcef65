package org.cbec.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cbec.core.CebCodec;
import org.cbec.customs.CebMessages;
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
 * Official samples read per second: each operation reads the next sample of the CEB 202205 sample folder (both
 * {@code import} and {@code export}, in turn) with {@link CebCodec#parseAny}, which parses, types and validates it.
 * The samples depart from the schemas as real traffic does (e.g. root {@code CEB214} for {@code CEB214Message}), so
 * they are read leniently ({@link CebMessages#lenientReading()}), which repairs and reports those deviations.
 * The folder is the {@code samples} parameter, by default {@code ../shared/spec/ceb-202205/samples} relative to the
 * working directory (the repository root); {@code run.sh} passes its absolute path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SamplesBenchmark {

    /** The sample folder. */
    @Param("../shared/spec/ceb-202205/samples")
    public String samples;

    private CebCodec codec;
    private byte[][] files;
    private int next;

    /** Loads the samples under {@link #samples}; fails when there is none or one does not read as its type. */
    @Setup
    public void setUp() {
        Path dir = Path.of(samples).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("sample folder " + dir + " does not exist: pass -p samples=<ceb-202205/samples folder>");
        }
        List<Path> names;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> xml = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            if (xml.isEmpty()) {
                throw new IllegalStateException("no *.xml sample under " + dir);
            }
            names = xml;
            files = new byte[xml.size()][];
            for (int i = 0; i < files.length; i++) {
                files[i] = Files.readAllBytes(xml.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the samples under " + dir, e);
        }
        codec = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
        for (int i = 0; i < files.length; i++) {
            CebCodec.Parsed<?> parsed = codec.parseAny(files[i], CebMessages::resolve);
            if (parsed.message() == null) {
                throw new IllegalStateException("sample " + names.get(i) + " does not read as its type: " + parsed.report());
            }
        }
    }

    /** Reads and validates the next sample. */
    @Benchmark
    public CebCodec.Parsed<?> readSample() {
        byte[] f = files[next];
        next = next + 1 == files.length ? 0 : next + 1;
        return codec.parseAny(f, CebMessages::resolve);
    }
}
