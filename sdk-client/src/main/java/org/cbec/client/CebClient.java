package org.cbec.client;

import java.util.List;
import java.util.Optional;

import org.cbec.client.internal.DefaultCebClient;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;

/**
 * The one entry point for filing messages: {@link #submit} validates, signs, wraps the message in a {@code DxpMsg} and
 * persists it to the durable outbox before any network I/O; background workers send it, retry transient failures with
 * the same guid, {@code CopMsgId} and identical bytes (never re-signed), and track its receipts.
 *
 * <pre>{@code
 * try (CebClient client = CebClient.builder()
 *         .sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例电商平台有限公司"))
 *         .signer(XmlSigner.custom(Signers.pkcs12(Path.of("company.p12"), password)).build())
 *         .transport(Transports.folder(FolderTransportConfig.custom().root(Path.of("/data/transfer")).build()))
 *         .store(Stores.h2(Path.of("var/cbec/outbox")))
 *         .build()) {
 *     Submission s = client.submit(order);              // durable when it returns
 *     Status st = s.await(Status.RELEASED, Duration.ofHours(2));
 * }
 * }</pre>
 */
public interface CebClient extends AutoCloseable {

    static Builder builder() {
        return new DefaultCebClient.DefaultBuilder();
    }

    /**
     * Validates, signs, wraps and stores {@code message}; returns once it is durable. Submitting a guid that is already
     * stored changes nothing and returns the existing submission.
     *
     * @throws org.cbec.core.validation.ValidationException when the message is invalid (nothing is stored)
     */
    Submission submit(CebMessage message);

    /**
     * Validates, signs and wraps every message, then stores them all through {@code MessageStore.enqueueAll}; returns
     * once all of them are durable. The way to file many messages fast: the H2 store makes a batch durable with one
     * commit instead of one per message (other stores may store them one by one). Nothing is stored when a message is
     * invalid.
     *
     * <pre>{@code
     * List<Submission> filed = client.submitAll(List.of(order, payment, logistics, inventory));
     * }</pre>
     *
     * @return the submissions, in the order of {@code messages}
     * @throws org.cbec.core.validation.ValidationException when a message is invalid (nothing is stored)
     */
    List<Submission> submitAll(List<? extends CebMessage> messages);

    /**
     * Stores an already signed message: wraps it in a {@code DxpMsg} ({@code CopMsgId} = {@code guid}, receiver by
     * {@code direction}) and persists it. For messages signed elsewhere.
     *
     * @param messageType the root element name, e.g. {@code CEB311Message}
     */
    Submission submitSigned(String messageType, MessageSpec.Direction direction, String guid, byte[] signedMessage);

    /** The submission of {@code guid}, if the store has it (also after a restart). */
    Optional<Submission> submission(String guid);

    /**
     * The status of order {@code orderNo} across every stored message that carries it (any {@code orderNo} element of
     * the message).
     */
    OrderStatus order(String orderNo);

    /** Up to {@code max} dead letters, oldest first, streamed from the store. */
    List<DeadLetter> deadLetters(int max);

    /** Adds a status listener. */
    void addListener(SubmissionListener listener);

    /** Stops the workers and pollers, waiting for sends in flight (bounded); closes the transport and the store. */
    @Override
    void close();

    /**
     * Builds a {@link CebClient}. Sender, transport and store are required; a signer is required for
     * {@link CebClient#submit}.
     */
    interface Builder {
        Builder sender(SenderProfile sender);

        Builder signer(org.cbec.core.signature.XmlSigner signer);

        Builder codec(org.cbec.core.CebCodec codec);

        Builder transport(org.cbec.client.spi.Transport transport);

        Builder store(org.cbec.client.spi.MessageStore store);

        Builder clock(java.time.Clock clock);

        Builder config(ClientConfig config);

        Builder receiptDecoder(org.cbec.client.ReceiptDecoder decoder);

        Builder listener(SubmissionListener listener);

        Builder clientListener(ClientListener listener);

        /** Whether to start the workers and receipt poller (default true); false for a submit-only process. */
        Builder startWorkers(boolean start);

        CebClient build();
    }
}
