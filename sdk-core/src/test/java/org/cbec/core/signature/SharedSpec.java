package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the shared specification folder (official samples and XSDs), which is never copied into the repository:
 * system property {@code cbec.shared.dir} (set by surefire), else {@code ../../shared} from the module directory.
 * A missing folder fails the test; it is never skipped.
 */
final class SharedSpec {

    private SharedSpec() {
    }

    static Path dir() {
        String prop = System.getProperty("cbec.shared.dir");
        Path fromProperty = prop == null ? null : Path.of(prop);
        if (fromProperty != null && Files.isDirectory(fromProperty.resolve("spec/ceb-202205"))) {
            return fromProperty;
        }
        Path fallback = Path.of("../../shared").toAbsolutePath().normalize();
        if (Files.isDirectory(fallback.resolve("spec/ceb-202205"))) {
            return fallback;
        }
        return fail("the shared specification folder was not found (system property cbec.shared.dir=" + prop
                + ", fallback " + fallback + "); it must contain spec/ceb-202205/samples and xsd");
    }

    static Path spec() {
        return dir().resolve("spec/ceb-202205");
    }

    static List<Path> samples(String direction) {
        try (Stream<Path> s = Files.list(spec().resolve("samples").resolve(direction))) {
            List<Path> out = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            if (out.isEmpty()) {
                fail("no samples in " + spec().resolve("samples").resolve(direction));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
