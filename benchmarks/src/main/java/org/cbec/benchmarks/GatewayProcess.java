package org.cbec.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LocalGateway} in a JVM of its own (same Java, same class path, {@code TCP_NODELAY} on its responses), so that
 * the CPU time of the benchmark's process is the SDK's alone; {@link CpuProfiler} counts the gateway's as its peer's. It stops when {@link #close} closes its standard input,
 * and with the benchmark's process, whose exit closes that input too.
 */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final String url;

    GatewayProcess() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true",
                    "-cp", System.getProperty("java.class.path"), LocalGateway.class.getName())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line == null || !line.startsWith("url=")) {
                process.destroyForcibly();
                throw new IllegalStateException("the gateway process did not start: " + line);
            }
            url = line.substring("url=".length());
            CpuProfiler.countAsPeer(process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the gateway process", e);
        }
    }

    /** The gateway's base URL. */
    String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
