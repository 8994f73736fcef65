package org.cbec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.error.CebException;
import org.cbec.core.model.MessageSpec;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbec wrap}: puts a CEB message, byte for byte, into the {@code DxpMsg} envelope the exchange platform takes.
 *
 * <pre>{@code
 * $ cbec wrap --sender DXPENT0000458763 --out envelope.xml signed.xml
 * wrapped signed.xml -> envelope.xml: CEB311Message, CopMsgId 2f1a..., receiver DXPEDCCEB0000002
 * $ cbec wrap --sender DXPENT0000458763 --new-id --receiver DXPEDCCEB0000003 signed-export.xml > envelope.xml
 * }</pre>
 *
 * <p>The {@code TransInfo}: {@code SenderId} from {@code --sender}; {@code ReceiverIds} from {@code --receiver}, else
 * the import or export node by the message type's direction; {@code MsgType} the message's root element;
 * {@code CopMsgId} the message's guid (as {@code CebClient} sends it), {@code --cop-msg-id}, or a new id with
 * {@code --new-id}; {@code CreatTime} now, China time. Exit code: 0 wrapped; 2 the message cannot be read or is of a
 * type not modelled, an envelope field is not allowed, or wrong usage.
 */
@Command(name = "wrap",
        description = "Wrap a CEB message (unchanged) in a DxpMsg envelope.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:wrapped",
                "2:the message cannot be read or its type is not modelled, an envelope field is refused, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec wrap --sender DXPENT0000458763 --out envelope.xml signed.xml",
                "  cbec wrap --sender DXPENT0000458763 --new-id \\",
                "      --receiver DXPEDCCEB0000003 export.xml > envelope.xml"})
public final class WrapCommand implements Callable<Integer> {

    @Option(names = "--sender", required = true, paramLabel = "DXPID",
            description = "SenderId: your DXP id assigned by the exchange platform (1-16 characters).")
    private String sender;

    @Option(names = "--receiver", paramLabel = "DXPID",
            description = "ReceiverId, up to 5 times (default: " + TransInfo.IMPORT_RECEIVER + " for import messages, "
                    + TransInfo.EXPORT_RECEIVER + " for export messages).")
    private List<String> receivers;

    @ArgGroup(exclusive = true)
    private CopMsgId copMsgId;

    /** Where {@code CopMsgId} comes from when it is not the message guid. */
    static final class CopMsgId {
        @Option(names = "--cop-msg-id", paramLabel = "ID", description = "CopMsgId (default: the message guid).")
        private String given;

        @Option(names = "--new-id", description = "A new random CopMsgId instead of the message guid.")
        private boolean fresh;
    }

    @Option(names = "--out", paramLabel = "OUT",
            description = "Write the envelope to OUT, replacing it atomically (default: standard output).")
    private Path out;

    @Parameters(paramLabel = "FILE", description = "The message to wrap (signed or not), of any modelled type.")
    private Path file;

    @Spec
    private CommandSpec spec;

    private final CebCodec codec = CebCodec.ofDefaults();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] message;
        MessageSpec<?> type;
        String guid;
        try {
            message = MessageFiles.read(file);
            CebCodec.Parsed<?> parsed = MessageFiles.parse(file, message, codec);
            type = parsed.spec();
            guid = parsed.wire().attribute("guid");
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return e.outcome().status().exitCode;
        }
        String id = copMsgId(guid);
        TransInfo.Builder info = TransInfo.builder()
                .copMsgId(id)
                .senderId(sender)
                .creatTime(Clock.systemUTC())
                .msgType(type.rootName());
        List<String> to = receivers != null ? receivers : List.of(defaultReceiver(type.direction()));
        to.forEach(info::receiverId);
        byte[] envelope;
        try {
            envelope = DxpEnvelopes.ofDefaults().write(DxpEnvelopes.ofDefaults().wrap(message, info.build()));
        } catch (CebException e) {
            err.println("cbec: " + file + ": cannot wrap: " + e.getMessage() + " [" + e.code() + "]");
            return CbecCommand.EXIT_UNUSABLE;
        }
        if (!MessageFiles.write(envelope, out, spec.commandLine().getOut(), err)) {
            return CbecCommand.EXIT_UNUSABLE;
        }
        if (out != null) {
            spec.commandLine().getOut().println("wrapped " + file + " -> " + out + ": " + type.rootName() + ", CopMsgId "
                    + id + ", receiver " + String.join(" ", to));
        }
        return CbecCommand.EXIT_OK;
    }

    private String copMsgId(String guid) {
        if (copMsgId == null) {
            return guid;
        }
        return copMsgId.fresh ? UUID.randomUUID().toString().toUpperCase(Locale.ROOT) : copMsgId.given;
    }

    /** The exchange node of import or export messages. */
    static String defaultReceiver(MessageSpec.Direction direction) {
        return direction == MessageSpec.Direction.EXPORT ? TransInfo.EXPORT_RECEIVER : TransInfo.IMPORT_RECEIVER;
    }
}
