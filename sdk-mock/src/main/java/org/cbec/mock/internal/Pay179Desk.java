package org.cbec.mock.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.core.signature.VerificationResult;
import org.cbec.mock.Pay179Request;
import org.cbec.mock.Pay179Upload;
import org.cbec.mock.internal.server.Request;
import org.cbec.mock.internal.server.Response;
import org.cbec.pay179.Pay179Signature;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Customs' side of the "179" interface: asks a platform's {@code platDataOpen} for the payment raw data of an order
 * ({@code openReq} form field: {@code orderNo}, {@code sessionID}, {@code serviceTime}), expects {@code code} 10000 at
 * once, and takes the signed upload ({@code payExInfoStr} form field) on its own endpoint. An upload is accepted
 * ({@code 10000}) only when, in this order: it is JSON with every field; its {@code sessionID} names an open request
 * not older than the deadline; its lists carry the requested {@code orderNo}; {@code certNo} names a registered
 * certificate; and {@code signValue} verifies ({@link Pay179Signature}) over the signed text built from the JSON
 * exactly as uploaded. Otherwise {@code 20000} with the reason. Thread safe.
 */
public final class Pay179Desk {

    /** Amounts read as written ({@code 88.50} stays {@code 88.50}). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** The admin page of the uploads, relative to the mock's URL. */
    public static final String ADMIN_PATH = "/admin/179";

    /** A request waiting for its upload. */
    private record Open(String orderNo, Instant requestedAt, CompletableFuture<Pay179Upload> upload) {
    }

    /** The uploaded JSON: parsed, and the head and lists exactly as uploaded. */
    private record Parsed(JsonNode tree, String rawHead, String rawLists, String rawServiceTime) {
    }

    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Clock clock;
    private final TrustPolicy registered;
    private final Duration deadline;
    private HttpClient http; // made on the first request: it starts a selector thread
    private final Map<String, Open> open = new HashMap<>();
    private final List<Pay179Upload> uploads = new ArrayList<>();

    /**
     * @param clock      dates requests and uploads and measures the deadline
     * @param registered the trust uploads are verified with: its configured certificate named by {@code certNo}
     * @param deadline   how long after a request its upload is taken (customs: two minutes)
     */
    public Pay179Desk(Clock clock, TrustPolicy registered, Duration deadline) {
        this.clock = clock;
        this.registered = registered;
        this.deadline = deadline;
    }

    /**
     * Asks {@code platDataOpen} for the payment data of {@code orderNo} and returns once the platform answered.
     *
     * @throws IllegalStateException when the platform cannot be reached or answers with an HTTP error
     */
    public Pay179Request request(URI platDataOpen, String orderNo) throws InterruptedException {
        String sessionId = UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        CompletableFuture<Pay179Upload> upload = new CompletableFuture<>();
        synchronized (this) {
            open.put(sessionId, new Open(orderNo, now, upload)); // before asking: the upload may come before the answer
        }
        String openReq = JSON.createObjectNode().put("orderNo", orderNo).put("sessionID", sessionId)
                .put("serviceTime", now.toEpochMilli()).toString();
        HttpRequest post = HttpRequest.newBuilder(platDataOpen).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("openReq=" + URLEncoder.encode(openReq, StandardCharsets.UTF_8))).build();
        HttpResponse<String> response;
        try {
            response = http().send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            close(sessionId);
            throw new IllegalStateException("platDataOpen " + platDataOpen + " did not answer: " + e, e);
        }
        if (response.statusCode() / 100 != 2) {
            close(sessionId);
            throw new IllegalStateException("platDataOpen " + platDataOpen + " answered HTTP " + response.statusCode());
        }
        String code = answerCode(response.body());
        if (!Pay179Upload.ACCEPTED.equals(code)) {
            close(sessionId);
        }
        return new Pay179Request(orderNo, sessionId, now, code, response.body(), upload);
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(ANSWER_TIMEOUT).build();
        }
        return http;
    }

    private synchronized void close(String sessionId) {
        open.remove(sessionId);
    }

    private static String answerCode(String body) {
        try {
            return JSON.readTree(body).path("code").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Forgets every request and upload. */
    public synchronized void reset() {
        open.clear();
        uploads.clear();
    }

    /** Every upload received so far, in arrival order. */
    public synchronized List<Pay179Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Answers {@code POST realTimeDataUpload} with {@code payExInfoStr}, as customs does. */
    public Response upload(Request request) throws IOException {
        if (!"POST".equals(request.method())) {
            return Response.empty(405);
        }
        String body = new String(request.body(), StandardCharsets.UTF_8);
        Pay179Upload result = receive(formField(body, "payExInfoStr"));
        ObjectNode answer = JSON.createObjectNode().put("code", result.code()).put("message", result.message()).put("total", 0)
                .put("serviceTime", clock.millis());
        return Response.ok(Response.JSON, JSON.writeValueAsBytes(answer));
    }

    /** Answers {@code /admin/179} (HTML) and {@code /admin/179/uploads} (JSON): the uploads received and their answers. */
    public Response admin(Request request) throws IOException {
        String path = request.path();
        if (path.equals(ADMIN_PATH + "/uploads")) {
            return Response.ok(Response.JSON, JSON.writeValueAsBytes(uploads().stream().map(Pay179Desk::row).toList()));
        } else if (path.equals(ADMIN_PATH) || path.equals(ADMIN_PATH + "/")) {
            return Response.ok("text/html; charset=utf-8", html().getBytes(StandardCharsets.UTF_8));
        }
        return Response.text(404, "not found");
    }

    private String html() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>cbec mock Single Window: 179</title>"
                + "</head><body><h1>179 payment data uploads</h1><p>JSON: <a href=\"" + ADMIN_PATH + "/uploads\">" + ADMIN_PATH
                + "/uploads</a></p><table border=\"1\" cellpadding=\"4\"><tr><th>received</th><th>sessionID</th><th>orderNo</th>"
                + "<th>ebpCode</th><th>payTransactionId</th><th>totalAmount</th><th>currency</th><th>certNo</th><th>code</th><th>message</th></tr>");
        for (Pay179Upload u : uploads()) {
            b.append("<tr>");
            row(u).values().forEach(cell -> b.append("<td>").append(escape(cell)).append("</td>"));
            b.append("</tr>");
        }
        return b.append("</table></body></html>").toString();
    }

    private static String escape(Object o) {
        return String.valueOf(o).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** One upload as the admin views show it: no account data. */
    public static Map<String, Object> row(Pay179Upload u) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("receivedAt", u.receivedAt().toString());
        row.put("sessionID", u.sessionId());
        row.put("orderNo", u.orderNo());
        row.put("ebpCode", u.ebpCode());
        row.put("payTransactionId", u.payTransactionId());
        row.put("totalAmount", u.totalAmount());
        row.put("currency", u.currency());
        row.put("certNo", u.certNo());
        row.put("code", u.code());
        row.put("message", u.message());
        return row;
    }

    /** Checks and records one {@code payExInfoStr}; the first upload naming an open request completes it. */
    public synchronized Pay179Upload receive(String payExInfoStr) {
        Instant now = clock.instant();
        Parsed parsed = null;
        Open request = null;
        Pay179Upload result;
        try {
            parsed = parse(payExInfoStr);
            String sessionId = parsed.tree().path("sessionID").asText();
            request = open.get(sessionId);
            checkSession(sessionId, request, now);
            check(parsed, request);
            result = upload(now, parsed, Pay179Upload.ACCEPTED, "");
            open.remove(sessionId);
        } catch (Refused e) {
            result = upload(now, parsed, Pay179Upload.REFUSED, e.getMessage());
        }
        if (request != null) {
            request.upload().complete(result);
        }
        uploads.add(result);
        return result;
    }

    private void checkSession(String sessionId, Open request, Instant now) throws Refused {
        if (request == null) {
            throw new Refused("sessionID不存在: 没有对应的数据调取请求 (no open request has this sessionID)");
        }
        if (now.isAfter(request.requestedAt().plus(deadline))) {
            open.remove(sessionId);
            throw new Refused("上传超时: 须在调取请求后" + deadline.toMinutes() + "分钟内上传 (the upload came after the deadline)");
        }
    }

    private void check(Parsed parsed, Open request) throws Refused {
        JsonNode tree = parsed.tree();
        boolean hasOrder = false;
        for (JsonNode list : tree.path("payExchangeInfoLists")) {
            hasOrder |= request.orderNo().equals(list.path("orderNo").asText());
        }
        if (!hasOrder) {
            throw new Refused("payExchangeInfoLists不含调取的订单编号 " + request.orderNo());
        }
        String certNo = tree.path("certNo").asText();
        if (registered.bySerial(certNo).isEmpty()) {
            throw new Refused("验签证书未在服务系统注册 (certNo " + certNo + ")");
        }
        String text = Pay179Signature.signedText(tree.path("sessionID").asText(), parsed.rawHead(), parsed.rawLists(), parsed.rawServiceTime());
        VerificationResult v = Pay179Signature.verify(text, certNo, tree.path("signValue").asText(), registered);
        if (!v.valid()) {
            throw new Refused("验签失败: " + v.detail());
        }
    }

    /** Reads {@code payExInfoStr}, keeping the head and lists JSON exactly as uploaded (they are what was signed). */
    private static Parsed parse(String payExInfoStr) throws Refused {
        if (payExInfoStr == null || payExInfoStr.isBlank()) {
            throw new Refused("payExInfoStr不能为空");
        }
        Map<String, String> raw = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(payExInfoStr)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Refused("payExInfoStr不是JSON对象");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                int start = (int) p.currentTokenLocation().getCharOffset();
                p.skipChildren();
                raw.put(name, p.currentToken().isScalarValue() ? p.getText()
                        : payExInfoStr.substring(start, (int) p.currentLocation().getCharOffset()));
            }
            JsonNode tree = JSON.readTree(payExInfoStr);
            for (String field : List.of("sessionID", "payExchangeInfoHead", "payExchangeInfoLists", "serviceTime", "certNo", "signValue")) {
                if (!raw.containsKey(field) || raw.get(field).isBlank()) {
                    throw new Refused(field + "不为空");
                }
            }
            return new Parsed(tree, raw.get("payExchangeInfoHead"), raw.get("payExchangeInfoLists"), raw.get("serviceTime"));
        } catch (JsonProcessingException e) {
            throw new Refused("payExInfoStr不是合法的JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
    }

    private static Pay179Upload upload(Instant now, Parsed parsed, String code, String message) {
        JsonNode tree = parsed == null ? JSON.missingNode() : parsed.tree();
        JsonNode head = tree.path("payExchangeInfoHead");
        return new Pay179Upload(now, text(tree.path("sessionID")), text(tree.path("payExchangeInfoLists").path(0).path("orderNo")),
                text(head.path("ebpCode")), text(head.path("payTransactionId")), text(head.path("totalAmount")),
                text(head.path("currency")), text(tree.path("certNo")), code, message);
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static String formField(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
