package org.cbec.transport.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.HttpDialect;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;

import okhttp3.ConnectionPool;
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
 * sockets have {@code TCP_NODELAY} (see {@link NoDelaySocketFactory}). Applications reach it through
 * {@code Transports.http(config)} of sdk-client; constructing it is for the one escape hatch to OkHttp itself:
 *
 * <pre>{@code
 * OkHttpClient shared = new OkHttpClient.Builder().certificatePinner(pinner).build();
 * Transport http = new OkHttpTransport(HttpTransportConfig.custom().sendUrl(url).build(), shared);
 * }</pre>
 */
public final class OkHttpTransport implements Transport {

    private final HttpTransportConfig config;
    private final HttpUrl sendUrl;
    private final HttpUrl receiptUrl;
    private final OkHttpClient http;
    private final boolean ownsClient;

    /**
     * A transport with an OkHttp client of its own, closed with it, keeping up to
     * {@link HttpTransportConfig#maxIdleConnections()} connections open between calls (OkHttp's default of 5 would
     * close and reopen connections all the time under a client's concurrent sends).
     */
    public OkHttpTransport(HttpTransportConfig config) {
        this(config, new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(config.maxIdleConnections(), 5, TimeUnit.MINUTES)).build(), true);
    }

    /**
     * The escape hatch to OkHttp: a transport whose client derives from {@code base} (sharing its connection pool and
     * dispatcher, keeping its interceptors, certificate pinner and TLS settings); {@code config}'s timeouts apply (its
     * {@code maxIdleConnections} does not: the pool is {@code base}'s), and {@code base} stays open when the transport
     * closes.
     */
    public OkHttpTransport(HttpTransportConfig config, OkHttpClient base) {
        this(config, base, false);
    }

    private OkHttpTransport(HttpTransportConfig config, OkHttpClient base, boolean ownsClient) {
        this.config = config;
        this.sendUrl = HttpUrl.get(config.sendUrl());
        this.receiptUrl = config.receiptUrl() == null ? null : HttpUrl.get(config.receiptUrl());
        this.ownsClient = ownsClient;
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
        return sendUrl.toString();
    }

    @Override
    public SendResult send(OutboundEnvelope envelope) {
        HttpDialect.Body body = config.dialect().sendBody(envelope);
        Request.Builder request = new Request.Builder().url(sendUrl)
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
        if (receiptUrl == null) {
            return List.of();
        }
        HttpUrl.Builder url = receiptUrl.newBuilder();
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
            } catch (TransportException e) {
                if (!out.isEmpty()) {
                    break; // an error answer after receipts were handed out: those are the gateway's no more, so keep them
                }
                throw e;
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
