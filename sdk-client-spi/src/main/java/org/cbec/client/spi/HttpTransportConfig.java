package org.cbec.client.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Immutable settings of the HTTP transport, whichever HTTP client carries them ({@code sdk-transport-http}: OkHttp).
 * TLS certificates and host names are always verified. This class names no type of an HTTP library; the one escape
 * hatch to OkHttp itself (to share a connection pool and dispatcher, pin certificates or add interceptors) is
 * {@code new org.cbec.transport.http.OkHttpTransport(config, okHttpClient)} in {@code sdk-transport-http}.
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

    private final URI sendUrl;
    private final URI receiptUrl;
    private final String senderId;
    private final HttpDialect dialect;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final boolean gzipRequests;
    private final int maxReceiptsPerPoll;
    private final int maxIdleConnections;

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
        this.maxIdleConnections = b.maxIdleConnections;
    }

    /**
     * A builder with the defaults: DxpMsg dialect, 10 s connect, 30 s read, 60 s per call, 100 receipts per poll, 32
     * connections kept open between calls.
     */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder holding {@code base}'s settings, to change some of them. */
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
        b.maxIdleConnections = base.maxIdleConnections;
        return b;
    }

    /** Where envelopes are posted (http or https). */
    public URI sendUrl() {
        return sendUrl;
    }

    /** Where receipts are polled, or {@code null} when receipts come another way. */
    public URI receiptUrl() {
        return receiptUrl;
    }

    /** The sender id a dialect may put in a receipt poll (e.g. Hainan's {@code dxpid}); empty when not set. */
    public String senderId() {
        return senderId;
    }

    /** The gateway's formats. */
    public HttpDialect dialect() {
        return dialect;
    }

    /** The longest wait for a connection. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The longest wait between two reads or writes on a connection. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The longest one call (connect, send, read the answer) may take. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Whether request bodies are gzip-compressed ({@code Content-Encoding: gzip}); only for servers that accept it. */
    public boolean gzipRequests() {
        return gzipRequests;
    }

    /** The most receipts one {@code receive()} returns. */
    public int maxReceiptsPerPoll() {
        return maxReceiptsPerPoll;
    }

    /** The most connections kept open between calls, see {@link Builder#maxIdleConnections}. */
    public int maxIdleConnections() {
        return maxIdleConnections;
    }

    /** Builds an {@link HttpTransportConfig}; {@link #sendUrl} is required. */
    public static final class Builder {
        private URI sendUrl;
        private URI receiptUrl;
        private String senderId = "";
        private HttpDialect dialect = HttpDialects.dxpMsg();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private boolean gzipRequests;
        private int maxReceiptsPerPoll = 100;
        private int maxIdleConnections = 32;

        private Builder() {
        }

        /**
         * Where envelopes are posted.
         *
         * @throws IllegalArgumentException when {@code url} is no absolute http or https URL
         */
        public Builder sendUrl(String url) {
            this.sendUrl = httpUrl(url);
            return this;
        }

        /**
         * Where receipts are polled; {@code null} when receipts come another way.
         *
         * @throws IllegalArgumentException when {@code url} is no absolute http or https URL
         */
        public Builder receiptUrl(String url) {
            this.receiptUrl = url == null ? null : httpUrl(url);
            return this;
        }

        private static URI httpUrl(String url) {
            URI uri = URI.create(Objects.requireNonNull(url, "url"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("Expected URL scheme 'http' or 'https' with a host: " + url);
            }
            return uri;
        }

        /** The sender id for dialects that put it in a receipt poll. */
        public Builder senderId(String senderId) {
            this.senderId = Objects.requireNonNull(senderId);
            return this;
        }

        /** The gateway's formats (default {@link HttpDialects#dxpMsg()}). */
        public Builder dialect(HttpDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect);
            return this;
        }

        /** The longest wait for a connection (default 10 s). */
        public Builder connectTimeout(Duration d) {
            this.connectTimeout = Objects.requireNonNull(d);
            return this;
        }

        /** The longest wait between two reads or writes (default 30 s). */
        public Builder readTimeout(Duration d) {
            this.readTimeout = Objects.requireNonNull(d);
            return this;
        }

        /** The longest one call may take (default 60 s). */
        public Builder callTimeout(Duration d) {
            this.callTimeout = Objects.requireNonNull(d);
            return this;
        }

        /** Whether to gzip request bodies (default false; only for servers that accept it). */
        public Builder gzipRequests(boolean gzip) {
            this.gzipRequests = gzip;
            return this;
        }

        /** The most receipts one poll returns (default 100). */
        public Builder maxReceiptsPerPoll(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxReceiptsPerPoll must be at least 1");
            }
            this.maxReceiptsPerPoll = max;
            return this;
        }

        /**
         * The most connections kept open between calls, for five minutes each (default 32). Keep it at least the
         * client's {@code maxConcurrentSends} plus one for the receipt poll: under load, connections beyond it are
         * closed as they come free and opened again by the next calls, each time a new TCP handshake (and TLS
         * handshake over https) for this process and the gateway.
         */
        public Builder maxIdleConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxIdleConnections must be at least 1");
            }
            this.maxIdleConnections = max;
            return this;
        }

        /** The settings. */
        public HttpTransportConfig build() {
            return new HttpTransportConfig(this);
        }
    }
}
