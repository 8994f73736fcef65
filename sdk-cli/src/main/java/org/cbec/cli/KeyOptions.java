package org.cbec.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The signing key options that {@code sign} and {@code submit} share, as a picocli argument group: {@code --key} with
 * {@code --cert} (PEM) or {@code --password-env} (PKCS#12), and {@code --profile}. A command declares the group as
 * required ({@code sign}) or optional ({@code submit}: without it, messages must be signed already).
 *
 * <pre>{@code
 * @ArgGroup(exclusive = false, multiplicity = "1")
 * private KeyOptions keyOptions;
 * ...
 * try (Signer signer = keyOptions.signer(spec, parent::environment)) {
 *     XmlSigner xmlSigner = keyOptions.xmlSigner(signer, spec);
 * }
 * }</pre>
 *
 * <p>A password is never a command-line value (other users of the machine could read it): it is taken from the
 * environment variable that {@code --password-env} names, held as a {@code char[]} and wiped once the key is read.
 * Neither the key nor the password is ever printed.
 */
final class KeyOptions {

    /** The {@code --profile} values. */
    enum Profile {
        sm2(SignatureProfile.SM2_SM3),
        rsa(SignatureProfile.RSA_SHA1),
        legacy(SignatureProfile.LEGACY_SM2_SHA1);

        final SignatureProfile profile;

        Profile(SignatureProfile profile) {
            this.profile = profile;
        }
    }

    @Option(names = "--key", required = true, paramLabel = "KEY.pem|KEY.p12",
            description = "The private key: an unencrypted PKCS#8 PEM (with --cert) or a PKCS#12 file (with --password-env).")
    private Path key;

    @Option(names = "--cert", paramLabel = "CERT.pem",
            description = "The certificate of a PEM key (PEM or DER). With a PKCS#12 key, if given, it must be the certificate the file holds.")
    private Path cert;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable that holds the PKCS#12 password (the password itself is never an option).")
    private String passwordEnv;

    @Option(names = "--profile", paramLabel = "sm2|rsa|legacy",
            description = "Signature algorithms: ${COMPLETION-CANDIDATES} (default: sm2 for an SM2 key, rsa for an RSA key).")
    private Profile profile;

    /** The key file, as named on the command line. */
    Path key() {
        return key;
    }

    /**
     * The signer of {@code --key}; a usage error when the options do not fit the kind of key file.
     *
     * @param environment the environment variables ({@code --password-env} is looked up here)
     */
    Signer signer(CommandSpec spec, Function<String, String> environment) throws MessageFiles.Unusable {
        byte[] keyBytes = MessageFiles.read(key);
        if (isPem(keyBytes)) {
            if (cert == null) {
                throw new ParameterException(spec.commandLine(), "--cert CERT.pem is required with a PEM key (" + key + ")");
            }
            if (passwordEnv != null) {
                throw new ParameterException(spec.commandLine(), "--password-env is for PKCS#12 keys; a PEM key (" + key + ") must be unencrypted PKCS#8");
            }
            byte[] certBytes = MessageFiles.read(cert);
            try {
                return Signers.pem(keyBytes, certBytes);
            } catch (CebException e) {
                throw MessageFiles.unreadable(e.errorCode() == ErrorCode.SIGN_CERTIFICATE ? cert : key, e.getMessage(), e.code());
            }
        }
        if (passwordEnv == null) {
            throw new ParameterException(spec.commandLine(), "a PKCS#12 key (" + key + ") needs --password-env VAR, the environment variable that holds its password");
        }
        String value = environment.apply(passwordEnv);
        if (value == null) {
            throw MessageFiles.unreadable(key, "environment variable " + passwordEnv + " is not set; it must hold the password of this PKCS#12 file", null);
        }
        char[] password = value.toCharArray();
        Signer signer;
        try {
            signer = Signers.pkcs12(keyBytes, password);
        } catch (CebException e) {
            throw MessageFiles.unreadable(key, e.getMessage(), e.code());
        } finally {
            Arrays.fill(password, '\0');
        }
        if (cert != null && !MessageFiles.certificate(cert).equals(signer.certificate())) {
            signer.close();
            throw MessageFiles.unreadable(cert, "not the certificate held by " + key + " (serial "
                    + Certificates.serialHex(signer.certificate()) + ")", ErrorCode.SIGN_KEY_MISMATCH.code());
        }
        return signer;
    }

    /** The XML signer for {@code --profile}, or for the key type when none is given. */
    XmlSigner xmlSigner(Signer signer, CommandSpec spec) {
        XmlSigner.Builder b = XmlSigner.custom(signer);
        if (profile != null) {
            if (profile.profile.keyAlgorithm() != signer.keyAlgorithm()) {
                throw new ParameterException(spec.commandLine(), "--profile " + profile + " needs an " + profile.profile.keyAlgorithm()
                        + " key but " + key + " holds an " + signer.keyAlgorithm() + " key");
            }
            b.profile(profile.profile);
        }
        return b.build();
    }

    /** PEM files start with a {@code -----BEGIN} line (perhaps after a byte-order mark or blank lines); PKCS#12 is DER. */
    private static boolean isPem(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").strip();
        return head.startsWith("-----BEGIN");
    }
}
