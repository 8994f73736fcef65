package org.cbec.pay179;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.cbec.core.signature.spi.Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The "179" interface (customs announcement 2018 No. 179): customs calls the platform's {@code platDataOpen} endpoint
 * with {@code orderNo}, {@code sessionID} and {@code serviceTime}; the platform answers {@code {"code":"10000",…}} at
 * once and then, within two minutes, uploads the signed payment raw data as form field {@code payExInfoStr}.
 *
 * <p>{@link #handle(String)} parses customs' request (JSON, or a form body with the JSON in {@code openReq}) and returns
 * the immediate answer; the upload runs on a responder thread: find the data, sign it
 * ({@link Pay179Signature}), POST it, retry I/O errors and HTTP 5xx with backoff while the deadline allows, and stop
 * at once on a {@code 20000} answer. The returned future says how it ended, including when the deadline could not be
 * met and why. Wire {@code handle} into any HTTP server; customs reaches {@code platDataOpen} over plain HTTP.
 *
 * <pre>{@code
 * Pay179Responder responder = new Pay179Responder(config, signer, paymentDataSource);
 * // in your platDataOpen controller:
 * Pay179Responder.Answer a = responder.handle(requestBody);
 * a.upload().thenAccept(outcome -> { if (!outcome.uploaded()) alert(outcome); });
 * return a.json();                                   // {"code":"10000","message":"","serviceTime":…}
 * }</pre>
 */
public final class Pay179Responder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pay179Responder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pay179Config config;
    private final Signer signer;
    private final PaymentDataSource source;
    private final OkHttpClient http;
    private final ScheduledExecutorService executor;

    public Pay179Responder(Pay179Config config, Signer signer, PaymentDataSource source) {
        this.config = Objects.requireNonNull(config);
        this.signer = Objects.requireNonNull(signer);
        this.source = Objects.requireNonNull(source);
        this.http = new OkHttpClient.Builder().callTimeout(config.attemptTimeout()).retryOnConnectionFailure(false).build();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "cbec-179");
            t.setDaemon(true);
            return t;
        });
    }

    /** customs' request. */
    public record Request179(String orderNo, String sessionId, String serviceTime) {
    }

    /** How an upload ended. */
    public enum Result {
        /** Customs answered 10000. */
        UPLOADED,
        /** Customs answered 20000 (e.g. the certificate is not registered); not retried. */
        REJECTED,
        /** This platform has no payment data for the order. */
        NO_DATA,
        /** Signing failed. */
        SIGN_FAILED,
        /** Transient failures went on until the deadline; the last error says why. */
        DEADLINE_MISSED
    }

    /**
     * @param request  customs' request
     * @param result   how it ended
     * @param attempts upload attempts made
     * @param detail   customs' message or the last error
     * @param took     from the request to the end
     */
    public record Outcome(Request179 request, Result result, int attempts, String detail, Duration took) {
        public boolean uploaded() {
            return result == Result.UPLOADED;
        }
    }

    /**
     * @param json   the immediate answer to return to customs
     * @param upload completes when the upload succeeded or definitely failed
     */
    public record Answer(String json, CompletableFuture<Outcome> upload) {
    }

    /** Parses customs' request, starts the upload and returns the immediate answer. */
    public Answer handle(String requestBody) {
        Instant received = config.clock().instant();
        Request179 request = parse(requestBody);
        ObjectNode answer = JSON.createObjectNode().put("code", "10000").put("message", "").put("serviceTime", received.toEpochMilli());
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        executor.execute(() -> start(request, received, done));
        return new Answer(answer.toString(), done);
    }

    static Request179 parse(String body) {
        String text = body.trim();
        if (text.startsWith("openReq=")) {
            text = URLDecoder.decode(text.substring("openReq=".length()), StandardCharsets.UTF_8);
        }
        try {
            JsonNode n = JSON.readTree(text);
            String orderNo = n.path("orderNo").asText("");
            String sessionId = n.path("sessionID").asText("");
            if (orderNo.isEmpty() || sessionId.isEmpty()) {
                throw new IllegalArgumentException("platDataOpen request lacks orderNo or sessionID");
            }
            return new Request179(orderNo, sessionId, n.path("serviceTime").asText(""));
        } catch (IOException e) {
            throw new IllegalArgumentException("platDataOpen request is not JSON", e);
        }
    }

    private void start(Request179 request, Instant received, CompletableFuture<Outcome> done) {
        Optional<PaymentDataSource.PaymentData> data;
        try {
            data = source.find(request.orderNo());
        } catch (RuntimeException e) {
            finish(done, request, Result.NO_DATA, 0, "payment data source failed: " + e, received);
            return;
        }
        if (data.isEmpty()) {
            finish(done, request, Result.NO_DATA, 0, "no payment data for the order", received);
            return;
        }
        attempt(request, data.get(), received, 1, config.initialBackoff(), done);
    }

    private void attempt(Request179 request, PaymentDataSource.PaymentData data, Instant received, int attempt, Duration backoff,
            CompletableFuture<Outcome> done) {
        Instant deadline = received.plus(config.deadline());
        String payExInfoStr;
        try {
            payExInfoStr = Pay179Signature.sign(signer, request.sessionId(), data.head(), data.lists(), config.clock().millis()).toJson();
        } catch (RuntimeException e) {
            finish(done, request, Result.SIGN_FAILED, attempt - 1, e.toString(), received);
            return;
        }
        String error;
        Request post = new Request.Builder().url(config.uploadUrl()).post(new FormBody.Builder().add("payExInfoStr", payExInfoStr).build()).build();
        try (Response response = http.newCall(post).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (response.code() >= 200 && response.code() < 300) {
                JsonNode n = JSON.readTree(body.isBlank() ? "{}" : body);
                String code = n.path("code").asText("");
                if (code.equals("10000")) {
                    finish(done, request, Result.UPLOADED, attempt, n.path("message").asText(""), received);
                    return;
                }
                finish(done, request, Result.REJECTED, attempt, code + " " + n.path("message").asText(""), received);
                return;
            }
            if (response.code() < 500 && response.code() != 408 && response.code() != 429) {
                finish(done, request, Result.REJECTED, attempt, "HTTP " + response.code(), received);
                return;
            }
            error = "HTTP " + response.code();
        } catch (IOException e) {
            error = e.toString();
        }
        long jitter = (long) (backoff.toMillis() * (0.5 + ThreadLocalRandom.current().nextDouble()));
        Instant next = config.clock().instant().plusMillis(jitter);
        if (next.plus(config.attemptTimeout()).isAfter(deadline)) {
            LOG.warn("179 upload for session {} cannot meet its deadline after {} attempt(s): {}", request.sessionId(), attempt, error);
            finish(done, request, Result.DEADLINE_MISSED, attempt, error, received);
            return;
        }
        Duration nextBackoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff.multipliedBy(2);
        executor.schedule(() -> attempt(request, data, received, attempt + 1, nextBackoff, done), jitter, TimeUnit.MILLISECONDS);
    }

    private void finish(CompletableFuture<Outcome> done, Request179 request, Result result, int attempts, String detail, Instant received) {
        Outcome o = new Outcome(request, result, attempts, detail, Duration.between(received, config.clock().instant()));
        if (!o.uploaded()) {
            LOG.warn("179 upload for session {} ended {}: {}", request.sessionId(), result, detail);
        }
        done.complete(o);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
