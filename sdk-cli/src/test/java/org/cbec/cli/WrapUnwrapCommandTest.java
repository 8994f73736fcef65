package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrapUnwrapCommandTest {

    private static final String SENDER = "DXPENT0000458763";

    @TempDir
    Path dir;

    @Test
    void wrapThenUnwrapGivesTheIdenticalBytesOfAnOfficialSampleWithCrlfLineEndings() throws Exception {
        Path sample = OfficialSpec.sample("import/CEB311Message.xml");
        byte[] original = Files.readAllBytes(sample);
        Path envelope = dir.resolve("envelope.xml");
        Path back = dir.resolve("back.xml");

        Cli wrap = Cli.run("wrap", "--sender", SENDER, "--out", envelope, sample);
        Cli unwrap = Cli.run("unwrap", "--out", back, envelope);

        assertThat(wrap.exitCode()).as(wrap.err()).isZero();
        assertThat(unwrap.exitCode()).as(unwrap.err()).isZero();
        assertThat(Files.readAllBytes(back)).isEqualTo(original);
        assertThat(unwrap.out()).startsWith("unwrapped " + envelope + " -> " + back + ": CEB311Message from " + SENDER);
        Cli toStdout = Cli.run("unwrap", envelope);
        assertThat(toStdout.exitCode()).isZero();
        assertThat(toStdout.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
    }

    @Test
    void envelopeNamesSenderImportReceiverRootTypeAndTheMessageGuidAsCopMsgId() throws Exception {
        Path sample = OfficialSpec.sample("import/CEB311Message.xml");
        Path envelope = dir.resolve("envelope.xml");

        Cli wrap = Cli.run("wrap", "--sender", SENDER, "--out", envelope, sample);

        DxpMsg msg = DxpEnvelopes.ofDefaults().read(Files.readAllBytes(envelope));
        String guid = Files.readString(sample).replaceAll("(?s).*?guid=\"([^\"]+)\".*", "$1");
        assertThat(msg.transInfo().senderId()).isEqualTo(SENDER);
        assertThat(msg.transInfo().receiverIds()).containsExactly(TransInfo.IMPORT_RECEIVER);
        assertThat(msg.transInfo().msgType()).isEqualTo("CEB311Message");
        assertThat(msg.transInfo().copMsgId()).isEqualTo(guid);
        assertThat(wrap.out()).contains("CopMsgId " + guid, "receiver " + TransInfo.IMPORT_RECEIVER);
    }

    @Test
    void exportMessageGoesToTheExportReceiverAndNewIdReplacesTheGuid() throws Exception {
        Path sample = OfficialSpec.sample("export/CEB303Message.xml");

        Cli wrap = Cli.run("wrap", "--sender", SENDER, "--new-id", sample);

        assertThat(wrap.exitCode()).as(wrap.err()).isZero();
        DxpMsg msg = DxpEnvelopes.ofDefaults().read(wrap.out().getBytes(StandardCharsets.UTF_8));
        assertThat(msg.transInfo().receiverIds()).containsExactly(TransInfo.EXPORT_RECEIVER);
        assertThat(msg.transInfo().copMsgId()).hasSize(36).isNotEqualTo(Files.readString(sample).replaceAll("(?s).*?guid=\"([^\"]+)\".*", "$1"));
        assertThat(msg.data()).isEqualTo(Files.readAllBytes(sample));
    }

    @Test
    void givenReceiversAndCopMsgIdAreUsed() throws Exception {
        Cli wrap = Cli.run("wrap", "--sender", SENDER, "--receiver", "DXPA", "--receiver", "DXPB", "--cop-msg-id", "MY-ID-1",
                OfficialSpec.sample("import/CEB311Message.xml"));

        DxpMsg msg = DxpEnvelopes.ofDefaults().read(wrap.out().getBytes(StandardCharsets.UTF_8));
        assertThat(msg.transInfo().receiverIds()).containsExactly("DXPA", "DXPB");
        assertThat(msg.transInfo().copMsgId()).isEqualTo("MY-ID-1");
    }

    @Test
    void tooLongSenderIsRefusedNamingTheEnvelopeFieldWithExitTwo() throws Exception {
        Cli wrap = Cli.run("wrap", "--sender", "DXPENT00004587631234", OfficialSpec.sample("import/CEB311Message.xml"));

        assertThat(wrap.exitCode()).isEqualTo(2);
        assertThat(wrap.err()).contains("cannot wrap").contains("TransInfo/SenderId");
        assertThat(wrap.out()).isEmpty();
    }

    @Test
    void missingSenderBothIdOptionsAndUnreadableFilesAreExitTwo() throws Exception {
        Path sample = OfficialSpec.sample("import/CEB311Message.xml");
        assertThat(Cli.run("wrap", sample).exitCode()).isEqualTo(2);
        assertThat(Cli.run("wrap", "--sender", SENDER, "--new-id", "--cop-msg-id", "X", sample).exitCode()).isEqualTo(2);
        assertThat(Cli.run("wrap", "--sender", SENDER, dir.resolve("absent.xml")).err()).contains("absent.xml: unreadable: no such file");

        Cli notAnEnvelope = Cli.run("unwrap", sample);
        assertThat(notAnEnvelope.exitCode()).isEqualTo(2);
        assertThat(notAnEnvelope.err()).startsWith("cbec: " + sample + ": unreadable: ");
        assertThat(notAnEnvelope.out()).isEmpty();
    }
}
