package org.cbec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.validation.Violation;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        description = "Sign a CEB message: enveloped XML signature (SM2-SM3 or RSA-SHA1) where its schema wants it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:signed",
                "1:the message breaks a rule of the official schema; nothing written",
                "2:the message, key or certificate cannot be read, the message type carries no signature, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec sign --key company.pem --cert company-cert.pem order.xml > signed.xml",
                "  CBEC_KEY_PASSWORD=... cbec sign --key company.p12 \\",
                "      --password-env CBEC_KEY_PASSWORD --out signed.xml order.xml",
                "  cbec sign --key k.pem --cert c.pem --profile legacy --out signed.xml a.xml"})
public final class SignCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, multiplicity = "1", heading = "Key:%n")
    private KeyOptions keyOptions;

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
        try (Signer signer = keyOptions.signer(spec, parent::environment)) {
            XmlSigner xmlSigner = keyOptions.xmlSigner(signer, spec);
            CebCodec.Parsed<?> parsed = MessageFiles.parse(file, codec);
            if (!parsed.spec().signature().allowed()) {
                throw new MessageFiles.Unusable(FileOutcome.failed(file.toString(), FileOutcome.Status.UNSUPPORTED, parsed.spec().messageType()
                        + " has no ds:Signature in its schema; messages of this type are never signed", ErrorCode.SIGN_NO_SLOT.code()));
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
                throw MessageFiles.unreadable(keyOptions.key(), "cannot sign with this key: " + e.getMessage(), e.code());
            }
            if (!MessageFiles.write(signed, out, spec.commandLine().getOut(), err)) {
                return CbecCommand.EXIT_UNUSABLE;
            }
            if (out != null) {
                spec.commandLine().getOut().println("signed " + file + " -> " + out + ": " + xmlSigner.profile()
                        + ", certificate serial " + Certificates.serialHex(signer.certificate()));
            }
            return CbecCommand.EXIT_OK;
        }
    }

    /** The errors the official schema also finds (or every error when a value could not be typed), which block signing. */
    private static List<Violation> blockingErrors(CebCodec.Parsed<?> parsed) {
        List<Violation> schemaLevel = parsed.report().errors().stream().filter(v -> v.rule().schemaLevel()).toList();
        return schemaLevel.isEmpty() && parsed.message() == null ? parsed.report().errors() : schemaLevel;
    }
}
