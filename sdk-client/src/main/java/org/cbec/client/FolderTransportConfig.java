package org.cbec.client;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of the folder transport (the exchange platform's transfer client watches {@code outbox} and
 * fills {@code inbox}).
 *
 * <pre>{@code
 * FolderTransportConfig config = FolderTransportConfig.custom()
 *         .root(Path.of("/data/transfer"))          // outbox/, inbox/, archive/ under it
 *         .quietPeriod(Duration.ofSeconds(1))
 *         .build();
 * }</pre>
 */
public final class FolderTransportConfig {

    private final Path outbox;
    private final Path inbox;
    private final Path archive;
    private final Duration quietPeriod;
    private final int maxReceiptsPerPoll;
    private final Clock clock;

    private FolderTransportConfig(Builder b) {
        this.outbox = Objects.requireNonNull(b.outbox, "outbox");
        this.inbox = Objects.requireNonNull(b.inbox, "inbox");
        this.archive = Objects.requireNonNull(b.archive, "archive");
        this.quietPeriod = b.quietPeriod;
        this.maxReceiptsPerPoll = b.maxReceiptsPerPoll;
        this.clock = b.clock;
    }

    public static Builder custom() {
        return new Builder();
    }

    public static Builder from(FolderTransportConfig base) {
        return new Builder().outbox(base.outbox).inbox(base.inbox).archive(base.archive).quietPeriod(base.quietPeriod)
                .maxReceiptsPerPoll(base.maxReceiptsPerPoll).clock(base.clock);
    }

    public Path outbox() {
        return outbox;
    }

    public Path inbox() {
        return inbox;
    }

    public Path archive() {
        return archive;
    }

    /**
     * How long an inbox file's size and modification time must stay unchanged, across at least two polls, before it is
     * read.
     */
    public Duration quietPeriod() {
        return quietPeriod;
    }

    public int maxReceiptsPerPoll() {
        return maxReceiptsPerPoll;
    }

    /** The clock that times the quiet period. */
    public Clock clock() {
        return clock;
    }

    public static final class Builder {
        private Path outbox;
        private Path inbox;
        private Path archive;
        private Duration quietPeriod = Duration.ofMillis(500);
        private int maxReceiptsPerPoll = 100;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** {@code outbox}, {@code inbox} and {@code archive} under {@code root}. */
        public Builder root(Path root) {
            return outbox(root.resolve("outbox")).inbox(root.resolve("inbox")).archive(root.resolve("archive"));
        }

        public Builder outbox(Path p) {
            this.outbox = p;
            return this;
        }

        public Builder inbox(Path p) {
            this.inbox = p;
            return this;
        }

        public Builder archive(Path p) {
            this.archive = p;
            return this;
        }

        public Builder quietPeriod(Duration d) {
            this.quietPeriod = Objects.requireNonNull(d);
            return this;
        }

        public Builder maxReceiptsPerPoll(int max) {
            this.maxReceiptsPerPoll = max;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public FolderTransportConfig build() {
            return new FolderTransportConfig(this);
        }
    }
}
