package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.ReceivedMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitReceiptsCommandTest {

    private static final String SENDER = "DXPENT0000458763";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<MockSingleWindow> mocks = new ArrayList<>();

    @AfterEach
    void stopMocks() {
        mocks.forEach(MockSingleWindow::close);
    }

    private MockSingleWindow mock(MockSingleWindow.Builder b) {
        MockSingleWindow m = b.receiptDelay(Duration.ofMillis(20)).start();
        mocks.add(m);
        return m;
    }

    /** Order {@code n}: its own message guid, order guid and order number. */
    private Path order(int n) throws Exception {
        Ceb311Message valid = Orders.valid();
        String suffix = String.format("%012d", n);
        Ceb311Message order = valid.toBuilder()
                .guid("B1F2A0C3-0000-4000-8000-" + suffix)
                .orders(valid.orders().stream().map(o -> o.toBuilder()
                        .orderHead(o.orderHead().toBuilder().guid("4CDE1CFD-EDED-46B1-946C-" + suffix).orderNo("ORDER-CLI-" + n).build())
                        .build()).toList())
                .build();
        Files.createDirectories(dir.resolve("orders"));
        return Files.write(dir.resolve("orders").resolve("order-" + n + ".xml"), CebCodec.ofDefaults().write(order));
    }

    private Object[] key() throws Exception {
        Path key = Files.writeString(dir.resolve("sm2-key.pem"), TestKeys.sm2().privateKeyPem());
        Path cert = Files.writeString(dir.resolve("sm2-cert.pem"), TestKeys.sm2().certificatePem());
        return new Object[] {"--key", key, "--cert", cert};
    }

    private Path store() {
        return dir.resolve("state").resolve("outbox");
    }

    private static Object[] args(Object[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray();
    }

    private static JsonNode json(Cli r) throws Exception {
        return JSON.readTree(r.out());
    }

    @Test
    void signedSubmissionIsAcceptedAndReceiptsFollowItToTheEndOfItsReceiptTable() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder());
        Object[] http = {"--url", mock.sendUrl(), "--receipt-url", mock.receiptUrl()};

        Cli submit = Cli.run(args(new Object[] {"submit", "--format", "json", "--sender", SENDER, "--store", store()}, http, key(),
                new Object[] {order(1)}));

        assertThat(submit.exitCode()).as(submit.err()).isZero();
        JsonNode filed = json(submit);
        assertThat(filed.at("/files/0/outcome").asText()).isEqualTo("accepted");
        assertThat(filed.at("/files/0/messageType").asText()).isEqualTo("CEB311Message");
        assertThat(filed.at("/files/0/guid").asText()).isEqualTo("B1F2A0C3-0000-4000-8000-000000000001");
        assertThat(filed.at("/summary/accepted").asInt()).isEqualTo(1);
        assertThat(filed.at("/summary/rejected").asInt()).isZero();
        ReceivedMessage received = mock.takeMessage(Duration.ofSeconds(5));
        assertThat(received.senderId()).isEqualTo(SENDER);
        assertThat(received.accepted()).isTrue();

        Cli watch = Cli.run(args(new Object[] {"receipts", "--watch", "--store", store(), "--interval", "50ms", "--timeout", "20s"}, http));

        assertThat(watch.exitCode()).as(watch.out() + watch.err()).isZero();
        assertThat(watch.out()).contains("B1F2A0C3-0000-4000-8000-000000000001 CEB311Message ").contains("-> ENTERED (CEB312Message 120");

        Cli list = Cli.run("receipts", "--store", store(), "--format", "json");

        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode messages = json(list).get("messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.at("/0/status").asText()).isEqualTo("ENTERED"); // message-spec 3.2: an order's table ends at 120
        assertThat(messages.at("/0/final").asBoolean()).isTrue();
        assertThat(messages.at("/0/delivery").asText()).isEqualTo("SENT");
        List<String> codes = new ArrayList<>();
        messages.at("/0/receipts").forEach(r -> codes.add(r.get("returnStatus").asText()));
        assertThat(codes).containsExactly("2", "120");
        Cli text = Cli.run("receipts", "--store", store());
        assertThat(text.out()).contains("B1F2A0C3-0000-4000-8000-000000000001  CEB311Message  ENTERED  sent", "    CEB312Message 120  ",
                "1 message: 1 final, 0 failed");
    }

    @Test
    void alreadySignedFileIsSentByteForByteWithoutAKey() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder());
        Path signed = dir.resolve("signed.xml");
        assertThat(Cli.run(args(new Object[] {"sign", "--out", signed}, key(), new Object[] {order(2)})).exitCode()).isZero();

        Cli submit = Cli.run("submit", "--url", mock.sendUrl(), "--sender", SENDER, "--store", store(), signed);

        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.out()).contains("accepted " + signed + ": CEB311Message B1F2A0C3-0000-4000-8000-000000000002 ")
                .contains("1 file: 1 accepted, 0 rejected, 0 pending, 0 unusable");
        assertThat(mock.takeMessage(Duration.ofSeconds(5)).data()).isEqualTo(Files.readAllBytes(signed));
    }

    @Test
    void unsignedFileWithoutAKeyIsUnusableAndNothingIsSent() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder());

        Cli submit = Cli.run("submit", "--url", mock.sendUrl(), "--sender", SENDER, "--store", store(), "--format", "json", order(3));

        assertThat(submit.exitCode()).isEqualTo(2);
        assertThat(submit.err()).contains("order-3.xml: unusable: not signed; give --key to sign it");
        assertThat(json(submit).at("/summary/unusable").asInt()).isEqualTo(1);
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void messageWithAnErrorIsRejectedLocallyWithMaskedFindingsAndNotSent() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder());
        Path sample = OfficialSpec.sample("import/CEB311Message.xml");

        Cli submit = Cli.run(args(new Object[] {"submit", "--url", mock.sendUrl(), "--sender", SENDER, "--store", store()}, key(),
                new Object[] {sample}));

        assertThat(submit.exitCode()).isEqualTo(1);
        assertThat(submit.out()).contains("rejected " + sample + ": ").contains("; not sent");
        assertThat(submit.err()).contains("CEB-V016").contains("[value '130***********3332']").doesNotContain("130681136250023332");
        assertThat(mock.received()).isEmpty();
    }

    @Test
    void signatureTheSingleWindowDoesNotTrustIsRejectedWithExitOne() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder().trust(TestKeys.otherSm2().certificate()));

        Cli submit = Cli.run(args(new Object[] {"submit", "--format", "json", "--url", mock.sendUrl(), "--sender", SENDER,
                "--store", store(), "--timeout", "20s"}, key(), new Object[] {order(4)}));

        assertThat(submit.exitCode()).as(submit.out() + submit.err()).isEqualTo(1);
        JsonNode filed = json(submit);
        assertThat(filed.at("/files/0/outcome").asText()).isEqualTo("rejected");
        assertThat(filed.at("/files/0/reason").asText()).isNotBlank().contains("1001");
        assertThat(filed.at("/summary/rejected").asInt()).isEqualTo(1);
        Cli list = Cli.run("receipts", "--store", store());
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.out()).contains("1 message: 1 final, 1 failed");
    }

    @Test
    void messageNotAcknowledgedWithinTheTimeoutIsPendingWithExitOneAndStaysInTheStore() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder().latency(Duration.ofMillis(1500)));

        Cli submit = Cli.run(args(new Object[] {"submit", "--format", "json", "--url", mock.sendUrl(), "--sender", SENDER,
                "--store", store(), "--timeout", "200ms"}, key(), new Object[] {order(9)}));

        assertThat(submit.exitCode()).as(submit.err()).isEqualTo(1);
        JsonNode filed = json(submit);
        assertThat(filed.at("/files/0/outcome").asText()).isEqualTo("pending");
        assertThat(filed.at("/files/0/reason").asText()).contains("not acknowledged within 0.2s").contains("stays in the store");
        assertThat(filed.at("/summary/pending").asInt()).isEqualTo(1);
        assertThat(json(Cli.run("receipts", "--store", store(), "--format", "json")).at("/messages/0/guid").asText())
                .isEqualTo("B1F2A0C3-0000-4000-8000-000000000009");
    }

    @Test
    void receiptsOfGuidsGivenListsThoseAndNamesAnUnknownOneWithExitTwo() throws Exception {
        MockSingleWindow mock = mock(MockSingleWindow.builder().latency(Duration.ofMillis(1500)));
        Cli.run(args(new Object[] {"submit", "--url", mock.sendUrl(), "--sender", SENDER, "--store", store(), "--timeout", "200ms"},
                key(), new Object[] {order(9)}));

        Cli one = Cli.run("receipts", "--store", store(), "--format", "json", "B1F2A0C3-0000-4000-8000-000000000009");
        assertThat(json(one).at("/messages").size()).isEqualTo(1);
        Cli unknown = Cli.run("receipts", "--store", store(), "B1F2A0C3-0000-4000-8000-000000000009", "NOPE");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("not in").contains("NOPE");
    }

    @Test
    void folderSubmitWritesEachEnvelopeIntoTheOutboxWithAProgressBar() throws Exception {
        order(5);
        order(6);
        Path outbox = dir.resolve("transfer").resolve("outbox");

        Cli submit = Cli.run(args(new Object[] {"submit", "--outbox", outbox, "--sender", SENDER, "--store", store(), "--progress"}, key(),
                new Object[] {dir.resolve("orders")}));

        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.err()).contains("] 2/2 acknowledged").contains("[##############################]");
        assertThat(submit.out()).contains("2 files: 2 accepted, 0 rejected, 0 pending, 0 unusable");
        Path written = outbox.resolve("CEB311Message_B1F2A0C3-0000-4000-8000-000000000005.xml");
        assertThat(written).exists();
        DxpMsg envelope = DxpEnvelopes.ofDefaults().read(Files.readAllBytes(written));
        assertThat(envelope.transInfo().senderId()).isEqualTo(SENDER);
        assertThat(new String(envelope.data(), java.nio.charset.StandardCharsets.UTF_8)).contains("<ds:Signature");
        assertThat(outbox.resolve("CEB311Message_B1F2A0C3-0000-4000-8000-000000000006.xml")).exists();
        assertThat(dir.resolve("transfer").resolve("inbox")).isDirectory();
    }

    @Test
    void folderSubmissionIsFollowedThroughTheInboxUntilItsReceiptTableEnds() throws Exception {
        Path transfer = dir.resolve("transfer");
        mock(MockSingleWindow.builder().folders(transfer.resolve("outbox"), transfer.resolve("inbox"), Duration.ofMillis(50)));

        Cli submit = Cli.run(args(new Object[] {"submit", "--outbox", transfer.resolve("outbox"), "--sender", SENDER, "--store", store()}, key(),
                new Object[] {order(10)}));
        Cli watch = Cli.run("receipts", "--watch", "--inbox", transfer.resolve("inbox"), "--store", store(), "--interval", "50ms",
                "--timeout", "20s", "--format", "json");

        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(watch.exitCode()).as(watch.out() + watch.err()).isZero();
        assertThat(json(watch).at("/messages/0/final").asBoolean()).isTrue();
        assertThat(json(watch).at("/messages/0/status").asText()).isEqualTo("ENTERED"); // an order's receipt table ends at 120 (入库)
        assertThat(transfer.resolve("archive")).isNotEmptyDirectory();
    }

    @Test
    void resultsAreListedInFileOrderWhateverHappenedToEach() throws Exception {
        Path valid = order(11);
        Files.copy(OfficialSpec.sample("import/CEB311Message.xml"), dir.resolve("orders").resolve("a-invalid.xml"));

        Cli submit = Cli.run(args(new Object[] {"submit", "--format", "json", "--outbox", dir.resolve("transfer").resolve("outbox"),
                "--sender", SENDER, "--store", store()}, key(), new Object[] {dir.resolve("orders")}));

        assertThat(submit.exitCode()).isEqualTo(1);
        JsonNode files = json(submit).get("files");
        assertThat(files.at("/0/file").asText()).endsWith("a-invalid.xml");
        assertThat(files.at("/0/outcome").asText()).isEqualTo("rejected");
        assertThat(files.at("/1/file").asText()).isEqualTo(valid.toString());
        assertThat(files.at("/1/outcome").asText()).isEqualTo("accepted");
    }

    @Test
    void passwordIsOnlyTakenFromTheEnvironment() throws Exception {
        Path p12 = Files.write(dir.resolve("rsa.p12"), TestKeys.rsa().pkcs12("pw-7Q".toCharArray()));
        Path outbox = dir.resolve("transfer").resolve("outbox");

        assertThat(Cli.run("submit", "--outbox", outbox, "--sender", SENDER, "--key", p12, "--password", "pw-7Q", order(7)).exitCode())
                .isEqualTo(2);
        Cli submit = Cli.runWithEnvironment(Map.of("CBEC_PW", "pw-7Q"), "submit", "--outbox", outbox, "--sender", SENDER,
                "--store", store(), "--key", p12, "--password-env", "CBEC_PW", order(7));
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.out() + submit.err()).doesNotContain("pw-7Q");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(Cli.run("submit", "--sender", SENDER, order(8)).exitCode()).isEqualTo(2);
        assertThat(Cli.run("submit", "--url", "http://127.0.0.1:1/", "--outbox", dir, "--sender", SENDER, order(8)).exitCode()).isEqualTo(2);
        assertThat(Cli.run("submit", "--url", "http://127.0.0.1:1/", "--sender", SENDER, "--cert", dir, order(8)).exitCode()).isEqualTo(2);

        Cli noStore = Cli.run("receipts", "--store", dir.resolve("none"));
        assertThat(noStore.exitCode()).isEqualTo(2);
        assertThat(noStore.err()).contains("no store").contains("cbec submit creates it");
        Cli watchWithoutSource = Cli.run("receipts", "--watch", "--url", "http://127.0.0.1:1/");
        assertThat(watchWithoutSource.exitCode()).isEqualTo(2);
        assertThat(watchWithoutSource.err()).contains("--watch needs where receipts come from");
        assertThat(Cli.run("receipts", "--timeout", "soon").err()).contains("'soon' is not a duration");
    }
}
