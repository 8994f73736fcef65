package org.cbec.client;

import org.cbec.client.status.Status;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.cbec.client.internal.DefaultCebClient;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.Transport;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.XmlSigner;

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
     * Builds a {@link CebClient}: the first thing a user types. {@link #sender}, {@link #transport} and {@link #store}
     * are required; {@link #signer} is required for {@link CebClient#submit} (not for {@link CebClient#submitSigned});
     * everything else has a default. A builder is not thread safe; each {@link #build()} makes an independent client.
     *
     * <pre>{@code
     * CebClient client = CebClient.builder()
     *         .sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例电商平台有限公司"))
     *         .signer(XmlSigner.custom(Signers.pkcs12(Path.of("company.p12"), password)).build())
     *         .transport(Transports.http(HttpTransportConfig.custom()
     *                 .sendUrl("https://gw.example.cn/dxp/send").receiptUrl("https://gw.example.cn/dxp/receipts").build()))
     *         .store(Stores.h2(Path.of("var/cbec/outbox")))
     *         .build();
     * }</pre>
     *
     * <p>The defaults: the H2 store and the HTTP transport come with sdk-client (as runtime dependencies that can be
     * excluded); {@link ClientConfig#ofDefaults()}; {@link CebCodec#ofDefaults()}; {@link ReceiptDecoders#generic()};
     * the system UTC clock; no listeners; workers started.
     */
    interface Builder {

        /**
         * Who files: the DXP id that becomes every envelope's {@code SenderId}, and the enterprise's customs code and
         * name. Required.
         *
         * <pre>{@code
         * builder.sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例电商平台有限公司"));
         * }</pre>
         *
         * @param sender the filing enterprise
         * @return this builder
         */
        Builder sender(SenderProfile sender);

        /**
         * How messages are signed by {@link CebClient#submit}: SM2/SM3 or RSA-SHA1 with a software key, a USB key
         * through the China E-Port client, or a signing server. Required for {@code submit}; a client that only files
         * messages signed elsewhere ({@link CebClient#submitSigned}) needs none. Signing is rate limited by
         * {@link ClientConfig#signaturesPerMinute()} (a USB key signs about 250 a minute).
         *
         * <pre>{@code
         * builder.signer(XmlSigner.custom(Signers.usbKey(UsbKeyConfig.custom().passwordFromEnvironment("CBEC_USBKEY_PIN").build())).build());
         * }</pre>
         *
         * @param signer the signer; {@code null} for none
         * @return this builder
         */
        Builder signer(XmlSigner signer);

        /**
         * The codec that validates and writes submitted messages; default {@link CebCodec#ofDefaults()}. Set one to
         * add checks or change XML limits.
         *
         * <pre>{@code
         * builder.codec(CebCodec.builder().limits(XmlLimits.custom().maxBytes(2_000_000).build()).build());
         * }</pre>
         *
         * @param codec the codec
         * @return this builder
         */
        Builder codec(CebCodec codec);

        /**
         * Where envelopes go and receipts come from. Required. Built in: {@link Transports#http} (OkHttp, from
         * {@code sdk-transport-http}), {@link Transports#folder} (a transfer client's folders); by configuration:
         * {@link Transports#fromProperties} ({@code cbec.transport=http|folder|amqp}). The client closes it.
         *
         * <pre>{@code
         * builder.transport(Transports.folder(FolderTransportConfig.custom().root(Path.of("/data/transfer")).build()));
         * }</pre>
         *
         * @param transport the transport
         * @return this builder
         */
        Builder transport(Transport transport);

        /**
         * The durable outbox: a message is stored here before any network I/O, and its status and receipts after.
         * Required. Built in: {@link Stores#h2} (embedded, from {@code sdk-store-h2}), {@link Stores#inMemory} (tests);
         * by configuration: {@link Stores#fromUrl} ({@code jdbc:postgresql:…} with {@code sdk-store-postgres}). The
         * client closes it.
         *
         * <pre>{@code
         * builder.store(Stores.h2(Path.of("var/cbec/outbox")));   // var/cbec/outbox.mv.db, created on first use
         * }</pre>
         *
         * @param store the store
         * @return this builder
         */
        Builder store(MessageStore store);

        /**
         * The clock for envelope times ({@code CreatTime}, in China time) and time stamps; default the system UTC
         * clock. Tests pass a fixed or mutable clock.
         *
         * <pre>{@code
         * builder.clock(Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
         * }</pre>
         *
         * @param clock the clock
         * @return this builder
         */
        Builder clock(Clock clock);

        /**
         * Workers, leases, retries, timeouts, rate and circuit breaker; default {@link ClientConfig#ofDefaults()}.
         *
         * <pre>{@code
         * builder.config(ClientConfig.custom().workers(4).signaturesPerMinute(250).maxAttempts(10).build());
         * }</pre>
         *
         * @param config the configuration
         * @return this builder
         */
        Builder config(ClientConfig config);

        /**
         * Turns inbound envelopes into {@link ReceiptEvent}s; default {@link ReceiptDecoders#generic()}, which reads
         * every CEB receipt, CEB900 and {@code DxpRep}, bare or in a {@code DxpMsg}. Replace it for a gateway with its
         * own receipt format.
         *
         * <pre>{@code
         * builder.receiptDecoder(bytes -> myGateway.receipts(bytes));
         * }</pre>
         *
         * @param decoder the decoder
         * @return this builder
         */
        Builder receiptDecoder(ReceiptDecoder decoder);

        /**
         * Adds a listener told of every status change of every submission, with the receipt that caused it; called on
         * the client's threads, so it must return quickly. May be called more than once; listeners can also be added
         * later with {@link CebClient#addListener}.
         *
         * <pre>{@code
         * builder.listener((guid, status, receipt) -> log.info("{} {}", guid, status));
         * }</pre>
         *
         * @param listener the listener
         * @return this builder
         */
        Builder listener(SubmissionListener listener);

        /**
         * The observer of the client's own events (queued, sent, failed, dead letters, receipts recorded or
         * unmatched); default none. {@code MicrometerMetrics} is one.
         *
         * <pre>{@code
         * builder.clientListener(new MicrometerMetrics(registry));
         * }</pre>
         *
         * @param listener the listener
         * @return this builder
         */
        Builder clientListener(ClientListener listener);

        /**
         * Whether to start the send workers and the receipt poller (default true); false for a process that only
         * submits, leaving sending to other instances sharing the store.
         *
         * <pre>{@code
         * CebClient submitOnly = builder.startWorkers(false).build();
         * }</pre>
         *
         * @param start whether to start them
         * @return this builder
         */
        Builder startWorkers(boolean start);

        /**
         * The client, its workers started unless {@link #startWorkers(boolean) told otherwise}.
         *
         * @return a new client; close it to stop its threads and close its transport and store
         * @throws NullPointerException when the sender, transport or store is missing
         */
        CebClient build();
    }
}
