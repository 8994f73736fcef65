package org.cbec.pay179;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import okhttp3.HttpUrl;

/**
 * Immutable settings of the {@link Pay179Responder}.
 *
 * <pre>{@code
 * Pay179Config config = Pay179Config.custom()
 *         .uploadUrl("https://customs.chinaport.gov.cn/ceb2grab/grab/realTimeDataUpload")
 *         .deadline(Duration.ofMinutes(2))
 *         .build();
 * }</pre>
 */
public final class Pay179Config {

    private final HttpUrl uploadUrl;
    private final Duration deadline;
    private final Duration attemptTimeout;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Clock clock;

    private Pay179Config(Builder b) {
        this.uploadUrl = Objects.requireNonNull(b.uploadUrl, "uploadUrl");
        this.deadline = b.deadline;
        this.attemptTimeout = b.attemptTimeout;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.clock = b.clock;
    }

    public static Builder custom() {
        return new Builder();
    }

    public static Builder from(Pay179Config base) {
        Builder b = new Builder();
        b.uploadUrl = base.uploadUrl;
        b.deadline = base.deadline;
        b.attemptTimeout = base.attemptTimeout;
        b.initialBackoff = base.initialBackoff;
        b.maxBackoff = base.maxBackoff;
        b.clock = base.clock;
        return b;
    }

    /** Customs' {@code realTimeDataUpload} endpoint. */
    public HttpUrl uploadUrl() {
        return uploadUrl;
    }

    /** Time from customs' request to a successful upload. Default 2 minutes, as customs requires. */
    public Duration deadline() {
        return deadline;
    }

    /** Time limit of one upload attempt. Default 15 s. */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Clock clock() {
        return clock;
    }

    public static final class Builder {
        private HttpUrl uploadUrl;
        private Duration deadline = Duration.ofMinutes(2);
        private Duration attemptTimeout = Duration.ofSeconds(15);
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(15);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder uploadUrl(String url) {
            this.uploadUrl = HttpUrl.get(url);
            return this;
        }

        public Builder deadline(Duration d) {
            this.deadline = Objects.requireNonNull(d);
            return this;
        }

        public Builder attemptTimeout(Duration d) {
            this.attemptTimeout = Objects.requireNonNull(d);
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = Objects.requireNonNull(initial);
            this.maxBackoff = Objects.requireNonNull(max);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Pay179Config build() {
            return new Pay179Config(this);
        }
    }
}
