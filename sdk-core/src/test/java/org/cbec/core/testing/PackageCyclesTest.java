package org.cbec.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PackageCycles} finds the cycles jdeps sees and allows only a package with its own internal/spi subpackages. */
class PackageCyclesTest {

    @TempDir
    Path dir;

    /** Compiles {@code sources} (fully qualified class name to the package it uses) into {@code dir/classes}. */
    private Path compile(Map<String, String> uses) throws IOException {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : uses.entrySet()) {
            String fqn = e.getKey();
            String pkg = fqn.substring(0, fqn.lastIndexOf('.'));
            String name = fqn.substring(fqn.lastIndexOf('.') + 1);
            Path file = src.resolve(fqn.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            String body = e.getValue() == null ? "" : "    " + e.getValue() + " other;\n";
            Files.writeString(file, "package " + pkg + ";\npublic class " + name + " {\n" + body + "}\n");
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
        args.addAll(files);
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
        return classes;
    }

    @Test
    void namesTwoPackagesThatNeedEachOther() throws IOException {
        Path classes = compile(Map.of("a.root.Codec", "a.root.model.Node", "a.root.model.Node", "a.root.Codec"));
        assertThat(PackageCycles.of(classes)).containsExactly(Set.of("a.root", "a.root.model"));
        assertThatThrownBy(() -> PackageCycles.assertNone(classes)).hasMessageContaining("a.root <-> a.root.model");
    }

    @Test
    void allowsAPackageWithItsOwnInternalAndSpiSubpackages() throws IOException {
        Path classes = compile(Map.of("a.client.Client", "a.client.internal.Impl", "a.client.internal.Impl", "a.client.spi.Store",
                "a.client.spi.Store", "a.client.Client"));
        assertThat(PackageCycles.of(classes)).isEmpty();
    }

    @Test
    void namesAnSpiThatDependsOnItsImplementations() throws IOException {
        Path classes = compile(Map.of("a.tax.spi.Table", "a.tax.internal.MapTable", "a.tax.internal.MapTable", "a.tax.spi.Table"));
        assertThat(PackageCycles.of(classes)).containsExactly(Set.of("a.tax.internal", "a.tax.spi"));
    }
}
