package org.cbec.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.TestKeys;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CLI's side of the filing guarantees: a guid is an idempotency key, the store does not depend on the working
 * directory (one per DXP id), receipts that name no message of a store are listed, exported and imported, sends have
 * their own rate.
 */
class SubmitGuaranteesCommandTest {

    private static final String SENDER = "DXPENT0000458763";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String suffix(int n) {
        return String.format("%012d", n);
    }

    /** Order {@code n} with {@code note} in its head: its own message guid, order guid and order number. */
    private Path order(int n, String note) throws Exception {
        Ceb311Message valid = Orders.valid();
        Ceb311Message order = valid.toBuilder()
                .guid("C2F2A0C3-0000-4000-8000-" + suffix(n))
                .orders(valid.orders().stream().map(o -> o.toBuilder()
                        .orderHead(o.orderHead().toBuilder().guid(orderGuid(n)).orderNo("ORDER-G-" + n).note(note).build())
                        .build()).toList())
                .build();
        Files.createDirectories(dir.resolve("orders"));
        return Files.write(dir.resolve("orders").resolve("order-" + n + ".xml"), CebCodec.ofDefaults().write(order));
    }

    private static String orderGuid(int n) {
        return "5DDE1CFD-EDED-46B1-946C-" + suffix(n);
    }

    private Object[] key() throws Exception {
        Path key = Files.writeString(dir.resolve("sm2-key.pem"), TestKeys.sm2().privateKeyPem());
        Path cert = Files.writeString(dir.resolve("sm2-cert.pem"), TestKeys.sm2().certificatePem());
        return new Object[] {"--key", key, "--cert", cert};
    }

    private Path transfer(String name) {
        return dir.resolve(name);
    }

    private static Object[] args(Object[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray();
    }

    /** A CEB312 receipt (800, released) for order {@code n}, in a DxpMsg as the exchange platform delivers it. */
    private static byte[] releasedReceipt(int n) {
        byte[] receipt = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CEB312Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\""
                + UUID.randomUUID().toString().toUpperCase() + "\" version=\"1.0\"><OrderReturn><guid>" + orderGuid(n)
                + "</guid><ebpCode>1105910159</ebpCode><ebcCode>1105910159</ebcCode><orderNo>ORDER-G-" + n + "</orderNo>"
                + "<returnStatus>800</returnStatus><returnTime>20261123140504000</returnTime><returnInfo>放行</returnInfo>"
                + "</OrderReturn></CEB312Message>").getBytes(UTF_8);
        DxpEnvelopes env = DxpEnvelopes.ofDefaults();
        TransInfo info = TransInfo.builder().copMsgId(UUID.randomUUID().toString().toUpperCase()).senderId(TransInfo.IMPORT_RECEIVER)
                .receiverId(SENDER).creatTime(Instant.parse("2026-11-23T06:05:04Z")).msgType("CEB312Message").build();
        return env.write(env.wrap(receipt, info));
    }

    @Test
    void theSameFileAgainIsAlreadySubmittedAndAChangedFileUnderItsGuidIsAGuidConflict() throws Exception {
        Path store = dir.resolve("state").resolve("outbox");
        Object[] submit = {"submit", "--outbox", transfer("t").resolve("outbox"), "--sender", SENDER, "--store", store};
        Path file = order(1, "first");
        Cli first = Cli.run(args(submit, key(), new Object[] {file}));
        assertThat(first.exitCode()).as(first.err()).isZero();

        Cli again = Cli.run(args(submit, key(), new Object[] {file}));

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("accepted .*order-1.xml: CEB311Message C2F2A0C3-0000-4000-8000-000000000001 SENT "
                + "already submitted 20\\d\\d-\\d\\d-\\d\\dT[0-9:.]+Z, status SENT");

        order(1, "a changed amount");
        Cli changed = Cli.run(args(submit, key(), new Object[] {file}));

        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).contains("rejected " + file + ": GUID_CONFLICT: stored ").contains("with other content, status SENT; not sent");
        assertThat(changed.err()).contains("[GUID_CONFLICT]");
        assertThat(transfer("t").resolve("outbox")).isDirectoryContaining(p -> p.getFileName().toString().endsWith("000000000001.xml"));
        assertThat(Files.list(transfer("t").resolve("outbox")).count()).as("nothing sent again").isEqualTo(1);
    }

    @Test
    void withoutStoreTheStoreIsTheSendersOwnInTheUsersDataDirectoryWhateverTheWorkingDirectory() throws Exception {
        Path data = dir.resolve("xdg");
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString(), "HOME", dir.resolve("home").toString());
        Path expected = data.resolve("cbec").resolve(SENDER).resolve("outbox");

        Cli submit = Cli.runWithEnvironment(env, args(new Object[] {"submit", "--outbox", transfer("t").resolve("outbox"), "--sender", SENDER},
                key(), new Object[] {order(2, "x")}));

        assertThat(submit.exitCode()).as(submit.err()).isZero();
        assertThat(submit.err()).contains("store: " + expected);
        assertThat(expected.resolveSibling("outbox.mv.db")).isRegularFile();
        Cli receipts = Cli.runWithEnvironment(env, "receipts", "--format", "json");
        assertThat(receipts.exitCode()).as(receipts.err()).isZero();
        assertThat(receipts.err()).contains("store: " + expected);
        assertThat(JSON.readTree(receipts.out()).at("/messages/0/guid").asText()).isEqualTo("C2F2A0C3-0000-4000-8000-000000000002");

        Map<String, String> noXdg = Map.of("HOME", dir.resolve("home").toString());
        Cli home = Cli.runWithEnvironment(noXdg, args(new Object[] {"submit", "--outbox", transfer("t").resolve("outbox"), "--sender", SENDER},
                key(), new Object[] {order(3, "x")}));
        assertThat(home.err()).contains("store: " + dir.resolve("home/.local/share/cbec/" + SENDER + "/outbox"));

        Cli other = Cli.runWithEnvironment(env, args(new Object[] {"submit", "--outbox", transfer("t").resolve("outbox"), "--sender", SENDER,
                "--store", dir.resolve("elsewhere/outbox")}, key(), new Object[] {order(4, "x")}));
        assertThat(other.err()).contains("warning: DXP id " + SENDER + " also has the store " + expected)
                .contains("one DXP id (one receipt queue) belongs to one store");

        Cli twoIds = Cli.runWithEnvironment(env, args(new Object[] {"submit", "--outbox", transfer("t").resolve("outbox"), "--sender",
                "DXPENT0000000002"}, key(), new Object[] {order(5, "x")}));
        assertThat(twoIds.exitCode()).as(twoIds.err()).isZero();
        Cli which = Cli.runWithEnvironment(env, "receipts");
        assertThat(which.exitCode()).isEqualTo(2);
        assertThat(which.err()).contains("holds the stores of DXPENT0000000002, " + SENDER + "; give --sender DXPID or --store PATH");
    }

    @Test
    void receiptsOfAnotherStoresMessagesAreListedExportedAndImportedWhereTheyBelong() throws Exception {
        Path a = dir.resolve("a/outbox");
        Path b = dir.resolve("b/outbox");
        Path t = transfer("t");
        assertThat(Cli.run(args(new Object[] {"submit", "--outbox", t.resolve("outbox"), "--sender", SENDER, "--store", a}, key(),
                new Object[] {order(6, "x")})).exitCode()).isZero();
        assertThat(Cli.run(args(new Object[] {"submit", "--outbox", t.resolve("outbox"), "--sender", SENDER, "--store", b}, key(),
                new Object[] {order(7, "x")})).exitCode()).isZero();
        byte[] receipt = releasedReceipt(6);
        Files.write(t.resolve("inbox").resolve("CEB312Message_r6.xml"), receipt);
        // store b polls the queue: the receipt of a's message is kept there, not dropped
        Cli watch = Cli.run("receipts", "--watch", "--inbox", t.resolve("inbox"), "--store", b, "--interval", "50ms", "--timeout", "1s");
        assertThat(watch.exitCode()).as("b's own message is not final").isEqualTo(1);

        Path moved = dir.resolve("moved");
        Cli listed = Cli.run("receipts", "--store", b, "--unmatched", "--export", moved);

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("CEB312Message  " + orderGuid(6)).contains("1 unmatched receipt; exported to " + moved);
        try (Stream<Path> files = Files.list(moved)) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(Files.readAllBytes(f)).isEqualTo(receipt));
        }
        JsonNode json = JSON.readTree(Cli.run("receipts", "--store", b, "--unmatched", "--format", "json").out());
        assertThat(json.at("/count").asInt()).isEqualTo(1);
        assertThat(json.at("/unmatched/0/messageType").asText()).isEqualTo("CEB312Message");

        Cli imported = Cli.run("receipts", "--store", a, "--import", moved);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 file: 1 receipt recorded, 0 kept unmatched");
        JsonNode inA = JSON.readTree(Cli.run("receipts", "--store", a, "--format", "json").out());
        assertThat(inA.at("/messages/0/status").asText()).isEqualTo("RELEASED");
        assertThat(Cli.run("receipts", "--store", a, "--unmatched").out()).contains("0 unmatched receipts");
    }

    @Test
    void sendRateIsReadAsMessagesPerMinute() {
        RateConverter rate = new RateConverter();
        assertThat(rate.convert("600/min")).isEqualTo(600);
        assertThat(rate.convert("10/s")).isEqualTo(600);
        assertThat(rate.convert("90")).isEqualTo(90);
        Cli wrong = Cli.run("submit", "--outbox", dir.resolve("o"), "--sender", SENDER, "--rate", "fast", dir);
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("not a rate like 600/min");
    }

    @Test
    void sendRateHoldsMessagesOverItInTheOutbox() throws Exception {
        order(8, "x");
        order(9, "x");
        order(10, "x");
        Path outbox = transfer("t").resolve("outbox");

        Cli submit = Cli.run(args(new Object[] {"submit", "--format", "json", "--outbox", outbox, "--sender", SENDER, "--store",
                dir.resolve("s/outbox"), "--rate", "2/min", "--timeout", "2s"}, key(), new Object[] {dir.resolve("orders")}));

        assertThat(submit.exitCode()).as(submit.err()).isEqualTo(1);
        JsonNode summary = JSON.readTree(submit.out()).at("/summary");
        assertThat(summary.at("/accepted").asInt()).isEqualTo(2);
        assertThat(summary.at("/pending").asInt()).isEqualTo(1);
        try (Stream<Path> sent = Files.list(outbox)) {
            assertThat(sent.filter(p -> p.getFileName().toString().endsWith(".xml")).toList()).hasSize(2);
        }
    }
}
