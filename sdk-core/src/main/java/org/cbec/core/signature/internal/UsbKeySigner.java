package org.cbec.core.signature.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.UsbKeyConfig;
import org.cbec.core.signature.spi.SignatureValue;
import org.cbec.core.signature.spi.Signer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A USB key reached through the E-Port client's WebSocket (the JDK's {@link WebSocket}). One request at a time (the card
 * signs serially); the connection is opened lazily and re-opened after it drops or times out. See {@link org.cbec.core.signature.Signers#usbKey}.
 */
public final class UsbKeySigner implements Signer {

    static final String SIGN = "cus-sec_SpcSignDataAsPEM";
    static final String GET_CERT = "cus-sec_SpcGetSignCertAsPEM";
    static final String GET_CERT_NO = "cus-sec_SpcGetCertNo";

    private static final Logger LOG = LoggerFactory.getLogger(UsbKeySigner.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UsbKeyConfig config;
    private final HttpClient client;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final AtomicInteger ids = new AtomicInteger();
    private Connection connection; // guarded by lock
    private volatile X509Certificate certificate;

    /** A signer of the key in the E-Port client that {@code config} names; nothing is opened yet. */
    public UsbKeySigner(UsbKeyConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    @Override
    public SignatureValue sign(byte[] data) {
        String inData = utf8(data);
        char[] pin = config.password();
        try {
            JsonNode answer = call(SIGN, g -> {
                g.writeStringField("inData", inData);
                g.writeFieldName("passwd");
                g.writeString(pin, 0, pin.length);
            });
            X509Certificate cert = certificate();
            byte[] sig = Crypto.wireForm(Certificates.keyAlgorithm(cert), Crypto.base64(data(answer, 0, SIGN)));
            return new SignatureValue(sig, cert);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    @Override
    public X509Certificate certificate() {
        X509Certificate c = certificate;
        if (c == null) {
            c = Crypto.parseCertificate(pem(data(call(GET_CERT, g -> { }), 0, GET_CERT)));
            certificate = c;
        }
        return c;
    }

    @Override
    public KeyAlgorithm keyAlgorithm() {
        return Certificates.keyAlgorithm(certificate());
    }

    /** The certificate number the key reports ({@code cus-sec_SpcGetCertNo}). */
    public String certificateNumber() {
        return data(call(GET_CERT_NO, g -> { }), 0, GET_CERT_NO);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (connection != null) {
                connection.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
                connection = null;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "UsbKeySigner[" + config + "]";
    }

    /** Writes the fields of {@code args}. */
    @FunctionalInterface
    interface Args {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Sends one request and waits for its answer. A connection found closed, or dropped before the answer came, is
     * re-opened and the request sent once more (signing the same data twice is harmless); a timeout is not retried.
     */
    private JsonNode call(String method, Args args) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                int id = ids.incrementAndGet();
                String request = request(method, id, args);
                Connection c = connected();
                CompletableFuture<JsonNode> answer = c.expect(id);
                c.socket.sendText(request, true).whenComplete((ws, e) -> {
                    if (e != null) {
                        answer.completeExceptionally(e);
                    }
                });
                LOG.debug("sent {} #{} to the E-Port client at {}", method, id, config.url());
                try {
                    JsonNode result = await(c, answer, method);
                    checkResult(result, method);
                    return result;
                } catch (Dropped d) {
                    if (attempt == 2) {
                        throw new CebException(ErrorCode.SIGN_USBKEY_DISCONNECTED, "the connection to the E-Port client at " + config.url()
                                + " dropped during " + method + " twice: " + d.getCause().getMessage()
                                + "; it will be re-opened on the next request", d.getCause());
                    }
                    LOG.debug("E-Port client connection dropped during {}; reconnecting", method);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static String request(String method, int id, Args args) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("_method", method);
            g.writeNumberField("_id", id);
            g.writeObjectFieldStart("args");
            args.write(g);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private Connection connected() {
        if (connection != null && !connection.closed.isDone()) {
            return connection;
        }
        Connection c = new Connection();
        CompletableFuture<WebSocket> opening = client.newWebSocketBuilder().connectTimeout(config.connectTimeout())
                .buildAsync(URI.create(config.url().toString()), c);
        try {
            c.socket = opening.get(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opening.cancel(true);
            throw new CebException(ErrorCode.SIGN_USBKEY_UNAVAILABLE, "the E-Port client at " + config.url()
                    + " did not accept a connection within " + config.connectTimeout(), e);
        } catch (ExecutionException e) {
            throw new CebException(ErrorCode.SIGN_USBKEY_UNAVAILABLE, "cannot connect to the E-Port client at " + config.url()
                    + (refused(e.getCause()) ? " (connection refused: is the China E-Port client running "
                    + "and its signing service listening?)" : ": " + e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CebException(ErrorCode.SIGN_USBKEY_UNAVAILABLE, "interrupted while connecting to the E-Port client", e);
        }
        connection = c;
        return c;
    }

    private static boolean refused(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private void drop(Connection c) {
        c.socket.abort();
        if (connection == c) {
            connection = null;
        }
    }

    private JsonNode await(Connection c, CompletableFuture<JsonNode> answer, String method) {
        try {
            return answer.get(config.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            drop(c);
            throw new CebException(ErrorCode.SIGN_USBKEY_TIMEOUT, "the USB key did not answer " + method + " within "
                    + config.responseTimeout() + " (card busy or removed?); the connection will be re-opened", e);
        } catch (ExecutionException e) {
            drop(c);
            throw new Dropped(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop(c);
            throw new CebException(ErrorCode.SIGN_USBKEY_TIMEOUT, "interrupted while waiting for the USB key", e);
        }
    }

    private static void checkResult(JsonNode answer, String method) {
        JsonNode args = answer.path("_args");
        if (!"00".equals(answer.path("_status").asText()) || !args.path("Result").asBoolean(false)) {
            StringBuilder errors = new StringBuilder();
            args.path("Error").forEach(e -> errors.append(errors.length() == 0 ? "" : "; ").append(e.asText()));
            throw new CebException(ErrorCode.SIGN_USBKEY_REFUSED, "the USB key refused " + method + " (status "
                    + answer.path("_status").asText("?") + "): " + (errors.length() == 0 ? "no error text" : errors)
                    + ". A wrong PIN or a card-reader error such as 50070 is cleared by checking the PIN / restarting the E-Port client.");
        }
    }

    private static String data(JsonNode answer, int index, String method) {
        JsonNode d = answer.path("_args").path("Data").path(index);
        if (!d.isTextual() || d.asText().isBlank()) {
            throw new CebException(ErrorCode.SIGN_USBKEY_REFUSED, "the answer to " + method + " carries no Data[" + index + "]");
        }
        return d.asText();
    }

    private static byte[] pem(String text) {
        String b64 = text.replaceAll("-----[A-Z ]+-----", "");
        return Crypto.base64(b64.replaceAll("\\s+", ""));
    }

    private static String utf8(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new CebException(ErrorCode.SIGN_USBKEY_DATA, "the E-Port client signs text; the data is not UTF-8", e);
        }
    }

    /** The connection ended before the answer came. */
    private static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped(Throwable cause) {
            super(cause);
        }
    }

    /** One WebSocket connection and the answers awaited on it. */
    private static final class Connection implements WebSocket.Listener {
        volatile WebSocket socket;
        final CompletableFuture<Void> closed = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder(); // one message, arriving in parts
        final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

        CompletableFuture<JsonNode> expect(int id) {
            CompletableFuture<JsonNode> f = new CompletableFuture<>();
            pending.put(id, f);
            if (closed.isDone()) {
                f.completeExceptionally(new IOException("connection closed"));
            }
            return f;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
            text.append(part);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                onMessage(message);
            }
            webSocket.request(1);
            return null;
        }

        private void onMessage(String text) {
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (IOException e) {
                LOG.warn("ignoring an answer from the E-Port client that is not JSON ({} chars)", text.length());
                return;
            }
            CompletableFuture<JsonNode> f = pending.remove(node.path("_id").asInt(-1));
            if (f == null) {
                LOG.debug("ignoring an E-Port client message without a pending request (_id {})", node.path("_id"));
            } else {
                f.complete(node);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
            fail(new IOException("closed by the E-Port client (" + code + " " + reason + ")"));
            return null; // the JDK answers the close
        }

        @Override
        public void onError(WebSocket webSocket, Throwable t) {
            fail(t);
        }

        private void fail(Throwable t) {
            closed.complete(null);
            pending.values().forEach(f -> f.completeExceptionally(t));
            pending.clear();
        }
    }
}
