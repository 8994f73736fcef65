package org.cbec.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.cbec.core.error.CebException;
import org.cbec.core.signature.TrustPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which signing certificates a command trusts: {@code --trust FILE|DIR} (repeatable), {@code --cert FILE} (the same,
 * kept from earlier releases), {@code --trust-store FILE} with {@code --trust-store-password-env VAR},
 * {@code --at-signing-time}, or, explicitly and with a warning, {@code --trust-embedded}. Nothing given trusts nothing:
 * an intact signature is then {@code UNTRUSTED_CERTIFICATE}.
 *
 * <pre>{@code
 * @Mixin
 * private TrustOptions trust;
 * ...
 * TrustPolicy policy = trust.policy(parent::environment);
 * }</pre>
 */
final class TrustOptions {

    @Option(names = "--trust", paramLabel = "FILE|DIR",
            description = "Trust these certificates or CAs: a PEM/DER file (a PEM may hold several) or a directory of *.pem, *.crt, *.cer, *.der. "
                    + "Repeatable. A signer is trusted when its certificate is one of them or chains to one.")
    private List<Path> trust = List.of();

    @Option(names = "--cert", paramLabel = "CERT.pem", description = "Trust exactly this certificate (PEM or DER); as --trust FILE.")
    private List<Path> cert = List.of();

    @Option(names = "--trust-store", paramLabel = "FILE", description = "Trust the certificates of this PKCS#12 or JKS trust store.")
    private Path trustStore;

    @Option(names = "--trust-store-password-env", paramLabel = "VAR",
            description = "The environment variable holding the trust store's password (none when not given).")
    private String trustStorePasswordEnv;

    @Option(names = "--at-signing-time",
            description = "Check certificate validity at the message's signing time (its appTime) instead of now; for archived messages.")
    private boolean atSigningTime;

    @Option(names = "--trust-embedded",
            description = "INSECURE: trust whatever certificate each message carries (anyone can make one). Proves a message is intact, "
                    + "not who signed it; a warning is printed per file.")
    private boolean trustEmbedded;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    /** Whether {@code --trust-embedded} was given. */
    boolean embedded() {
        return trustEmbedded;
    }

    /**
     * The policy the options describe.
     *
     * @param environment looks up {@code --trust-store-password-env}
     * @throws MessageFiles.Unusable     when a trust file or store cannot be read
     * @throws ParameterException        when the options contradict each other
     */
    TrustPolicy policy(Function<String, String> environment) throws MessageFiles.Unusable {
        boolean configured = !trust.isEmpty() || !cert.isEmpty() || trustStore != null;
        if (trustEmbedded && configured) {
            throw new ParameterException(spec.commandLine(), "--trust-embedded trusts any certificate; it cannot be combined with --trust, --cert or --trust-store");
        }
        if (trustEmbedded) {
            return TrustPolicy.embeddedCertificate();
        }
        if (!configured) {
            return TrustPolicy.none();
        }
        TrustPolicy.Builder b = TrustPolicy.custom().validityAtSigningTime(atSigningTime);
        Path current = null;
        try {
            for (Path p : cert) {
                current = p;
                b.trust(MessageFiles.certificate(p));
            }
            for (Path p : trust) {
                current = p;
                b.trust(p);
            }
            if (trustStore != null) {
                current = trustStore;
                char[] password = password(environment);
                try {
                    b.trustStore(trustStore, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        } catch (CebException e) {
            throw new MessageFiles.Unusable(FileOutcome.failed(current.toString(), FileOutcome.Status.UNREADABLE,
                    e.getMessage().startsWith(current.toString() + ": ") ? e.getMessage().substring(current.toString().length() + 2) : e.getMessage(),
                    e.code()));
        }
        return b.build();
    }

    private char[] password(Function<String, String> environment) {
        if (trustStorePasswordEnv == null) {
            return new char[0];
        }
        String value = environment.apply(trustStorePasswordEnv);
        if (value == null) {
            throw new ParameterException(spec.commandLine(), "--trust-store-password-env names " + trustStorePasswordEnv + ", which is not set");
        }
        return value.toCharArray();
    }
}
