package org.cbec.core.transport;

import java.time.Duration;
import java.util.Objects;

import org.cbec.core.transport.spi.HttpDialect;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Immutable settings of the HTTP transport. TLS certificates and host names are always verified (OkHttp's defaults);
 * pass your own {@link OkHttpClient} to share its connection pool and dispatcher or to pin certificates.
 *
 * <pre>{@code
 * HttpTransportConfig config = HttpTransportConfig.custom()
 *         .sendUrl("https://gateway.example.cn/cebcmsg")
 *         .receiptUrl("https://gateway.example.cn/ceb312msg")
 *         .senderId("DXPENT0000458763")
 *         .dialect(HttpDialects.hainanJson())
 *         .readTimeout(Duration.ofSeconds(20))
 *         .build();
 * }</pre>
 */
public final class HttpTransportConfig {

    private final HttpUrl sendUrl;
    private final HttpUrl receiptUrl;
    private final String senderId;
    private final HttpDialect dialect;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final boolean gzipRequests;
    private final int maxReceiptsPerPoll;
    private final OkHttpClient client;

    private HttpTransportConfig(Builder b) {
        this.sendUrl = Objects.requireNonNull(b.sendUrl, "sendUrl");
        this.receiptUrl = b.receiptUrl;
        this.senderId = b.senderId;
        this.dialect = b.dialect;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.gzipRequests = b.gzipRequests;
        this.maxReceiptsPerPoll = b.maxReceiptsPerPoll;
        this.client = b.client;
    }

    public static Builder custom() {
        return new Builder();
    }

    public static Builder from(HttpTransportConfig base) {
        Builder b = new Builder();
        b.sendUrl = base.sendUrl;
        b.receiptUrl = base.receiptUrl;
        b.senderId = base.senderId;
        b.dialect = base.dialect;
        b.connectTimeout = base.connectTimeout;
        b.readTimeout = base.readTimeout;
        b.callTimeout = base.callTimeout;
        b.gzipRequests = base.gzipRequests;
        b.maxReceiptsPerPoll = base.maxReceiptsPerPoll;
        b.client = base.client;
        return b;
    }

    public HttpUrl sendUrl() {
        return sendUrl;
    }

    /** Where receipts are polled, or {@code null} when receipts come another way. */
    public HttpUrl receiptUrl() {
        return receiptUrl;
    }

    public String senderId() {
        return senderId;
    }

    public HttpDialect dialect() {
        return dialect;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /** Whether request bodies are gzip-compressed ({@code Content-Encoding: gzip}); only for servers that accept it. */
    public boolean gzipRequests() {
        return gzipRequests;
    }

    public int maxReceiptsPerPoll() {
        return maxReceiptsPerPoll;
    }

    /** The client to derive from, or {@code null} for a new one. */
    public OkHttpClient client() {
        return client;
    }

    public static final class Builder {
        private HttpUrl sendUrl;
        private HttpUrl receiptUrl;
        private String senderId = "";
        private HttpDialect dialect = HttpDialects.dxpMsg();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private boolean gzipRequests;
        private int maxReceiptsPerPoll = 100;
        private OkHttpClient client;

        private Builder() {
        }

        public Builder sendUrl(String url) {
            this.sendUrl = HttpUrl.get(url);
            return this;
        }

        public Builder receiptUrl(String url) {
            this.receiptUrl = url == null ? null : HttpUrl.get(url);
            return this;
        }

        public Builder senderId(String senderId) {
            this.senderId = Objects.requireNonNull(senderId);
            return this;
        }

        public Builder dialect(HttpDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect);
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = Objects.requireNonNull(d);
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = Objects.requireNonNull(d);
            return this;
        }

        public Builder callTimeout(Duration d) {
            this.callTimeout = Objects.requireNonNull(d);
            return this;
        }

        public Builder gzipRequests(boolean gzip) {
            this.gzipRequests = gzip;
            return this;
        }

        public Builder maxReceiptsPerPoll(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxReceiptsPerPoll must be at least 1");
            }
            this.maxReceiptsPerPoll = max;
            return this;
        }

        public Builder client(OkHttpClient client) {
            this.client = client;
            return this;
        }

        public HttpTransportConfig build() {
            return new HttpTransportConfig(this);
        }
    }
}
