package org.cbec.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./mvnw package} built for people who install the command rather than a dependency: the distribution
 * archives {@code target/cbec-VERSION.tar.gz} and {@code .zip} and the build's own launcher {@code target/cbec}, each run
 * the way a user would, in a separate JVM. Runs in {@code verify} (failsafe), after {@code package}.
 */
class CbecDistributionIT {

    private static final String VERSION = System.getProperty("cbec.version");
    private static final Path ARCHIVES = Path.of(System.getProperty("cbec.distribution"));

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpackTheTarGz() throws Exception {
        Result tar = run(unpacked, "tar", "-xzf", archive("tar.gz").toString());
        assertThat(tar.exitCode()).as(tar.output()).isZero();
        home = unpacked.resolve("cbec-" + VERSION);
    }

    @Test
    void theUnpackedLauncherPrintsTheVersion() throws Exception {
        assertThat(home.resolve("bin/cbec")).isExecutable();

        Result r = run(unpacked, home.resolve("bin/cbec").toString(), "--version");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).isEqualTo("cbec " + VERSION + " (CEB 202205)\n");
    }

    @Test
    void theLauncherRunsACommandFromTheJarsInLib() throws Exception {
        Result r = run(unpacked, home.resolve("bin/cbec").toString(), "validate", OfficialSpec.sample("import/CEB411Message.xml").toString());

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).startsWith("OK ").contains("CEB411Message.xml");
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            assertThat(lib.map(p -> p.getFileName().toString()))
                    .contains("sdk-cli-" + VERSION + ".jar", "sdk-core-" + VERSION + ".jar", "sdk-mock-" + VERSION + ".jar")
                    .anyMatch(n -> n.startsWith("picocli-"))
                    .noneMatch(n -> n.startsWith("junit-"));
        }
    }

    @Test
    void aSymbolicLinkToTheLauncherFindsTheJars() throws Exception {
        Path onPath = Files.createDirectories(unpacked.resolve("usr-local-bin"));
        Files.createSymbolicLink(onPath.resolve("cbec"), home.resolve("bin/cbec"));

        Result r = run(onPath, onPath.resolve("cbec").toString(), "--version");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).startsWith("cbec " + VERSION);
    }

    @Test
    void theZipHoldsWhatTheTarGzHoldsWithTheWindowsLauncherInCrLf() throws Exception {
        TreeSet<String> zipped = new TreeSet<>();
        String bat;
        try (ZipFile zip = new ZipFile(archive("zip").toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zipped::add);
            bat = new String(zip.getInputStream(zip.getEntry("cbec-" + VERSION + "/bin/cbec.bat")).readAllBytes(), UTF_8);
        }
        TreeSet<String> tarred = new TreeSet<>();
        try (Stream<Path> files = Files.walk(home)) {
            files.filter(Files::isRegularFile).map(f -> unpacked.relativize(f).toString().replace('\\', '/')).forEach(tarred::add);
        }

        assertThat(zipped).isEqualTo(tarred).contains("cbec-" + VERSION + "/bin/cbec", "cbec-" + VERSION + "/bin/cbec_completion",
                "cbec-" + VERSION + "/LICENSE");
        assertThat(bat).contains("org.cbec.cli.CbecCommand %*\r\n").doesNotContain("\n\n").doesNotMatch("(?s).*[^\r]\n.*");
    }

    @Test
    void theBuildsOwnLauncherRunsCbecJar() throws Exception {
        Path target = ARCHIVES.getParent();

        Result r = run(target, target.resolve("cbec").toString(), "--version");

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).isEqualTo("cbec " + VERSION + " (CEB 202205)\n");
    }

    private static Path archive(String extension) {
        Path archive = Path.of(ARCHIVES + "." + extension);
        assertThat(archive).as("built by ./mvnw package").isRegularFile();
        return archive;
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a command with this JVM's Java as JAVA_HOME, as a user's shell would; at most a minute. */
    private static Result run(Path workDir, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(unpacked, "output", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), Files.readString(output, UTF_8));
    }
}
