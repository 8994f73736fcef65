package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.customs.codes.TaxStatus;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.imports.TaxHeadStatus;
import org.cbec.mock.internal.console.Console;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The console's JSON endpoints, which the page uses and nothing else: decisions by hand, parcels, masking, controls
 * and the admin token. The page itself is driven in a real browser by {@code ConsoleBrowserTest}.
 */
@Timeout(60)
class MockSingleWindowConsoleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DxpEnvelopes ENVELOPES = DxpEnvelopes.ofDefaults();
    private static final String BUYER_ID = "110101199003074514";
    private static final Duration GAP = Duration.ofMinutes(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private final MockSingleWindowProtocolTest.FakeClock clock = new MockSingleWindowProtocolTest.FakeClock();

    private JsonNode get(MockSingleWindow mock, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(mock.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET " + path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(MockSingleWindow mock, String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(mock.url().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header(Console.TOKEN_HEADER, token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void send(MockSingleWindow mock, CebMessage message) throws Exception {
        byte[] signed = CebCodec.ofDefaults().writeSigned(message, FastClients.SIGNER);
        TransInfo info = TransInfo.builder().copMsgId(message.guid()).senderId("DXPENT0000458763").receiverId(TransInfo.IMPORT_RECEIVER)
                .creatTime(Instant.parse("2026-11-23T02:00:00Z")).msgType(message.spec().rootName()).build();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(mock.sendUrl())
                .POST(HttpRequest.BodyPublishers.ofByteArray(ENVELOPES.write(ENVELOPES.wrap(signed, info)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ENVELOPES.readReport(r.body()).responses().get(0).responseCode()).isEqualTo("0000");
    }

    private List<String> pollAll(MockSingleWindow mock) throws Exception {
        return pollEnvelopes(mock).stream().map(e -> e.transInfo().msgType()).toList();
    }

    /** Every receipt waiting, as its DxpMsg. */
    private List<DxpMsg> pollEnvelopes(MockSingleWindow mock) throws Exception {
        List<DxpMsg> receipts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(mock.receiptUrl()).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 204) {
                return receipts;
            }
            receipts.add(ENVELOPES.read(r.body()));
        }
        throw new AssertionError("more than 100 receipts");
    }

    private static CebMessage orderWithGuidEnding(String digit) {
        Ceb311Message order = Orders.valid();
        return order.toBuilder().guid(order.guid().substring(0, 35) + digit).build();
    }

    @Test
    void afterPaymentEveryOpenTaxBillIsSummarisedOnceWithACeb818CarryingItsPaymentForm() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(GAP).start()) {
            send(mock, Orders.valid());
            send(mock, Parcels.inventoryMessage());
            clock.advance(Duration.ofMinutes(10));
            assertThat(pollAll(mock)).contains("CEB816Message");

            HttpResponse<String> paid = post(mock, "/admin/api/tax-bills/summarise", "{}", null);

            assertThat(paid.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(paid.body()).path("summarised").asInt()).isEqualTo(1);
            List<DxpMsg> updates = pollEnvelopes(mock);
            assertThat(updates).extracting(e -> e.transInfo().msgType()).containsExactly("CEB818Message");
            TaxHeadStatus status = CebCodec.ofDefaults().read(updates.get(0).data(), Ceb818Message.SPEC).taxStates().get(0).taxHeadStatus();
            assertThat(status.status()).isEqualTo(TaxStatus.SUMMARISED.code());
            assertThat(status.entDutyNo()).isNotBlank();
            assertThat(status.invtNo()).startsWith("I");
            assertThat(JSON.readTree(post(mock, "/admin/api/tax-bills/summarise", "{}", null).body()).path("summarised").asInt()).isZero();
            assertThat(pollAll(mock)).isEmpty();
        }
    }

    private long idOf(MockSingleWindow mock, String type) throws Exception {
        for (JsonNode m : get(mock, "/admin/api/messages?type=" + type).path("messages")) {
            return m.path("id").asLong();
        }
        throw new AssertionError("no " + type + " listed");
    }

    @Test
    void aHeldInventoryIsReleasedByHandAndItsParcelShowsTheFourDocumentsAndTheTaxBill() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(GAP).start()) {
            send(mock, Orders.valid());
            send(mock, Parcels.paymentMessage());
            send(mock, Parcels.waybillMessage());
            assertThat(post(mock, "/admin/api/scenarios", "{\"name\":\"hold\"}", null).statusCode()).isEqualTo(200);
            send(mock, Parcels.inventoryMessage());
            clock.advance(Duration.ofMinutes(5));
            pollAll(mock);
            long inventory = idOf(mock, "CEB621Message");
            String orderNo = Parcels.order().orderHead().orderNo();

            JsonNode held = get(mock, "/admin/api/messages/" + inventory);
            assertThat(held.path("awaitsDecision").asBoolean()).isTrue();
            assertThat(held.path("status").asText()).isEqualTo("2");
            assertThat(held.path("route").asText()).isEqualTo("scripted: 2");
            assertThat(get(mock, "/admin/api/messages?q=" + orderNo).path("total").asInt()).isEqualTo(4);

            assertThat(post(mock, "/admin/api/messages/" + inventory + "/release", "{}", null).statusCode()).isEqualTo(200);
            assertThat(pollAll(mock)).containsExactly("CEB622Message", "CEB622Message", "CEB622Message", "CEB816Message");
            JsonNode released = get(mock, "/admin/api/messages/" + inventory);
            JsonNode parcel = get(mock, "/admin/api/parcels/" + orderNo);

            assertThat(released.path("status").asText()).isEqualTo("800");
            assertThat(released.path("awaitsDecision").asBoolean()).isFalse();
            assertThat(released.path("timeline").findValuesAsText("state")).containsOnly("sent");
            assertThat(released.path("timeline").findValuesAsText("status")).containsSubsequence("2", "120", "399", "800");
            assertThat(parcel.path("documents").findValuesAsText("type"))
                    .containsExactly("CEB311Message", "CEB411Message", "CEB511Message", "CEB621Message");
            assertThat(parcel.path("documents").findValuesAsText("status")).containsExactly("120", "120", "120", "800"); // each at its table's end
            assertThat(parcel.path("taxBill").path("xml").asText()).isEqualTo("CEB816Message");
            assertThat(parcel.toString()).doesNotContain(BUYER_ID);
            assertThat(post(mock, "/admin/api/messages/" + inventory + "/release", "{}", null).statusCode()).isEqualTo(409);
        }
    }

    @Test
    void inspectionDetentionAndReshipmentCanBeEnqueuedByNameAndTheirReceiptsFollow() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(GAP).start()) {
            assertThat(post(mock, "/admin/api/scenarios", "{\"name\":\"detain\"}", null).statusCode()).isEqualTo(400);
            post(mock, "/admin/api/scenarios", "{\"name\":\"inspect\"}", null);
            send(mock, orderWithGuidEnding("1"));
            post(mock, "/admin/api/scenarios", "{\"name\":\"detain\",\"reason\":\"涉嫌侵权\"}", null);
            send(mock, orderWithGuidEnding("2"));
            post(mock, "/admin/api/scenarios", "{\"name\":\"reship\",\"reason\":\"禁止进境\"}", null);
            send(mock, orderWithGuidEnding("3"));
            clock.advance(Duration.ofMinutes(10));
            pollAll(mock);
            List<JsonNode> timelines = new ArrayList<>();
            for (JsonNode m : get(mock, "/admin/api/messages?type=CEB311Message").path("messages")) {
                timelines.add(get(mock, "/admin/api/messages/" + m.path("id").asLong()).path("timeline"));
            }

            assertThat(timelines).extracting(t -> t.findValuesAsText("status")).containsExactlyInAnyOrder(
                    List.of("2", "120", "399", "500", "800"),
                    List.of("2", "120", "399", "500", "599"),
                    List.of("2", "120", "399", "500", "599", "700"));
            assertThat(timelines.toString()).contains("涉嫌侵权", "禁止进境");
        }
    }

    @Test
    void aHeldOrderIsRejectedByHandWithTheReasonGiven() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(GAP).start()) {
            post(mock, "/admin/api/scenarios", "{\"name\":\"hold\"}", null);
            send(mock, Orders.valid());
            clock.advance(Duration.ofMinutes(5));
            pollAll(mock);
            long order = idOf(mock, "CEB311Message");

            assertThat(post(mock, "/admin/api/messages/" + order + "/reject", "{}", null).statusCode()).isEqualTo(400);
            assertThat(post(mock, "/admin/api/messages/" + order + "/reject", "{\"reason\":\"订购人身份信息校验未通过\"}", null).statusCode())
                    .isEqualTo(200);
            pollAll(mock);
            JsonNode rejected = get(mock, "/admin/api/messages/" + order);

            assertThat(rejected.path("status").asText()).isEqualTo("100");
            assertThat(rejected.path("timeline").get(rejected.path("timeline").size() - 1).path("info").asText())
                    .isEqualTo("订购人身份信息校验未通过");
        }
    }

    @Test
    void theBodyIsShownWithChineseFieldNamesAndPersonalDataMaskedButTheEnvelopeDownloadIsRaw() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(GAP).start()) {
            send(mock, Orders.valid());
            long order = idOf(mock, "CEB311Message");

            JsonNode detail = get(mock, "/admin/api/messages/" + order);
            String envelope = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/api/messages/" + order + "/envelope")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();

            assertThat(detail.toString()).doesNotContain(BUYER_ID, "13522652231").contains("110***********4514");
            assertThat(detail.path("body").findValues("xml").toString()).contains("buyerIdNumber");
            assertThat(detail.path("body").findValuesAsText("cn")).contains("订购人证件号码", "电子订单");
            assertThat(detail.path("signatureVerdict").path("valid").asBoolean()).isTrue();
            assertThat(detail.path("signatureVerdict").path("profile").asText()).isEqualTo("SM2_SM3");
            assertThat(detail.path("signatureVerdict").path("trust").path("decision").asText()).isEqualTo("EMBEDDED_UNTRUSTED");
            assertThat(detail.path("crossCheck").path("agree").asBoolean()).isTrue();
            assertThat(detail.path("receivedAt").asText()).isEqualTo("2026-11-23 10:00:00.000"); // 02:00 UTC in China time
            assertThat(envelope).startsWith("<?xml").contains("<dxp:DxpMsg", "<dxp:Data>"); // as received: the message inside in Base64
        }
    }

    @Test
    void controlsAndEnvelopesNeedTheAdminTokenWhenTheMockHasOneAndControlsTakeJsonOnly() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().adminToken("t0ken-for-this-test").start()) {
            send(mock, Orders.valid());
            long order = idOf(mock, "CEB311Message");
            HttpResponse<String> envelope = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/api/messages/" + order + "/envelope"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> formPost = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/api/reset"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(Console.TOKEN_HEADER, "t0ken-for-this-test")
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(post(mock, "/admin/api/faults", "{\"kind\":\"drop\"}", null).statusCode()).isEqualTo(401);
            assertThat(post(mock, "/admin/api/faults", "{\"kind\":\"drop\"}", "wrong-token").statusCode()).isEqualTo(401);
            assertThat(envelope.statusCode()).isEqualTo(401);
            assertThat(formPost.statusCode()).isEqualTo(415);
            assertThat(get(mock, "/admin/api/state").path("faultsQueued")).isEmpty();
            assertThat(post(mock, "/admin/api/faults", "{\"kind\":\"drop\"}", "t0ken-for-this-test").statusCode()).isEqualTo(200);
            assertThat(get(mock, "/admin/api/state").path("faultsQueued").toString()).contains("drop the answer");
            assertThat(get(mock, "/admin/api/state").path("tokenRequired").asBoolean()).isTrue();
        }
    }

    @Test
    void aMockBoundBeyondLoopbackMakesATokenAndOnLoopbackNeedsNone() throws Exception {
        String made = MockSingleWindow.adminToken(InetAddress.getByName("192.0.2.10"), null);

        assertThat(made).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(MockSingleWindow.adminToken(InetAddress.getByName("192.0.2.10"), null));
        assertThat(MockSingleWindow.adminToken(InetAddress.getByName("0.0.0.0"), null)).isNotNull();
        assertThat(MockSingleWindow.adminToken(InetAddress.getLoopbackAddress(), null)).isNull();
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            assertThat(mock.adminToken()).isEmpty();
            assertThat(post(mock, "/admin/api/faults", "{\"kind\":\"drop\"}", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onLoopbackTheConsoleAnswersOnlyToALoopbackHostName() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            int port = mock.url().getPort();

            assertThat(statusLine(mock, "localhost:" + port)).startsWith("HTTP/1.1 200 ");
            assertThat(statusLine(mock, "127.0.0.1:" + port)).startsWith("HTTP/1.1 200 ");
            assertThat(statusLine(mock, "[::1]:" + port)).startsWith("HTTP/1.1 200 ");
            assertThat(statusLine(mock, "rebound.example:" + port)).startsWith("HTTP/1.1 403 "); // DNS rebinding
            assertThat(statusLine(mock, "127.0.0.1.rebound.example")).startsWith("HTTP/1.1 403 ");
        }
    }

    /** The status line of {@code GET /admin/api/state} sent with this {@code Host} header. */
    private static String statusLine(MockSingleWindow mock, String host) throws Exception {
        try (Socket s = new Socket(mock.url().getHost(), mock.url().getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /admin/api/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }

    @Test
    void badControlsAreRefusedWithTheReasonAndResetForgetsEverything() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(GAP).start()) {
            send(mock, Orders.valid());
            post(mock, "/admin/api/faults", "{\"kind\":\"http-status\",\"status\":503}", null);

            assertThat(post(mock, "/admin/api/scenarios", "{\"name\":\"nope\"}", null).body()).contains("no scenario 'nope'");
            assertThat(post(mock, "/admin/api/scenarios", "{\"name\":\"reject\"}", null).statusCode()).isEqualTo(400);
            assertThat(post(mock, "/admin/api/faults", "{\"kind\":\"http-status\",\"status\":200}", null).statusCode()).isEqualTo(400);
            assertThat(post(mock, "/admin/api/faults", "{not json", null).statusCode()).isEqualTo(400);
            assertThat(post(mock, "/admin/api/179", "{\"platDataOpen\":\"file:///etc/passwd\",\"orderNo\":\"1\"}", null).statusCode())
                    .isEqualTo(400);
            assertThat(post(mock, "/admin/api/messages/1/release", "{}", null).statusCode()).isEqualTo(409); // not held: decided by its timeline
            assertThat(post(mock, "/admin/api/reset", "{}", null).statusCode()).isEqualTo(200);
            assertThat(get(mock, "/admin/api/messages").path("total").asInt()).isZero();
            assertThat(get(mock, "/admin/api/state").path("faultsQueued")).isEmpty();
            assertThat(get(mock, "/admin/api/state").path("receiptsWaiting").asInt()).isZero();
            assertThat(mock.received()).isEmpty();
        }
    }
}
