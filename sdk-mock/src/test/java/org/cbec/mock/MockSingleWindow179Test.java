package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.cbec.core.signature.TestKeys;
import org.cbec.mock.MockSingleWindowProtocolTest.FakeClock;
import org.cbec.pay179.Pay179Config;
import org.cbec.pay179.Pay179Responder;
import org.cbec.pay179.Pay179Signature;
import org.cbec.pay179.PayExchangeInfoHead;
import org.cbec.pay179.PayExchangeInfoList;
import org.cbec.pay179.PaymentDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** The 179 interface both ways: the mock asks a platform's platDataOpen, the platform uploads, the mock verifies. */
@Timeout(30)
class MockSingleWindow179Test {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final PayExchangeInfoHead HEAD = new PayExchangeInfoHead("9D55BA71-55DE-41F4-8B50-C36C83B3B419",
            "https://pay.example/req?a=1", "ok", "1105910159", "312226T001", "2018121222001354081010726129", new BigDecimal("88.50"),
            "142", "3", "1", "20181212041803", null);
    private static final List<PayExchangeInfoList> LISTS = List.of(new PayExchangeInfoList("ORDER-1",
            List.of(new PayExchangeInfoList.GoodsInfo("奶粉", "https://shop.example/item/1")), "6222000011112222", "312226T001", "某支付公司"));
    private static final PaymentDataSource DATA = orderNo -> orderNo.equals("ORDER-1")
            ? Optional.of(new PaymentDataSource.PaymentData(HEAD, LISTS)) : Optional.empty();

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer platform;
    private Pay179Responder responder;
    private final LinkedBlockingQueue<Pay179Responder.Outcome> outcomes = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.stop(0);
        }
        if (responder != null) {
            responder.close();
        }
    }

    /** A platform on loopback whose platDataOpen answers with {@code handler}; returns the endpoint. */
    private URI platform(Function<String, String> handler) throws IOException {
        platform = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        platform.createContext("/platDataOpen", exchange -> {
            try (exchange) {
                byte[] answer = handler.apply(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        platform.start();
        return URI.create("http://127.0.0.1:" + platform.getAddress().getPort() + "/platDataOpen");
    }

    /** A platform answering with the SDK's {@link Pay179Responder}, uploading to the mock. */
    private URI sdkPlatform(MockSingleWindow mock) throws IOException {
        Pay179Config config = Pay179Config.custom().uploadUrl(mock.pay179UploadUrl().toString())
                .attemptTimeout(Duration.ofSeconds(5)).backoff(Duration.ofMillis(20), Duration.ofMillis(50)).build();
        responder = new Pay179Responder(config, TestKeys.sm2().signer(), DATA);
        return platform(body -> {
            Pay179Responder.Answer a = responder.handle(body);
            a.upload().thenAccept(outcomes::add);
            return a.json();
        });
    }

    private HttpResponse<String> upload(MockSingleWindow mock, String payExInfoStr) throws Exception {
        return http.send(HttpRequest.newBuilder(mock.pay179UploadUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("payExInfoStr=" + URLEncoder.encode(payExInfoStr, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String code(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body()).path("code").asText();
    }

    private static String signed(String sessionId) {
        return Pay179Signature.sign(TestKeys.sm2().signer(), sessionId, HEAD, LISTS, System.currentTimeMillis()).toJson();
    }

    @Test
    void platformUsingTheSdkResponderAnswersAtOnceAndItsSignedUploadVerifies() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2().certificate()).start()) {
            Pay179Request request = mock.request179(sdkPlatform(mock), "ORDER-1");

            assertThat(request.acknowledged()).as(request.answer()).isTrue();
            Pay179Upload up = request.awaitUpload(WAIT);
            assertThat(up.verified()).as(up.message()).isTrue();
            assertThat(up.sessionId()).isEqualTo(request.sessionId());
            assertThat(up.orderNo()).isEqualTo("ORDER-1");
            assertThat(up.payTransactionId()).isEqualTo(HEAD.payTransactionId());
            assertThat(outcomes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).result()).isEqualTo(Pay179Responder.Result.UPLOADED);
            assertThat(mock.uploads179()).containsExactly(up);
        }
    }

    @Test
    void theConsoleAsksAPlatformThroughItsJsonEndpointAndListsTheUploadWithoutAccountData() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2().certificate()).start()) {
            String ask = JSON.createObjectNode().put("platDataOpen", sdkPlatform(mock).toString()).put("orderNo", "ORDER-1").toString();
            HttpResponse<String> asked = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/api/179"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ask)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
            assertThat(JSON.readTree(asked.body()).path("answerCode").asText()).isEqualTo(Pay179Upload.ACCEPTED);
            assertThat(outcomes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS).result()).isEqualTo(Pay179Responder.Result.UPLOADED);
            String uploads = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/api/179")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(uploads).contains(JSON.readTree(asked.body()).path("sessionID").asText(), "\"code\":\"10000\"")
                    .doesNotContain("6222000011112222");
        }
    }

    @Test
    void adminPageListsUploadsWithoutAccountData() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2().certificate()).start()) {
            Pay179Request request = mock.request179(sdkPlatform(mock), "ORDER-1");
            request.awaitUpload(WAIT);

            String html = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/179")).build(), HttpResponse.BodyHandlers.ofString()).body();
            String json = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/179/uploads")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(html).contains("<td>" + request.sessionId() + "</td>", "<td>10000</td>").doesNotContain("6222000011112222");
            assertThat(json).contains("\"sessionID\":\"" + request.sessionId() + "\"", "\"code\":\"10000\"")
                    .doesNotContain("6222000011112222", "initalRequest");
        }
    }

    @Test
    void tamperedUploadIsRefusedAndRecorded() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2().certificate()).start()) {
            Pay179Request request = mock.request179(platform(body -> "{\"code\":\"10000\",\"message\":\"\"}"), "ORDER-1");
            String tampered = signed(request.sessionId()).replace("\"totalAmount\":88.50,", "\"totalAmount\":8.50,");

            HttpResponse<String> answer = upload(mock, tampered);

            assertThat(code(answer)).isEqualTo("20000");
            assertThat(JSON.readTree(answer.body()).path("message").asText()).startsWith("验签失败");
            Pay179Upload up = request.awaitUpload(WAIT);
            assertThat(up.verified()).isFalse();
            assertThat(up.totalAmount()).isEqualTo("8.50");
        }
    }

    @Test
    void uploadForAnUnknownSessionIsRefused() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2().certificate()).start()) {
            HttpResponse<String> answer = upload(mock, signed("no-such-session"));

            assertThat(code(answer)).isEqualTo("20000");
            assertThat(mock.uploads179()).singleElement().satisfies(up -> assertThat(up.message()).startsWith("sessionID不存在"));
        }
    }

    @Test
    void uploadSignedWithAnUnregisteredCertificateIsRefusedAndTheResponderSaysSo() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.otherSm2().certificate()).start()) {
            Pay179Upload up = mock.request179(sdkPlatform(mock), "ORDER-1").awaitUpload(WAIT);

            assertThat(up.message()).startsWith("验签证书未在服务系统注册");
            Pay179Responder.Outcome outcome = outcomes.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(outcome.result()).isEqualTo(Pay179Responder.Result.REJECTED);
            assertThat(outcome.detail()).contains("20000", "验签证书未在服务系统注册");
        }
    }

    @Test
    void uploadAfterTheTwoMinuteDeadlineIsRefused() throws Exception {
        FakeClock clock = new FakeClock();
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).trust(TestKeys.sm2().certificate()).start()) {
            Pay179Request request = mock.request179(platform(body -> "{\"code\":\"10000\"}"), "ORDER-1");
            clock.advance(MockSingleWindow.PAY179_DEADLINE.plusSeconds(1));

            assertThat(code(upload(mock, signed(request.sessionId())))).isEqualTo("20000");
            assertThat(request.awaitUpload(WAIT).message()).startsWith("上传超时");
        }
    }

    @Test
    void uploadOfAnotherOrderThanRequestedIsRefused() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(TestKeys.sm2().certificate()).start()) {
            Pay179Request request = mock.request179(platform(body -> "{\"code\":\"10000\"}"), "ORDER-2");

            assertThat(code(upload(mock, signed(request.sessionId())))).isEqualTo("20000");
            assertThat(request.awaitUpload(WAIT).message()).contains("ORDER-2");
        }
    }

    @Test
    void requestCarriesOrderSessionAndServiceTimeAsAForm() throws Exception {
        LinkedBlockingQueue<String> asked = new LinkedBlockingQueue<>();
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            Pay179Request request = mock.request179(platform(body -> {
                asked.add(body);
                return "{\"code\":\"20000\",\"message\":\"busy\"}";
            }), "ORDER-1");

            assertThat(request.acknowledged()).isFalse();
            String body = asked.poll(1, TimeUnit.SECONDS);
            assertThat(body).startsWith("openReq=");
            var req = JSON.readTree(java.net.URLDecoder.decode(body.substring("openReq=".length()), StandardCharsets.UTF_8));
            assertThat(req.path("orderNo").asText()).isEqualTo("ORDER-1");
            assertThat(req.path("sessionID").asText()).isEqualTo(request.sessionId());
            assertThat(req.path("serviceTime").asLong()).isEqualTo(request.requestedAt().toEpochMilli());
        }
    }
}
