package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The standalone {@code cbec-mock.jar} (built by package, run here as a process) serves the console: the page, its
 * assets from the jar, and its JSON endpoints. {@code ConsoleBrowserTest} drives the same page in a browser.
 */
@Timeout(120)
class CbecMockJarIT {

    @Test
    void theStandaloneJarServesTheConsoleAndItsEndpoints() throws Exception {
        Path jar = Path.of(System.getProperty("cbec.mock.jar", "target/cbec-mock.jar"));
        assertThat(jar).as("cbec-mock.jar is built by package before this test").exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process mock = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8))) {
            URI console = CompletableFuture.supplyAsync(() -> consoleUrl(out)).get(60, TimeUnit.SECONDS); // bounded, even if it hangs
            assertThat(console).as("the jar prints its console URL").isNotNull();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> page = get(http, console);
            HttpResponse<String> script = get(http, console.resolve("/admin/assets/console.js"));
            HttpResponse<String> style = get(http, console.resolve("/admin/assets/console.css"));
            HttpResponse<String> state = get(http, console.resolve("/admin/api/state"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>cbec mock Single Window · console</title>");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
            assertThat(script.body()).isEqualTo(Files.readString(Path.of("src/main/resources/org/cbec/mock/console/console.js")));
            assertThat(style.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
            assertThat(state.body()).contains("\"zone\":\"Asia/Shanghai (China time, UTC+8)\"", "\"tokenRequired\":false", "\"name\":\"hold\"");
        } finally {
            mock.destroy();
            mock.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The console URL from the lines the jar prints at start, or {@code null} when it ends without one. */
    private static URI consoleUrl(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.trim().startsWith("console:")) {
                    return URI.create(line.trim().substring("console:".length()).trim());
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
