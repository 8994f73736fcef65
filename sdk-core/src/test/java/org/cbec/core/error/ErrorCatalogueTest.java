package org.cbec.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link ErrorCode} is the only place an error code is defined, every public exception of every module is a
 * {@link CebException}, and the README's "Errors" section lists the whole catalogue. Reads the sources of every module
 * of the repository (this test runs in sdk-core, which every module depends on).
 */
class ErrorCatalogueTest {

    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
    private static final Pattern PUBLIC_EXCEPTION = Pattern.compile(
            "public (?:final |abstract )?class (\\w+) extends (RuntimeException|Exception|IllegalStateException|IllegalArgumentException|UncheckedIOException|IOException)\\b");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sdk-core")) && Files.exists(p.resolve("README.md"))) {
                return p;
            }
        }
        throw new AssertionError("repository root (with sdk-core/ and README.md) not found above " + Path.of("").toAbsolutePath());
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
                    && !f.toString().contains("/target/") && !f.getFileName().toString().equals("ErrorCode.java")).toList();
        }
    }

    @Test
    void noCodeOfTheCatalogueIsWrittenOutAnywhereElse() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : mainSources()) {
            Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                if (CODES.contains(m.group(1))) {
                    found.add(root().relativize(f) + ": \"" + m.group(1) + "\" (use ErrorCode." + m.group(1) + ")");
                }
            }
        }
        assertThat(found).as("error codes written as text outside ErrorCode").isEmpty();
    }

    @Test
    void everyPublicExceptionOfEveryModuleIsACebException() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : mainSources()) {
            Matcher m = PUBLIC_EXCEPTION.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                if (!m.group(1).equals("CebException")) {
                    found.add(root().relativize(f) + ": " + m.group(1) + " extends " + m.group(2));
                }
            }
        }
        assertThat(found).as("public exceptions that do not extend CebException").isEmpty();
    }

    @Test
    void theReadmeErrorsSectionListsExactlyTheCatalogue() throws IOException {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Errors");
        assertThat(start).as("README.md has an '## Errors' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\| (yes|no) \\|").matcher(section);
        while (row.find()) {
            listed.add(row.group(1));
            assertThat(row.group(2)).as("retryable of " + row.group(1)).isEqualTo(ErrorCode.valueOf(row.group(1)).retryable() ? "yes" : "no");
        }
        assertThat(listed).as("codes in the README's Errors table").isEqualTo(new TreeSet<>(CODES));
    }

    @Test
    void everyCodeSaysWhatItMeansAndWhatToDo() {
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(c.meaning()).as(c.code()).isNotBlank().endsWith(".");
            assertThat(c.whatToDo()).as(c.code()).isNotBlank();
            assertThat(new CebException(c, "x").retryable()).isEqualTo(c.retryable());
        }
    }
}
