package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.cbec.core.testing.ExternalTools;

/**
 * Runs a command-line tool nobody in this project wrote, bounded by a timeout. A tool missing from PATH fails the test
 * naming the Debian package to install ({@link ExternalTools#require}); it is never skipped.
 */
final class ExternalTool {

    /** Exit code and combined output. */
    record Result(int exitCode, String output) {
    }

    private ExternalTool() {
    }

    static Result run(Path workDir, String... command) {
        ExternalTools.require(command[0]);
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
}
