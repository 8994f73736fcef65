package org.cbec.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.mock.TestKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cbec keygen --test}: writes a throwaway signing key for tests, {@code DIR/key.pem} (unencrypted PKCS#8,
 * readable by its owner only) and {@code DIR/cert.pem}, a self-signed certificate whose subject says TEST
 * ({@code OU=TEST}), made by sdk-mock's {@link TestKeys}. {@code cbec mock --trust DIR} trusts it; customs never does,
 * and {@code CebClient} warns when it signs with it for anything but loopback. A real key comes with the company's
 * E-Port card or from customs' CA, never from here: without {@code --test} the command refuses.
 *
 * <pre>{@code
 * $ cbec keygen --test --profile sm2 --out test-key
 * wrote test-key/key.pem (PKCS#8, SM2) and test-key/cert.pem (CN=cbec-sdk TEST SM2 key,OU=TEST,O=NOT FOR CUSTOMS FILING, serial 3f9a..., valid until 2029-11-23)
 * $ cbec mock --trust test-key &
 * $ cbec sign --key test-key/key.pem --cert test-key/cert.pem --out signed.xml order.xml
 * }</pre>
 *
 * <p>Exit code: 0 written; 2 {@code --test} missing, a file already there (never overwritten), or the directory cannot be
 * written.
 */
@Command(name = "keygen",
        description = {"Write a throwaway TEST signing key: DIR/key.pem (PKCS#8) and DIR/cert.pem (self-signed, subject OU=TEST).",
                "Only the mock trusts it (cbec mock --trust DIR); customs refuses it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:written",
                "2:--test missing, key.pem or cert.pem already there (never overwritten), or DIR cannot be written"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec keygen --test --profile sm2 --out test-key",
                "  cbec mock --trust test-key &",
                "  cbec sign --key test-key/key.pem --cert test-key/cert.pem --out signed.xml order.xml"})
public final class KeygenCommand implements Callable<Integer> {

    /** The {@code --profile} values: the key type. */
    enum Profile {
        sm2(KeyAlgorithm.SM2),
        rsa(KeyAlgorithm.RSA);

        final KeyAlgorithm algorithm;

        Profile(KeyAlgorithm algorithm) {
            this.algorithm = algorithm;
        }
    }

    @Option(names = "--test", description = "Required: the key is for tests only (its certificate says TEST).")
    private boolean test;

    @Option(names = "--profile", defaultValue = "sm2", paramLabel = "sm2|rsa",
            description = "Key type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}): SM2 for the SM2/SM3 profile, RSA-2048 for RSA.")
    private Profile profile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write key.pem and cert.pem to (created if missing).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!test) {
            throw new ParameterException(spec.commandLine(), "cbec keygen only makes test keys: pass --test (a real key comes with the"
                    + " company's E-Port card or from customs' CA)");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        TestKeys.TestKey key = TestKeys.of(profile.algorithm);
        try {
            key.writeTo(out);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("cbec: keygen: " + e.getMessage());
            return CbecCommand.EXIT_UNUSABLE;
        }
        stdout.printf("wrote %s (PKCS#8, %s) and %s (%s, serial %s, valid until %s)%n", out.resolve("key.pem"), profile.algorithm,
                out.resolve("cert.pem"), key.certificate().getSubjectX500Principal().getName(), Certificates.serialHex(key.certificate()),
                key.certificate().getNotAfter().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
        stdout.printf("TEST ONLY: customs refuses this certificate. The mock trusts it with: cbec mock --trust %s%n", out);
        return CbecCommand.EXIT_OK;
    }
}
