package org.cbec.client;

import org.cbec.client.status.Status;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.cbec.client.internal.DefaultCebClient;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.XmlSigner;

/**
 * The one entry point for filing messages: {@link #submit} validates, signs, wraps the message in a {@code DxpMsg} and
 * persists it to the durable outbox before any network I/O; background workers send it, retry transient failures with
 * the same guid, {@code CopMsgId} and identical bytes (never re-signed), and track its receipts. A guid is an
 * idempotency key: the same message submitted again returns the existing submission, another message under a used
 * guid is a {@link GuidConflictException}. No receipt is lost: an inbound envelope that names no stored message is kept
 * ({@link #unmatchedReceipts}) and matched when its message is submitted.
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
     * Runs the {@link MessageInterceptor}s, validates, signs, wraps and stores {@code message}; returns once it is
     * durable. A guid is an idempotency key: the same message (same canonical content and destination) submitted again
     * changes nothing and returns the existing submission ({@link Submission#alreadySubmitted()}).
     *
     * @throws org.cbec.core.validation.ValidationException when the message is invalid (nothing is stored)
     * @throws GuidConflictException when its guid is stored with other content or destination (nothing is stored)
     */
    Submission submit(CebMessage message);

    /**
     * As {@link #submit}, returning at once with a future completed at the durable commit: validation and signing run on
     * the calling thread (a {@link org.cbec.core.validation.ValidationException} completes the future exceptionally),
     * storing on the client's executor, where whatever was submitted meanwhile is stored with one
     * {@code MessageStore.enqueueAll} (one group commit in the H2 store). Many submits share one commit without holding
     * a thread each.
     *
     * <pre>{@code
     * List<CompletableFuture<Submission>> filed = orders.stream().map(client::submitAsync).toList();
     * CompletableFuture.allOf(filed.toArray(CompletableFuture[]::new)).join();   // all durable
     * }</pre>
     *
     * @return completes with the submission once durable (its {@link Submission#alreadySubmitted()} tells a repeat),
     *         or exceptionally: {@code ValidationException}, {@link GuidConflictException}, {@link SubmissionVetoedException},
     *         a store failure
     */
    CompletableFuture<Submission> submitAsync(CebMessage message);

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
     * @throws GuidConflictException when a message's guid is stored with other content (the batch's other messages are
     *                               stored)
     */
    List<Submission> submitAll(List<? extends CebMessage> messages);

    /**
     * Stores an already signed message: wraps it in a {@code DxpMsg} ({@code CopMsgId} = {@code guid}, receiver by
     * {@code direction}) and persists it. For messages signed elsewhere.
     *
     * <p>The idempotency key is the guid with the signed bytes as given: the identical file again returns the existing
     * submission, changed bytes under the same guid are a {@link GuidConflictException}.
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

    /**
     * Up to {@code max} inbound envelopes kept because they named no stored message (or could not be decoded), oldest
     * first, with their raw bytes: receipts are never dropped. Each is matched again automatically when a message it
     * names is submitted; export them (e.g. {@code cbec receipts --unmatched --export DIR}) to import them into the
     * store that sent their messages.
     *
     * <pre>{@code
     * for (UnmatchedReceipt u : client.unmatchedReceipts(100)) {
     *     Files.write(dir.resolve(u.key() + ".xml"), u.envelope());
     * }
     * }</pre>
     */
    List<UnmatchedReceipt> unmatchedReceipts(int max);

    /**
     * Processes inbound envelopes from elsewhere (unmatched receipts exported from another store, files a transfer
     * client left behind) as if the transport had delivered them: receipts are recorded once for their messages,
     * statuses move, what still matches nothing is kept.
     *
     * <pre>{@code
     * ReceiptImport r = client.importReceipts(List.of(new InboundEnvelope("r1.xml", Files.readAllBytes(file))));
     * }</pre>
     */
    ReceiptImport importReceipts(List<InboundEnvelope> envelopes);

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
     * the system UTC clock, a scheduler and an executor of the client's own, {@link Sleeper#SYSTEM}; no listeners or
     * interceptors; workers started.
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
         * The clock for envelope times ({@code CreatTime}, in China time), time stamps, the signature and send limits
         * and the circuit breaker's open time; default the system UTC clock. Tests pass a virtual one together with a
         * virtual {@link #scheduler}.
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
         * Where the client's timers run: the dispatcher's idle polls, the receipt poller's pauses, retry backoffs and
         * attempt time limits (a timer only hands work to the {@link #executor}). Default: one daemon thread of the
         * client's own, stopped by {@link CebClient#close()}; one given here is not shut down by the client. Tests pass
         * a virtual-time scheduler, so that retries, leases and polls run without waiting.
         *
         * <pre>{@code
         * builder.scheduler(sharedScheduler);
         * }</pre>
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        Builder scheduler(ScheduledExecutorService scheduler);

        /**
         * Where the client's work runs: claim rounds, sends, receipt polls, storing asynchronous submits. Default: a
         * cached pool of daemon threads of the client's own (sends block on I/O; their number is bounded by
         * {@link ClientConfig#workers()} and {@link ClientConfig#maxConcurrentSends()}); one given here is not shut
         * down by the client.
         *
         * <pre>{@code
         * builder.executor(Executors.newVirtualThreadPerTaskExecutor());   // Java 21
         * }</pre>
         *
         * @param executor the executor
         * @return this builder
         */
        Builder executor(ExecutorService executor);

        /**
         * How a submitting thread waits for the signature limit ({@link ClientConfig#signaturesPerMinute()}); default
         * {@link Sleeper#SYSTEM}.
         *
         * <pre>{@code
         * builder.sleeper(virtualClock::advance);
         * }</pre>
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        Builder sleeper(Sleeper sleeper);

        /**
         * Adds an application-level interceptor around the typed message, before validation and signing: stamp fields,
         * veto, observe the durable outcome. Interceptors run in the order added, the first outermost. See
         * {@link MessageInterceptor}.
         *
         * <pre>{@code
         * builder.addInterceptor(chain -> chain.proceed(stamp(chain.message())));
         * }</pre>
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        Builder addInterceptor(MessageInterceptor interceptor);

        /**
         * Adds a network-level interceptor around the signed bytes and the envelope, before they are stored and sent:
         * audit, archive. Runs for every message, also those submitted already signed, in the order added, inside the
         * application interceptors. See {@link EnvelopeInterceptor}.
         *
         * <pre>{@code
         * builder.addEnvelopeInterceptor(chain -> { archive(chain.message()); return chain.proceed(chain.message()); });
         * }</pre>
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        Builder addEnvelopeInterceptor(EnvelopeInterceptor interceptor);

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
         * Adds an observer of the client's own events (queued, sent, failed, dead letters, receipts recorded or
         * unmatched); none by default. {@code MicrometerMetrics} is one. May be called more than once: each event goes
         * to each observer in the order added, on the client's threads; one that throws is logged and does not keep
         * the event from the others.
         *
         * <pre>{@code
         * builder.clientListener(new MicrometerMetrics(registry)).clientListener(auditTrail);
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
