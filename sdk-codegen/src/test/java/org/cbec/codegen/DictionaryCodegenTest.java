package org.cbec.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator against small golden files: a code list, a node with every kind of field, and a message root. To
 * accept a deliberate change of output, run with {@code -Dcbec.regenerate=true} and review the diff of
 * {@code src/test/resources/golden/expected}.
 */
class DictionaryCodegenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void generatesTheGoldenSourcesFromATinyDictionary() throws IOException {
        Map<Path, String> generated = new DictionaryCodegen(Dictionary.load(GOLDEN.resolve("dictionary"))).generate();

        assertThat(generated.keySet()).extracting(Path::toString).containsExactly(
                "org/example/tiny/Colour.java", "org/example/tiny/Line.java", "org/example/tiny/TinyMessage.java");
        for (Map.Entry<Path, String> e : generated.entrySet()) {
            Path expected = GOLDEN.resolve("expected").resolve(e.getKey().getFileName().toString() + ".txt");
            if (Boolean.getBoolean("cbec.regenerate")) {
                Files.writeString(expected, e.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(e.getValue()).as(e.getKey().toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Dictionary d = Dictionary.load(GOLDEN.resolve("dictionary"));

        assertThat(new DictionaryCodegen(d).generate()).isEqualTo(new DictionaryCodegen(d).generate());
    }

    @Test
    void anUndefinedChildReferenceIsReportedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.xml"), "<dictionary package=\"p\"><node name=\"A\" cn=\"a\"><child ref=\"Missing\"/></node></dictionary>");

        assertThatThrownBy(() -> new DictionaryCodegen(Dictionary.load(dir)).generate())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Missing").hasMessageContaining("undefined");
    }

    @Test
    void twoLocalElementsOfOneNameAreDistinctClassesReferencedByClass(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("two.xml"), """
                <dictionary package="p">
                  <node name="Tax" class="TaxBill" cn="a"><field tag="x" cn="x" format="C1" xsd="1"/></node>
                  <node name="Tax" class="TaxState" cn="b"><field tag="y" cn="y" format="C1" xsd="1"/></node>
                  <node name="Root" cn="r"><child ref="TaxBill"/><child ref="TaxState"/></node>
                </dictionary>""");

        Map<Path, String> generated = new DictionaryCodegen(Dictionary.load(dir)).generate();

        assertThat(generated.keySet()).extracting(Path::toString).contains("p/TaxBill.java", "p/TaxState.java");
        assertThat(generated.get(Path.of("p/TaxBill.java"))).contains("builder(\"Tax\", \"a\"");
        assertThat(generated.get(Path.of("p/Root.java"))).contains("TaxBill taxBill", "TaxState taxState");
    }
}
