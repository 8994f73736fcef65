package org.cbec.core.signature;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a signing server (an HSM front end) speaking the JSON protocol of {@code sdk-core/SIGNING-SERVER.md}.
 * Immutable. HTTPS with the JDK's certificate verification is required unless plain HTTP is explicitly allowed (for a
 * server on loopback or in tests). Requests go through the JDK's {@link HttpClient}: authentication is a request
 * {@linkplain Builder#header header} (a bearer token) or an {@link HttpClient} of your own (mutual TLS through its
 * {@code SSLContext}, a proxy).
 *
 * <pre>{@code
 * SigningServerConfig cfg = SigningServerConfig.custom(URI.create("https://sign.internal.example"), "ebp-1105910159")
 *         .callTimeout(Duration.ofSeconds(10))
 *         .build();
 * Signer signer = Signers.server(cfg);
 * }</pre>
 */
public final class SigningServerConfig {

    private final URI baseUrl;
    private final String keyId;
    private final Duration connectTimeout;
    private final Duration callTimeout;
    private final HttpClient client;
    private final Map<String, String> headers;

    private SigningServerConfig(Builder b) {
        this.baseUrl = b.baseUrl;
        this.keyId = b.keyId;
        this.connectTimeout = b.connectTimeout;
        this.callTimeout = b.callTimeout;
        this.client = b.client;
        this.headers = Map.copyOf(b.headers);
    }

    /** A builder for the server at {@code baseUrl} signing with key {@code keyId}. */
    public static Builder custom(URI baseUrl, String keyId) {
        return new Builder(baseUrl, keyId);
    }

    /** Base URL; requests go to {@code {base}/v1/...}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The server's name for the signing key. */
    public String keyId() {
        return keyId;
    }

    /** Connect timeout (5 s by default). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Whole-call timeout (15 s by default). */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** The HTTP client to send with, or null for a new one. */
    public HttpClient client() {
        return client;
    }

    /** Headers added to every request (e.g. {@code Authorization}); never printed. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "SigningServerConfig[" + baseUrl + ", keyId=" + keyId + "]";
    }

    /** Builds a {@link SigningServerConfig}. */
    public static final class Builder {
        private final URI baseUrl;
        private final String keyId;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration callTimeout = Duration.ofSeconds(15);
        private HttpClient client;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private boolean allowPlainHttp;

        private Builder(URI baseUrl, String keyId) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            this.keyId = Objects.requireNonNull(keyId, "keyId");
        }

        /** Connect timeout; 5 s by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Timeout for a whole call; 15 s by default. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The JDK HTTP client to send with (mutual TLS through its {@code SSLContext}, a proxy, an authenticator); its
         * connect timeout is its own, {@link #callTimeout} still bounds each call. By default a new one.
         */
        public Builder client(HttpClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * A header sent with every request, e.g. {@code header("Authorization", "Bearer " + token)}; its value is never
         * logged or printed.
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Allows an {@code http://} base URL (no TLS); off by default. */
        public Builder allowPlainHttp(boolean allow) {
            this.allowPlainHttp = allow;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException for an {@code http://} URL without {@link #allowPlainHttp(boolean)}, or
         *                                  another scheme
         */
        public SigningServerConfig build() {
            String scheme = baseUrl.getScheme();
            if (!"https".equals(scheme) && !("http".equals(scheme) && allowPlainHttp)) {
                throw new IllegalArgumentException("the signing server must be reached over https (got " + baseUrl
                        + "); allowPlainHttp(true) permits http for a server on loopback");
            }
            return new SigningServerConfig(this);
        }
    }
}
