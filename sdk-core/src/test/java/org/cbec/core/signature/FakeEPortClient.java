package org.cbec.core.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.cbec.core.signature.spi.Signer;

/**
 * Speaks the E-Port client's WebSocket protocol on loopback and signs with a real software key, so signatures made
 * through it verify. Scriptable: wrong PIN, card error, silence, dropping the connection after each answer.
 */
final class FakeEPortClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final Signer key;
    private final String pin;
    private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor();
    private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    final List<String> methods = new CopyOnWriteArrayList<>();
    final AtomicInteger outstanding = new AtomicInteger();
    final AtomicInteger maxOutstanding = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    volatile String cardError;
    volatile boolean silent;
    volatile boolean dropAfterAnswer;
    volatile long answerDelayMillis;

    FakeEPortClient(Signer key, String pin) throws IOException {
        this.key = key;
        this.pin = pin;
        server.start(InetAddress.getLoopbackAddress(), 0);
        for (int i = 0; i < 20; i++) {
            server.enqueue(new MockResponse().withWebSocketUpgrade(new Listener()));
        }
    }

    URI url() {
        return URI.create("ws://" + server.getHostName() + ":" + server.getPort());
    }

    private final class Listener extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            sockets.add(webSocket);
            connections.incrementAndGet();
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            JsonNode req;
            try {
                req = JSON.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            methods.add(req.path("_method").asText());
            maxOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            if (silent) {
                return;
            }
            answers.schedule(() -> {
                String answer = answer(req);
                outstanding.decrementAndGet();
                ws.send(answer);
                if (dropAfterAnswer) {
                    ws.close(1001, "going away");
                }
            }, answerDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private String answer(JsonNode req) {
        String method = req.path("_method").asText();
        ObjectNode out = JSON.createObjectNode().put("_id", req.path("_id").asInt()).put("_method", method).put("_status", "00");
        ObjectNode args = out.putObject("_args");
        ArrayNode data = args.putArray("Data");
        ArrayNode error = args.putArray("Error");
        String serial = Certificates.serialHex(key.certificate());
        if (cardError != null) {
            args.put("Result", false);
            error.add(cardError);
            error.add("Err:Custom50070");
        } else if (method.equals("cus-sec_SpcSignDataAsPEM") && !pin.equals(req.path("args").path("passwd").asText())) {
            args.put("Result", false);
            error.add("口令错误，剩余重试次数 5");
        } else {
            args.put("Result", true);
            switch (method) {
                case "cus-sec_SpcSignDataAsPEM" -> {
                    byte[] in = req.path("args").path("inData").asText().getBytes(StandardCharsets.UTF_8);
                    data.add(Base64.getMimeEncoder().encodeToString(key.sign(in).bytes()));
                    data.add(serial);
                }
                case "cus-sec_SpcGetSignCertAsPEM" -> data.add(TestKeys.pem(key.certificate()));
                case "cus-sec_SpcGetCertNo" -> data.add(serial);
                default -> {
                    args.put("Result", false);
                    error.add("unknown method " + method);
                }
            }
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        answers.shutdownNow();
        sockets.forEach(ws -> ws.close(1001, "fake E-Port client stopping"));
        server.shutdown();
    }
}
