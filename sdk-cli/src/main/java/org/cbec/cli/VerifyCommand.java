package org.cbec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.security.auth.x500.X500Principal;

import org.cbec.core.error.CebException;
import org.cbec.core.signature.SignatureDivergence;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.XmlVerifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbec verify}: checks the enveloped signature of CEB messages, whoever wrote them and whichever of the three
 * profiles (SM2-SM3, RSA-SHA1, legacy SM2 with SHA-1) they use, and whether the certificate that signed is trusted.
 * The message type need not be modelled by the SDK.
 *
 * <pre>{@code
 * $ cbec verify --trust customs-ca.pem signed.xml tampered.xml
 * OK signed.xml: SM2_SM3; signer CN=Test Signer,O=Test E-Commerce Co; serial 03000000000cde6f; trust: anchor CN=…; validity checked at …
 * tampered.xml: invalid: DIGEST_MISMATCH: the reference digest does not match ...; signer ...; serial ...
 * $ cbec verify signed.xml          # no trust given: UNTRUSTED_CERTIFICATE, exit 1
 * }</pre>
 *
 * <p>Secure by default, as xmlsec1 is: without {@code --trust}, {@code --cert} or {@code --trust-store}, an intact
 * signature is {@code UNTRUSTED_CERTIFICATE} (exit 1). {@code --trust-embedded} trusts the certificate each message
 * carries, with a warning per file. Every verdict names the trust that decided: {@code pinned <subject>},
 * {@code anchor <subject>}, {@code embedded-untrusted} or {@code untrusted}. Departures from chapter 6 of the
 * specification that do not break the signature (Base64 with line breaks, a DER SM2 value, a KeyName other than the
 * serial, ...) are printed as {@code note:} lines before the verdict. Exit code: 0 when every signature verifies
 * with a trusted certificate, 1 when one does not (unsigned messages included), 2 when a file or the trust cannot be
 * read; the worst file decides. Files that cannot be read are named on standard error, one line each.
 */
@Command(name = "verify",
        description = "Verify the XML signature of CEB messages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every signature verifies and its certificate is trusted",
                "1:a signature does not verify, its certificate is not trusted (also when no trust is given), or a message is not signed",
                "2:a file or the trust cannot be read, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec verify --trust customs-ca.pem signed.xml more/*.xml",
                "  cbec verify --cert registered.pem signed.xml     # trust exactly this certificate",
                "  cbec verify --trust certs/ --at-signing-time archive/*.xml",
                "  cbec verify --trust-embedded signed.xml          # INSECURE: intact, but signed by anyone"})
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    private TrustOptions trust;

    @ParentCommand
    private CbecCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Signed message files.")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        XmlVerifier verifier;
        try {
            verifier = XmlVerifier.custom().trust(trust.policy(parent::environment)).build();
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return e.outcome().status().exitCode;
        }
        int exit = CbecCommand.EXIT_OK;
        for (Path file : files) {
            exit = Math.max(exit, verify(file, verifier, err));
        }
        return exit;
    }

    private int verify(Path file, XmlVerifier verifier, PrintWriter err) {
        VerificationResult r;
        try {
            byte[] bytes = MessageFiles.read(file);
            try {
                r = verifier.verify(bytes);
            } catch (CebException e) {
                throw MessageFiles.unreadable(file, e.getMessage(), e.code());
            }
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return e.outcome().status().exitCode;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (trust.embedded()) {
            err.println("cbec: warning: " + file + ": --trust-embedded: the certificate the message carries is trusted; anyone can make one,"
                    + " so this shows the message is intact, not who signed it");
        }
        for (SignatureDivergence d : r.divergences()) {
            out.println(file + ": note: " + d + (d == SignatureDivergence.KEY_NAME_NOT_SERIAL
                    ? " (KeyName '" + printable(r.keyName().orElse("")) + "', certificate serial " + r.signerSerialHex().orElse("?") + ")" : ""));
        }
        String signer = r.certificate().map(c -> "; signer " + printable(c.getSubjectX500Principal().getName(X500Principal.RFC1779))).orElse("")
                + r.signerSerialHex().map(s -> "; serial " + s).orElse("")
                + r.trust().map(t -> "; trust: " + printable(t.label()) + "; " + t.validityNote()).orElse("");
        if (r.valid()) {
            out.println("OK " + file + ": " + r.profile().map(Enum::name).orElse("nonstandard algorithms") + signer);
            return CbecCommand.EXIT_OK;
        }
        out.println(file + ": invalid: " + r.failure().orElseThrow() + ": " + printable(r.detail()) + signer);
        return CbecCommand.EXIT_INVALID;
    }

    /**
     * {@code text} with control characters escaped, so that what a message or its certificate carries cannot drive the
     * terminal. Subjects are printed as RFC 1779 text, which the JDK decodes correctly for the BMPString names of the
     * official samples' certificates (its RFC 2253 text garbles them).
     */
    private static String printable(String text) {
        return TerminalOutput.escape(text);
    }
}
