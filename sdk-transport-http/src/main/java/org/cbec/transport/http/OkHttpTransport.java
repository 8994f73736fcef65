package org.cbec.core.transport.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cbec.core.transport.HttpTransportConfig;
import org.cbec.core.transport.InboundEnvelope;
import org.cbec.core.transport.OutboundEnvelope;
import org.cbec.core.transport.SendResult;
import org.cbec.core.transport.TransportException;
import org.cbec.core.transport.spi.HttpDialect;
import org.cbec.core.transport.spi.Transport;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;

/**
 * {@link Transport} over OkHttp. One call per send, never retried here ({@code retryOnConnectionFailure} is off);
 * sockets have {@code TCP_NODELAY} (see {@link NoDelaySocketFactory}).
 */
public final class OkHttpTransport implements Transport {

    private final HttpTransportConfig config;
    private final OkHttpClient http;
    private final boolean ownsClient;

    public OkHttpTransport(HttpTransportConfig config) {
        this.config = config;
        OkHttpClient base = config.client() != null ? config.client() : new OkHttpClient();
        this.ownsClient = config.client() == null;
        this.http = base.newBuilder()
                .socketFactory(new NoDelaySocketFactory(base.socketFactory()))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    @Override
    public String endpoint() {
        return config.sendUrl().toString();
    }

    @Override
    public SendResult send(OutboundEnvelope envelope) {
        HttpDialect.Body body = config.dialect().sendBody(envelope);
        Request.Builder request = new Request.Builder().url(config.sendUrl())
                .header("X-Cbec-Message-Id", envelope.messageId());
        MediaType type = MediaType.get(body.mediaType());
        if (config.gzipRequests()) {
            request.header("Content-Encoding", "gzip").post(RequestBody.create(gzip(body.bytes()), type));
        } else {
            request.post(RequestBody.create(body.bytes(), type));
        }
        try (Response response = http.newCall(request.build()).execute()) {
            byte[] answer = response.body() == null ? new byte[0] : response.body().bytes();
            failOnStatus(response.code(), "send of " + envelope.messageId());
            return config.dialect().readSendAnswer(endpoint(), answer);
        } catch (InterruptedIOException e) {
            throw TransportException.transientFailure("timed out sending " + envelope.messageId() + " to " + endpoint(), e);
        } catch (IOException e) {
            throw TransportException.transientFailure("I/O error sending " + envelope.messageId() + " to " + endpoint() + ": " + e, e);
        }
    }

    @Override
    public List<InboundEnvelope> receive() {
        if (config.receiptUrl() == null) {
            return List.of();
        }
        HttpUrl.Builder url = config.receiptUrl().newBuilder();
        for (Map.Entry<String, String> q : config.dialect().receiptQuery(config.senderId()).entrySet()) {
            url.setQueryParameter(q.getKey(), q.getValue());
        }
        HttpUrl pollUrl = url.build();
        List<InboundEnvelope> out = new ArrayList<>();
        while (out.size() < config.maxReceiptsPerPoll()) {
            try (Response response = http.newCall(new Request.Builder().url(pollUrl).get().build()).execute()) {
                if (response.code() == 204) {
                    break;
                }
                failOnStatus(response.code(), "receipt poll");
                byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
                List<InboundEnvelope> got = config.dialect().readReceipts(body);
                if (got.isEmpty()) {
                    break;
                }
                out.addAll(got);
            } catch (IOException e) {
                if (!out.isEmpty()) {
                    break; // keep what arrived; the next poll continues
                }
                throw TransportException.transientFailure("I/O error polling receipts at " + pollUrl.redact() + ": " + e, e);
            }
        }
        return out;
    }

    private static void failOnStatus(int code, String what) {
        if (code >= 200 && code < 300) {
            return;
        }
        boolean transientFailure = code >= 500 || code == 408 || code == 429;
        throw new TransportException(what + " answered HTTP " + code, transientFailure, null);
    }

    private static byte[] gzip(byte[] bytes) {
        Buffer out = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(out))) {
            sink.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.readByteArray();
    }

    @Override
    public void close() {
        if (ownsClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
