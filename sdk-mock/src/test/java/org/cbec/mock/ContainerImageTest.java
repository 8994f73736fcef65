package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The container image definition ({@code sdk-mock/Dockerfile}) cannot be built here (no Docker engine), so this proves
 * what can be proved without one: its entry point runs the standalone jar with options the jar accepts, listening on
 * every interface (a container's loopback is unreachable from outside), and options given after the image name
 * override its defaults, as its comment promises.
 */
class ContainerImageTest {

    @TempDir
    Path data;

    @Test
    void theEntryPointRunsTheStandaloneJarWithOptionsItAccepts() throws Exception {
        List<String> entryPoint = entryPoint();

        assertThat(entryPoint).startsWith("java", "-jar", "/opt/cbec/cbec-mock.jar").containsSequence("--bind", "0.0.0.0");
        assertThat(MockSingleWindowMain.parse(options(entryPoint).toArray(String[]::new))).isNotNull();
        assertThat(Files.readString(Path.of("Dockerfile"))).contains("COPY target/cbec-mock.jar /opt/cbec/cbec-mock.jar");
    }

    @Test
    void optionsAfterTheImageNameOverrideTheDefaults() throws Exception {
        List<String> args = options(entryPoint());
        // docker run IMAGE --port 0 --bind 127.0.0.1 --data DIR: appended to the entry point's options
        args.addAll(List.of("--port", "0", "--bind", "127.0.0.1", "--data", data.toString()));

        try (MockSingleWindow mock = MockSingleWindowMain.parse(args.toArray(String[]::new)).start()) {
            assertThat(mock.url().getHost()).isEqualTo("127.0.0.1");
            assertThat(mock.url().getPort()).isNotEqualTo(8080);
        }
    }

    private static List<String> entryPoint() throws Exception {
        String line = Files.readAllLines(Path.of("Dockerfile")).stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst()
                .orElseThrow(() -> new AssertionError("sdk-mock/Dockerfile has no ENTRYPOINT"));
        return Arrays.asList(new ObjectMapper().readValue(line.substring("ENTRYPOINT ".length()), String[].class));
    }

    private static List<String> options(List<String> entryPoint) {
        return new ArrayList<>(entryPoint.subList(3, entryPoint.size()));
    }
}
