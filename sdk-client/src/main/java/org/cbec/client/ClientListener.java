package org.cbec.client;

import java.time.Duration;

/**
 * Observes what the client does, for metrics and tracing (in the manner of OkHttp's {@code EventListener}); every
 * method does nothing by default. Never receives message bodies. Called on client threads; keep it quick.
 *
 * <pre>{@code
 * ClientListener metrics = new ClientListener() {
 *     public void sent(String guid, int attempt, Duration took) { sentCounter.increment(); }
 *     public void deadLettered(String guid, String reason) { deadCounter.increment(); }
 * };
 * }</pre>
 */
public interface ClientListener {

    ClientListener NONE = new ClientListener() {
    };

    /** The message is durable in the outbox. */
    default void enqueued(String guid, String messageType) {
    }

    /** A worker starts sending (attempt counts earlier failed attempts + 1). */
    default void sendStarted(String guid, int attempt) {
    }

    /** The platform accepted the message. */
    default void sent(String guid, int attempt, Duration took) {
    }

    /** A send failed; {@code transientFailure} says whether it will be tried again. */
    default void sendFailed(String guid, int attempt, Throwable error, boolean transientFailure) {
    }

    /** A failed message waits for another attempt. */
    default void rescheduled(String guid, int attempts, Duration delay) {
    }

    /** The circuit of the endpoint is open; the message waits without losing an attempt. */
    default void circuitOpen(String guid, String endpoint) {
    }

    /** The message went to the dead letters. */
    default void deadLettered(String guid, String reason) {
    }

    /** A worker's lease ran out before it finished; another worker owns the message now. */
    default void leaseLost(String guid) {
    }

    /** A receipt was recorded for a message (first time only). */
    default void receiptRecorded(String guid, ReceiptEvent receipt) {
    }

    /** A receipt names no message of this store; its envelope is kept as an unmatched receipt. */
    default void receiptUnmatched(ReceiptEvent receipt) {
    }

    /** An inbound envelope could not be decoded; it is kept as an unmatched receipt with its raw bytes. */
    default void inboundUndecodable(String name, Throwable error) {
    }

    /**
     * Many recent receipts on the receipt queue of {@code queue} (the sender's DXP id) named no message of this store
     * ({@code unmatched} of the last {@code of}): another store is probably polling the same queue. One receipt queue
     * belongs to one store.
     */
    default void receiptQueueShared(String queue, int unmatched, int of) {
    }
}
