package org.cbec.core.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.opentest4j.AssertionFailedError;

/**
 * Tests that need a program Maven does not deliver (xmlsec1, chromium, chromedriver). Tag them with {@link #TAG}: the
 * default build ({@code ./mvnw -B verify}) leaves them out, {@code ./mvnw -B verify -Pexternal-tools} runs them (as
 * {@code .ci/run} does, after installing the programs). A tagged test that runs without its program fails naming the
 * Debian package to install; it never skips.
 *
 * <pre>{@code
 * @Test
 * @Tag(ExternalTools.TAG)
 * void xmlsec1AcceptsTheSignature() {
 *     Path xmlsec1 = ExternalTools.require("xmlsec1");
 *     ...
 * }
 * }</pre>
 */
public final class ExternalTools {

    /** The JUnit 5 tag of tests that need a program from outside Maven; the Maven profile of the same name runs them. */
    public static final String TAG = "external-tools";

    /** The Debian package of each program, where its name differs from the program's or needs a word of its own. */
    private static final Map<String, String> PACKAGES = Map.of(
            "chromedriver", "chromium-driver",
            "openssl", "openssl (OpenSSL 3, with SM2/SM3)");

    private ExternalTools() {
    }

    /**
     * The program's path on {@code PATH}.
     *
     * @throws AssertionFailedError naming the Debian package to install when the program is not on {@code PATH}
     */
    public static Path require(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        throw new AssertionFailedError(program + " is not on PATH, and this test needs it. Install it (Debian/Ubuntu: "
                + "apt-get install " + PACKAGES.getOrDefault(program, program) + ") or leave out -P" + TAG + ".");
    }
}
