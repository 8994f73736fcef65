package org.cbec.client;

import java.time.Duration;
import java.util.function.Consumer;

import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;

/**
 * A client on virtual time with an in-process transport: the client's scheduler and executor are {@link #time}, its
 * clock and its in-memory store's clock are {@code time.clock()}, so a test moves time instead of waiting for it.
 *
 * <pre>{@code
 * try (Harness h = Harness.start()) {
 *     Submission s = h.client.submitSigned(...);
 *     h.time.runDue();                                  // claimed and sent
 *     h.receive(Messages.receiptEnvelope(doc, "800", "20260102050405000"));
 *     h.poll();                                         // the next receipt poll
 * }
 * }</pre>
 */
final class Harness implements AutoCloseable {

    final VirtualTime time = new VirtualTime();
    final RecordingTransport transport = new RecordingTransport();
    final MessageStore store;
    final ClientConfig config;
    final CebClient client;

    private Harness(ClientConfig config, MessageStore store, Consumer<CebClient.Builder> more) {
        this.config = config;
        this.store = store == null ? Stores.inMemory(time.clock()) : store;
        CebClient.Builder b = CebClient.builder().sender(Messages.SENDER).transport(transport).store(this.store).config(config)
                .clock(time.clock()).scheduler(time).executor(time).sleeper(time.sleeper());
        more.accept(b);
        this.client = b.build();
    }

    static Harness start() {
        return start(ClientConfig.ofDefaults(), b -> { });
    }

    static Harness start(Consumer<CebClient.Builder> more) {
        return start(ClientConfig.ofDefaults(), more);
    }

    static Harness start(ClientConfig config, Consumer<CebClient.Builder> more) {
        return new Harness(config, null, more);
    }

    /** A client on {@code store} (shared with another harness, say), which it closes. */
    static Harness on(MessageStore store, Consumer<CebClient.Builder> more) {
        return new Harness(ClientConfig.ofDefaults(), store, more);
    }

    /** A receipt waiting at the gateway. */
    void receive(byte[] envelope) {
        transport.inbox.add(new InboundEnvelope("r" + transport.inbox.size(), envelope));
    }

    /** Runs what is due, then moves time past the next receipt poll. */
    void poll() {
        time.runDue();
        time.advance(config.receiptPoll());
    }

    @Override
    public void close() {
        client.close();
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
