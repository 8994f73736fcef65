package org.cbec.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cbec.core.signature.spi.Signer;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.Pay179Request;
import org.cbec.mock.Pay179Upload;
import org.cbec.mock.TestKeys;
import org.cbec.pay179.Pay179Config;
import org.cbec.pay179.Pay179Responder;
import org.cbec.pay179.PayExchangeInfoHead;
import org.cbec.pay179.PayExchangeInfoList;
import org.cbec.pay179.PaymentDataSource;

import com.sun.net.httpserver.HttpServer;

/**
 * A platform answering customs' request for the payment raw data of an order (the "179" interface, customs
 * announcement 2018 No. 179). The platform serves {@code platDataOpen} with the SDK's {@link Pay179Responder}: it
 * answers {@code {"code":"10000",…}} at once, then finds the payment in its records, signs it (SM2 with SM3) and uploads
 * it within the two-minute deadline. The embedded {@link MockSingleWindow} plays customs: it asks, then verifies the
 * signed upload against the certificate registered for the platform.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.Answer179 -DskipTests package -pl examples -am}
 */
public final class Answer179 {

    private static final String ORDER_NO = "ORDER-2026-0001";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private Answer179() {
    }

    /**
     * What came of the request.
     *
     * @param request  what customs asked and the platform's immediate answer
     * @param upload   the upload customs received and its answer to it
     * @param platform how the platform's responder saw the upload end
     */
    public record Outcome(Pay179Request request, Pay179Upload upload, Pay179Responder.Outcome platform) {
    }

    public static void main(String[] args) throws Exception {
        run(System.out);
    }

    /** Serves platDataOpen on loopback, lets the embedded mock ask for {@value #ORDER_NO} and prints both sides. */
    public static Outcome run(PrintStream out) throws InterruptedException {
        Signer key = TestKeys.sm2().signer();
        MockFiling.warnTestKey(out);
        // customs knows the platform's certificate: it was registered for the platform's ebpCode
        try (MockSingleWindow customs = MockSingleWindow.builder().trust(key.certificate()).start();
                Pay179Responder responder = new Pay179Responder(Pay179Config.custom().uploadUrl(customs.pay179UploadUrl().toString())
                        .deadline(Duration.ofMinutes(2)).build(), key, Answer179::paymentRecord)) {
            PlatDataOpen platform = new PlatDataOpen(responder);
            try {
                out.println("== Platform serves platDataOpen at " + platform.url() + "; customs (mock) uploads go to "
                        + customs.pay179UploadUrl());
                Pay179Request request = customs.request179(platform.url(), ORDER_NO);
                out.println("== Customs asked for order " + request.orderNo() + ", session " + request.sessionId()
                        + "; the platform answered at once: " + request.answer());
                Pay179Upload upload = request.awaitUpload(WAIT);
                out.println("== Customs received the upload of transaction " + upload.payTransactionId() + " ("
                        + upload.totalAmount() + " CNY, certificate " + upload.certNo() + "): " + upload.code()
                        + (upload.verified() ? " signature verified" : " refused: " + upload.message()));
                Pay179Responder.Outcome outcome = platform.lastUpload().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                out.println("== The platform's responder: " + outcome.result() + " after " + outcome.attempts() + " attempt(s), "
                        + outcome.took().toMillis() + " ms from the request");
                return new Outcome(request, upload, outcome);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the platform's upload did not end within " + WAIT, e);
            } finally {
                platform.stop();
            }
        }
    }

    /** The platform's record of the payment behind an order, as its payment system keeps it. */
    private static Optional<PaymentDataSource.PaymentData> paymentRecord(String orderNo) {
        if (!orderNo.equals(ORDER_NO)) {
            return Optional.empty();
        }
        PayExchangeInfoHead head = new PayExchangeInfoHead("9D55BA71-55DE-41F4-8B50-C36C83B3B419",
                "https://pay.example.cn/gateway?out_trade_no=" + orderNo + "&total_fee=184.70", "trade_status=TRADE_SUCCESS",
                "1105910159", "1105910161", "PAY-" + orderNo, new BigDecimal("184.70"), "142", "3", "1", "20261123093000", null);
        PayExchangeInfoList list = new PayExchangeInfoList(orderNo, List.of(
                new PayExchangeInfoList.GoodsInfo("面霜 50ml", "https://shop.example.cn/item/SKU-1"),
                new PayExchangeInfoList.GoodsInfo("洗发水 500ml", "https://shop.example.cn/item/SKU-2")),
                "6222000011112222", "1105910159", "示例跨境电商平台有限公司");
        return Optional.of(new PaymentDataSource.PaymentData(head, List.of(list)));
    }

    /** The platform's {@code platDataOpen} endpoint on loopback (any HTTP server does: customs calls it over plain HTTP). */
    private static final class PlatDataOpen {
        private final HttpServer server;
        private volatile CompletableFuture<Pay179Responder.Outcome> lastUpload;

        PlatDataOpen(Pay179Responder responder) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/platDataOpen", exchange -> {
                try (exchange) {
                    Pay179Responder.Answer answer = responder.handle(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                    lastUpload = answer.upload();
                    byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                    exchange.sendResponseHeaders(200, json.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(json);
                    }
                }
            });
            server.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/platDataOpen");
        }

        CompletableFuture<Pay179Responder.Outcome> lastUpload() {
            return lastUpload;
        }

        void stop() {
            server.stop(0);
        }
    }
}
