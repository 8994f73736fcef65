package org.cbec.customs.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbec.codegen.Dictionary;
import org.cbec.codegen.DictionaryCodegen;
import org.junit.jupiter.api.Test;

/**
 * The checked-in message classes are exactly what the generator makes of the field dictionary: nobody hand-edited a
 * generated file and nobody changed the dictionary without regenerating.
 *
 * <p>To regenerate after changing {@code src/main/dictionary}, run this test with {@code -Dcbec.regenerate=true}:
 * {@code ./mvnw -B -pl sdk-customs -am test -Dtest=GeneratedSourcesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcbec.regenerate=true}
 */
class GeneratedSourcesTest {

    private static final Path DICTIONARY = Path.of("src/main/dictionary");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void checkedInSourcesEqualARegenerationFromTheDictionary() throws IOException {
        Map<Path, String> generated = new DictionaryCodegen(Dictionary.load(DICTIONARY)).generate();
        if (Boolean.getBoolean("cbec.regenerate")) {
            for (Path stale : generatedFilesOnDisk()) {
                Files.delete(SOURCES.resolve(stale));
            }
            for (Map.Entry<Path, String> e : generated.entrySet()) {
                Files.createDirectories(SOURCES.resolve(e.getKey()).getParent());
                Files.writeString(SOURCES.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }

        assertThat(generatedFilesOnDisk()).as("generated files on disk").isEqualTo(new TreeSet<>(generated.keySet()));
        for (Map.Entry<Path, String> e : generated.entrySet()) {
            assertThat(Files.readString(SOURCES.resolve(e.getKey()), StandardCharsets.UTF_8))
                    .as("%s is out of date; regenerate (see this test's Javadoc)", e.getKey())
                    .isEqualTo(e.getValue());
        }
    }

    private static Set<Path> generatedFilesOnDisk() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(GeneratedSourcesTest::isGenerated)
                    .map(SOURCES::relativize).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean isGenerated(Path p) {
        try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("").equals(DictionaryCodegen.HEADER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
