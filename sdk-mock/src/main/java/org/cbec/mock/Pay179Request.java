package org.cbec.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request for payment raw data the mock made of a platform, as customs does ({@link MockSingleWindow#request179}):
 * what it asked ({@code orderNo}, {@code sessionID}, {@code serviceTime}), what the platform answered at once, and the
 * platform's upload when it comes.
 *
 * <pre>{@code
 * Pay179Request r = mock.request179(URI.create("http://127.0.0.1:9000/platDataOpen"), "ORDER-1");
 * assertThat(r.acknowledged()).isTrue();                          // {"code":"10000",...} at once
 * assertThat(r.awaitUpload(Duration.ofSeconds(10)).verified()).isTrue();
 * }</pre>
 */
public final class Pay179Request {

    private final String orderNo;
    private final String sessionId;
    private final Instant requestedAt;
    private final String answerCode;
    private final String answer;
    private final CompletableFuture<Pay179Upload> upload;

    /**
     * @param orderNo     the order asked about
     * @param sessionId   the {@code sessionID} the upload must carry
     * @param requestedAt when it was asked ({@code serviceTime})
     * @param answerCode  the {@code code} of the platform's immediate answer, empty when it had none
     * @param answer      the platform's immediate answer as received
     * @param upload      completes with the first upload naming {@code sessionId}
     */
    public Pay179Request(String orderNo, String sessionId, Instant requestedAt, String answerCode, String answer,
            CompletableFuture<Pay179Upload> upload) {
        this.orderNo = Objects.requireNonNull(orderNo, "orderNo");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.answerCode = Objects.requireNonNull(answerCode, "answerCode");
        this.answer = Objects.requireNonNull(answer, "answer");
        this.upload = Objects.requireNonNull(upload, "upload");
    }

    public String orderNo() {
        return orderNo;
    }

    public String sessionId() {
        return sessionId;
    }

    /** When it was asked; its epoch milliseconds are the request's {@code serviceTime}. */
    public Instant requestedAt() {
        return requestedAt;
    }

    /** The {@code code} of the platform's immediate answer ({@code 10000} when it took the request). */
    public String answerCode() {
        return answerCode;
    }

    /** The platform's immediate answer as received. */
    public String answer() {
        return answer;
    }

    /** Whether the platform took the request ({@code code} 10000). */
    public boolean acknowledged() {
        return Pay179Upload.ACCEPTED.equals(answerCode);
    }

    /** Completes with the first upload that names this request's {@code sessionID}, verified or not. */
    public CompletableFuture<Pay179Upload> upload() {
        return upload;
    }

    /**
     * The first upload naming this request's session, waiting up to {@code timeout}.
     *
     * @throws IllegalStateException when none arrives in time
     */
    public Pay179Upload awaitUpload(Duration timeout) throws InterruptedException {
        try {
            return upload.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no 179 upload for session " + sessionId + " within " + timeout, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("179 upload for session " + sessionId + " failed", e.getCause());
        }
    }

    @Override
    public String toString() {
        return "Pay179Request[" + orderNo + ", session " + sessionId + ", answered " + answerCode + "]";
    }
}
