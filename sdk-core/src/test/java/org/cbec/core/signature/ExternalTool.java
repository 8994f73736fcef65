package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command-line tool nobody in this project wrote, bounded by a timeout. A tool missing from PATH fails the test
 * with an install hint; it is never skipped.
 */
final class ExternalTool {

    /** Exit code and combined output. */
    record Result(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    static Result run(Path workDir, String... command) {
        requireOnPath(command[0]);
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return fail(String.join(" ", command) + " did not finish within 60 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return fail("cannot run " + Arrays.toString(command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static void requireOnPath(String tool) {
        List<String> dirs = new ArrayList<>(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        for (String d : dirs) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return;
            }
        }
        fail(tool + " is not on PATH; this proof test needs it. Install with: apt-get install " + tool
                + (tool.equals("openssl") ? " (OpenSSL 3 with SM2/SM3)" : ""));
    }
}
