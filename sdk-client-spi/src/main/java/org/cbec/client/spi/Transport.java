package org.cbec.client.spi;

import java.util.List;

/**
 * Moves envelopes to the exchange platform and receipts back, once per call: a transport never retries (the client
 * does, above it, once). Implementations are thread safe.
 *
 * <p>Built-ins: {@code Transports.http} and {@code Transports.folder}.
 * Every implementation passes {@code TransportContractTest}.
 *
 * <pre>{@code
 * Transport t = Transports.folder(FolderTransportConfig.custom().root(Path.of("/data/transfer")).build());
 * t.send(envelope);
 * for (InboundEnvelope in : t.receive()) { process(in); t.acknowledge(in); }
 * }</pre>
 */
public interface Transport extends AutoCloseable {

    /** Names the endpoint sends go to; the client keeps one circuit breaker per endpoint. */
    String endpoint();

    /**
     * Sends {@code envelope} once.
     *
     * @throws TransportException when it was not accepted; {@link TransportException#transientFailure()} says whether
     *                            trying again may help
     */
    SendResult send(OutboundEnvelope envelope);

    /** Receipts that have arrived and were not acknowledged yet, at most a bounded number per call; never blocks long. */
    List<InboundEnvelope> receive();

    /** Marks {@code inbound} processed (e.g. moves its file to the archive) so that it is not received again. */
    default void acknowledge(InboundEnvelope inbound) {
    }

    @Override
    default void close() {
    }
}
