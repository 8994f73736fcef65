package org.cbec.core.signature;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import org.cbec.core.error.ErrorCode;

/**
 * How to reach a USB key (智能密码钥匙) through the China E-Port client's local WebSocket service. Immutable.
 * The E-Port client runs on Windows; a signing service on another machine reaches it over the LAN, so the address
 * is configurable. The key's PIN is given as {@code char[]} (copied, never logged) or as the name of an environment
 * variable read at each signature.
 *
 * <pre>{@code
 * UsbKeyConfig cfg = UsbKeyConfig.custom()
 *         .url(URI.create("ws://192.168.1.20:61232"))
 *         .passwordFromEnvironment("CBEC_USBKEY_PIN")
 *         .build();
 * try (Signer signer = Signers.usbKey(cfg)) { ... }
 * }</pre>
 */
public final class UsbKeyConfig {

    /** The E-Port client's default address. */
    public static final URI DEFAULT_URL = URI.create("ws://127.0.0.1:61232");

    private final URI url;
    private final char[] password;
    private final String passwordVariable;
    private final Duration connectTimeout;
    private final Duration responseTimeout;

    private UsbKeyConfig(Builder b) {
        this.url = b.url;
        this.password = b.password == null ? null : b.password.clone();
        this.passwordVariable = b.passwordVariable;
        this.connectTimeout = b.connectTimeout;
        this.responseTimeout = b.responseTimeout;
    }

    /** A builder with the defaults: {@link #DEFAULT_URL}, connect timeout 5 s, response timeout 30 s. */
    public static Builder custom() {
        return new Builder();
    }

    /** The WebSocket address of the E-Port client. */
    public URI url() {
        return url;
    }

    /** Time allowed to open the WebSocket. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time allowed for the key to answer one request (a signature takes about 0.25 s on a card). */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /**
     * A fresh copy of the PIN, from the configured array or environment variable; the caller should wipe it.
     *
     * @throws org.cbec.core.error.CebException {@code SIGN_USBKEY_PASSWORD} when the environment variable is not set
     */
    public char[] password() {
        if (password != null) {
            return password.clone();
        }
        String v = System.getenv(passwordVariable);
        if (v == null) {
            throw new org.cbec.core.error.CebException(ErrorCode.SIGN_USBKEY_PASSWORD, "environment variable " + passwordVariable + " (USB key PIN) is not set");
        }
        return v.toCharArray();
    }

    @Override
    public String toString() {
        return "UsbKeyConfig[url=" + url + ", password=" + (password != null ? "****" : "$" + passwordVariable)
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + "]";
    }

    /** Builds a {@link UsbKeyConfig}. */
    public static final class Builder {
        private URI url = DEFAULT_URL;
        private char[] password;
        private String passwordVariable;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration responseTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The E-Port client's WebSocket address ({@code ws://host:port}). */
        public Builder url(URI url) {
            String scheme = Objects.requireNonNull(url, "url").getScheme();
            if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
                throw new IllegalArgumentException("the E-Port client is reached over ws:// or wss://, not " + url);
            }
            this.url = url;
            return this;
        }

        /** The PIN; the array is copied, so the caller may wipe its own. */
        public Builder password(char[] password) {
            this.password = Objects.requireNonNull(password, "password").clone();
            this.passwordVariable = null;
            return this;
        }

        /** Reads the PIN from this environment variable at each request. */
        public Builder passwordFromEnvironment(String variableName) {
            this.passwordVariable = Objects.requireNonNull(variableName, "variableName");
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            this.password = null;
            return this;
        }

        /** Time allowed to open the connection; 5 s by default. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /** Time allowed for one answer; 30 s by default. */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout);
            return this;
        }

        private static Duration positive(Duration d) {
            if (Objects.requireNonNull(d, "timeout").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + d);
            }
            return d;
        }

        /**
         * The configuration.
         *
         * @throws IllegalStateException when no password source was given
         */
        public UsbKeyConfig build() {
            if (password == null && passwordVariable == null) {
                throw new IllegalStateException("set the USB key PIN with password(char[]) or passwordFromEnvironment(name)");
            }
            return new UsbKeyConfig(this);
        }
    }
}
