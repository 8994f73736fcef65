package org.cbec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.error.CebException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbec unwrap}: the business message inside a {@code DxpMsg} envelope, byte for byte as it was wrapped.
 *
 * <pre>{@code
 * $ cbec unwrap --out message.xml envelope.xml
 * unwrapped envelope.xml -> message.xml: CEB311Message from DXPENT0000458763, CopMsgId 2f1a...
 * $ cbec unwrap envelope.xml | cbec verify --trust customs-ca.pem /dev/stdin
 * }</pre>
 *
 * <p>Exit code: 0 unwrapped; 2 the file cannot be read or is not a valid {@code DxpMsg}, or wrong usage.
 */
@Command(name = "unwrap",
        description = "Take the message out of a DxpMsg envelope, byte for byte.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:unwrapped",
                "2:the file cannot be read or is not a valid DxpMsg, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec unwrap --out message.xml envelope.xml",
                "  cbec unwrap envelope.xml > message.xml"})
public final class UnwrapCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "OUT",
            description = "Write the message to OUT, replacing it atomically (default: standard output, which needs a UTF-8 message).")
    private Path out;

    @Parameters(paramLabel = "FILE", description = "A DxpMsg envelope.")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DxpMsg msg;
        try {
            byte[] envelope = MessageFiles.read(file);
            try {
                msg = DxpEnvelopes.ofDefaults().read(envelope);
            } catch (CebException e) {
                throw MessageFiles.unreadable(file, e.getMessage(), e.code());
            }
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return e.outcome().status().exitCode;
        }
        if (!MessageFiles.write(msg.data(), out, spec.commandLine().getOut(), err)) {
            return CbecCommand.EXIT_UNUSABLE;
        }
        if (out != null) {
            spec.commandLine().getOut().println("unwrapped " + file + " -> " + out + ": " + msg.transInfo().msgType() + " from "
                    + msg.transInfo().senderId() + ", CopMsgId " + msg.transInfo().copMsgId());
        }
        return CbecCommand.EXIT_OK;
    }
}
