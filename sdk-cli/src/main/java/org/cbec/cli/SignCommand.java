package org.cbec.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cbec.core.CebCodec;
import org.cbec.core.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbec sign}: signs a CEB message of any modelled type with a software key, writing the enveloped
 * {@code ds:Signature} where the message's schema wants it (last child for import messages, before
 * {@code ExtendMessage} for export messages).
 *
 * <pre>{@code
 * $ cbec sign --key company.pem --cert company-cert.pem order.xml > order-signed.xml
 * $ CBEC_KEY_PASSWORD=... cbec sign --key company.p12 --password-env CBEC_KEY_PASSWORD --out order-signed.xml order.xml
 * signed order.xml -> order-signed.xml: RSA_SHA1, certificate serial 008a0102030405060708
 * }</pre>
 *
 * <p>The message is read whatever its namespace prefixes and line endings, and written as the SDK writes it (UTF-8,
 * {@code ceb:} prefix, canonical form) with the signature, to standard output or, with {@code --out}, to a file that is
 * replaced atomically. A message that breaks a rule of the official schema is not signed (its errors are listed as
 * {@code cbec validate} lists them); business-rule findings do not stop signing and are printed on standard error as
 * warnings. The key is an unencrypted PKCS#8 PEM with its certificate ({@code --cert}), or a PKCS#12 file whose
 * password is taken from the environment variable named by {@code --password-env}: a password is never a command-line
 * value (other users of the machine could read it), and neither the key nor the password is ever printed.
 *
 * <p>Exit code: 0 signed; 1 the message breaks a rule of the official schema; 2 the message, key or certificate
 * cannot be read, the message type is not modelled or carries no signature, or wrong usage.
 */
@Command(name = "sign",
        mixinStandardHelpOptions = true,
        versionProvider = CbecCommand.Version.class,
        exitCodeOnInvalidInput = CbecCommand.EXIT_UNUSABLE,
        description = "Sign a CEB message: enveloped XML signature (SM2-SM3 or RSA-SHA1) where its schema wants it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:signed",
                "1:the message breaks a rule of the official schema; nothing written",
                "2:the message, key or certificate cannot be read, the message type carries no signature, or wrong usage"})
public final class SignCommand implements Callable<Integer> {

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

    @Option(names = "--out", paramLabel = "OUT",
            description = "Write the signed message to OUT, replacing it atomically (default: standard output).")
    private Path out;

    @Parameters(paramLabel = "FILE", description = "The message to sign, of any modelled type.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CbecCommand parent;

    /** Only schema-level errors block signing; business-rule findings are warned about. */
    private final CebCodec codec = CebCodec.builder().writeCheck(CebCodec.WriteCheck.SCHEMA).build();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return sign(err);
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return e.outcome().status().exitCode;
        }
    }

    private int sign(PrintWriter err) throws MessageFiles.Unusable {
        try (Signer signer = signer()) {
            XmlSigner xmlSigner = xmlSigner(signer);
            CebCodec.Parsed<?> parsed = MessageFiles.parse(file, codec);
            if (!parsed.spec().signature().allowed()) {
                throw new MessageFiles.Unusable(FileOutcome.failed(file.toString(), FileOutcome.Status.UNSUPPORTED, parsed.spec().messageType()
                        + " has no ds:Signature in its schema; messages of this type are never signed", "SIGN_NO_SLOT"));
            }
            List<Violation> blocking = blockingErrors(parsed);
            if (!blocking.isEmpty()) {
                blocking.forEach(v -> err.println(ValidateCommand.findingLine(file.toString(), v)));
                err.println("cbec: " + file + ": invalid: " + blocking.size() + " error" + (blocking.size() == 1 ? "" : "s")
                        + " the official schema refuses; not signed");
                return CbecCommand.EXIT_INVALID;
            }
            parsed.report().violations().forEach(v -> err.println("cbec: warning: " + ValidateCommand.findingLine(file.toString(), v)));
            if (parsed.signed()) {
                err.println("cbec: note: " + file + " is already signed; that signature is replaced");
            }
            byte[] signed;
            try {
                signed = codec.writeSigned((CebMessage) parsed.message(), xmlSigner);
            } catch (CebException e) {
                throw MessageFiles.unreadable(key, "cannot sign with this key: " + e.getMessage(), e.code());
            }
            if (out == null) {
                return toStandardOutput(signed, err);
            }
            return toFile(signed, err, xmlSigner.profile() + ", certificate serial " + Certificates.serialHex(signer.certificate()));
        }
    }

    /** The errors the official schema also finds (or every error when a value could not be typed), which block signing. */
    private static List<Violation> blockingErrors(CebCodec.Parsed<?> parsed) {
        List<Violation> schemaLevel = parsed.report().errors().stream().filter(v -> v.rule().schemaLevel()).toList();
        return schemaLevel.isEmpty() && parsed.message() == null ? parsed.report().errors() : schemaLevel;
    }

    /** The XML signer for {@code --profile}, or for the key type when none is given. */
    private XmlSigner xmlSigner(Signer signer) {
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

    /** The signer of {@code --key}; a usage error when the options do not fit the kind of key file. */
    private Signer signer() throws MessageFiles.Unusable {
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
                throw MessageFiles.unreadable("SIGN_CERTIFICATE".equals(e.code()) ? cert : key, e.getMessage(), e.code());
            }
        }
        if (passwordEnv == null) {
            throw new ParameterException(spec.commandLine(), "a PKCS#12 key (" + key + ") needs --password-env VAR, the environment variable that holds its password");
        }
        String value = parent.environment(passwordEnv);
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
                    + Certificates.serialHex(signer.certificate()) + ")", "SIGN_KEY_MISMATCH");
        }
        return signer;
    }

    /** PEM files start with a {@code -----BEGIN} line (perhaps after a byte-order mark or blank lines); PKCS#12 is DER. */
    private static boolean isPem(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").strip();
        return head.startsWith("-----BEGIN");
    }

    /** The signed bytes unchanged: the command's output writer is UTF-8, as is the message. */
    private int toStandardOutput(byte[] signed, PrintWriter err) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.write(new String(signed, StandardCharsets.UTF_8));
        if (stdout.checkError()) {
            err.println("cbec: cannot write to standard output");
            return CbecCommand.EXIT_UNUSABLE;
        }
        return CbecCommand.EXIT_OK;
    }

    /** Writes a temporary file next to {@code --out} and moves it in place, so OUT is never half written. */
    private int toFile(byte[] signed, PrintWriter err, String how) {
        Path target = out.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                o.write(signed);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            err.println("cbec: " + out + ": cannot write: " + MessageFiles.reason(e, "I/O error"));
            return CbecCommand.EXIT_UNUSABLE;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                err.println("cbec: cannot delete the temporary file " + temp + ": " + MessageFiles.reason(e, "I/O error"));
            }
        }
        spec.commandLine().getOut().println("signed " + file + " -> " + out + ": " + how);
        return CbecCommand.EXIT_OK;
    }
}
