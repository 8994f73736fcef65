package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cbec.core.CebCodec;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit is enforced while reading: {@code /dev/zero}, a 3 GB and a 1.5 GB sparse file are refused with
 * {@code XML_TOO_LARGE} at once by a JVM with a 64 MB heap (before, the CLI read the whole file first: out of memory,
 * reported as exit 1), and one bad file in a directory is that file's outcome while every other is still reported.
 */
class BoundedInputCommandTest {

    @TempDir
    Path dir;

    private Path sparse(String name, long size) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);   // a hole: no disk space is used
        }
        return file;
    }

    /** {@code cbec args} in a child JVM with a 64 MB heap; its exit code and standard error, within 30 s. */
    private static Child cbecIn64MbHeap(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), CbecCommand.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), err);
    }

    private record Child(int exitCode, String err) {
    }

    @Test
    void devZeroAndHugeSparseFilesAreRefusedAsTooLargeWithABoundedHeap() throws Exception {
        Path threeGb = sparse("three.xml", 3L * 1024 * 1024 * 1024);
        Path oneAndAHalfGb = sparse("one-and-a-half.xml", 1536L * 1024 * 1024);

        Child child = cbecIn64MbHeap("validate", "/dev/zero", threeGb.toString(), oneAndAHalfGb.toString());

        assertThat(child.exitCode()).as(child.err()).isEqualTo(2);
        assertThat(child.err().lines().filter(l -> l.endsWith("[XML_TOO_LARGE]"))).hasSize(3);
        assertThat(child.err()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
    }

    @Test
    void devZeroIsRefusedWellUnderASecond() {
        long start = System.nanoTime();
        Cli r = Cli.run("validate", "/dev/zero");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cbec: /dev/zero: unreadable: ").endsWith("[XML_TOO_LARGE]" + System.lineSeparator());
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void oneBadFileInADirectoryIsThatFilesOutcomeAndEveryOtherIsReported() throws Exception {
        Path orders = Files.createDirectories(dir.resolve("orders"));
        byte[] valid = CebCodec.ofDefaults().write(Orders.valid());
        Files.write(orders.resolve("a-valid.xml"), valid);
        sparse("orders/b-huge.xml", 1536L * 1024 * 1024);
        Files.writeString(orders.resolve("c-out-of-range.xml"), new String(valid, StandardCharsets.UTF_8).replace("</ceb:CEB311Message>", "&#x110000;</ceb:CEB311Message>"));
        Files.write(orders.resolve("d-valid.xml"), valid);

        Cli text = Cli.run("validate", orders);
        Cli json = Cli.run("validate", "--format", "json", orders);

        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.out()).contains("OK " + orders.resolve("a-valid.xml")).contains("OK " + orders.resolve("d-valid.xml"));
        assertThat(text.err()).contains(orders.resolve("b-huge.xml") + ": unreadable: ").contains("[XML_TOO_LARGE]")
                .contains(orders.resolve("c-out-of-range.xml") + ": unreadable: ").contains("[XML_MALFORMED]");
        assertThat(json.exitCode()).isEqualTo(2);
        JsonNode files = Json.MAPPER.readTree(json.out()).path("files");
        assertThat(files).hasSize(4);
        assertThat(files).extracting(f -> f.path("status").asText()).containsExactly("valid", "unreadable", "unreadable", "valid");
    }
}
