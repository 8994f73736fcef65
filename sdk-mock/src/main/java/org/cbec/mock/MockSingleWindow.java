package org.cbec.mock;

import org.cbec.tax.TaxRateTables;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.customs.goods.GoodsList;
import org.cbec.customs.lifecycle.LifecycleRules;
import org.cbec.mock.internal.console.Console;
import org.cbec.mock.internal.console.Journal;
import org.cbec.core.signature.TrustPolicy;
import org.cbec.mock.internal.DataFolder;
import org.cbec.mock.internal.Exchange;
import org.cbec.mock.internal.FolderGateway;
import org.cbec.mock.internal.OfficialSchemas;
import org.cbec.mock.internal.Pay179Desk;
import org.cbec.mock.internal.RandomFaults;
import org.cbec.mock.internal.server.ContentDecoding;
import org.cbec.mock.internal.server.Handler;
import org.cbec.mock.internal.server.NioHttpServer;
import org.cbec.mock.internal.server.Request;
import org.cbec.mock.internal.server.Response;
import org.cbec.tax.spi.TaxRateTable;

/**
 * A Single Window (中国国际贸易单一窗口 / E-Port) on loopback that behaves like customs for the SDK's HTTP transport
 * ({@link org.cbec.client.spi.HttpDialects#dxpMsg()}) and, when {@link Builder#folders configured}, its folder
 * transport: it checks every {@code DxpMsg} as customs would, answers with a {@code DxpRep}, and hands out receipts on
 * a timeline through the receipt poll (or into the inbox folder). In the manner of OkHttp's
 * {@code MockWebServer}: start it in one line, {@link #enqueue(Fault) enqueue} faults or {@link #enqueue(Scenario)
 * scripted receipts}, {@link #takeMessage take} what the client sent and assert on it.
 *
 * <p>What it checks, in order, and what it answers:
 * <ul>
 *   <li>the envelope is a readable {@code DxpMsg}, else {@code DxpRep 0001};</li>
 *   <li>it carries a CEB message of the catalogue, well-formed, else {@code 0002};</li>
 *   <li>the signature verifies ({@code 1004} when the content was changed, {@code 1002} for a certificate outside
 *       its validity period, {@code 1001} otherwise, also for a certificate {@link Builder#trust} does not trust
 *       when trust is configured; without it any intact signature passes, marked embedded-untrusted);</li>
 *   <li>its guid is new ({@code 2999} when other content already used it; an identical resend is answered
 *       {@code 0000} again and not processed twice, so a client's retries after a lost answer are harmless);</li>
 *   <li>then {@code 0000}, and receipts: a CEB900 for schema-level violations; a rejection (returnStatus 100) naming
 *       the rules for business-rule findings, or naming the fields when the order, payment, waybill and inventory
 *       received for one {@code orderNo} disagree (四单比对); otherwise the next {@link #enqueue(Scenario) scripted}
 *       scenario or the default timeline 2 → 120 → 399 → 800 cut to the statuses of the message type's receipt
 *       table, with a CEB816 tax bill after an inventory's release.</li>
 * </ul>
 * Receipts become due on the injected {@link Clock}: for the import CEB311, CEB411, CEB511, CEB621 and CEB711, and every
 * export message with a receipt (CEB303 … CEB701), each type through the statuses of its receipt table: an order,
 * payment, import waybill or export collection ends at 120, an export waybill or a summary at 399, an inventory at 800;
 * a CEB792 summary result follows a summary application once it is concluded (refused with 100 when an inventory it
 * names was not received, is not released or was cancelled). Each receipt poll takes the earliest due one, or answers
 * 204. {@code GET /admin} is the console a test team keeps open: the received messages
 * live, each with its receipts sent and scheduled, answer, signature verdict, 四单 outcome and masked body; parcels side
 * by side; and controls to enqueue faults and scenarios, decide held messages, ask a platform for 179 data and reset
 * ({@link Console}, every control a JSON endpoint under {@code /admin/api}). Bound to anything but loopback, the mock
 * makes an {@link #adminToken() admin token} the controls require.
 *
 * <p>It also plays customs' side of the 179 interface: {@link #request179} asks a platform's {@code platDataOpen} for
 * an order's payment raw data, and {@link #PAY179_UPLOAD_PATH} takes and verifies the signed upload
 * ({@link #uploads179()}, {@code /admin/179}). Faults: {@link #enqueue(Fault) enqueued} per request,
 * {@link Builder#randomFaults at random}, {@link Builder#latency latency}, {@link Builder#duplicateReceipts duplicate}
 * and {@link Builder#outOfOrderReceipts out-of-order} receipts.
 *
 * <p>Why its own small NIO server ({@link NioHttpServer}) and neither WireMock, Jetty nor the JDK's {@code HttpServer}:
 * the mock is a stateful customs, not a stub. Each answer depends on what came before (duplicate guids, 四单 across
 * messages, receipts due later, the 179 session a platform answers), which WireMock would need as custom extensions
 * around its request matching. The JDK's {@code HttpServer} reads each request on a handler thread without a read
 * timeout (only the JVM-global {@code sun.net.httpserver.*} properties set one, which a mock embedded in a user's test
 * JVM must not set), so four connections trickling their headers took all its threads and {@code /ceb/send} stopped
 * answering. Jetty (or WireMock, which embeds it) would solve that but put Jetty on the test classpath of every team
 * using the mock, where it clashes with the Jetty their own stack or WireMock brings (Jetty 11 and 12 share package
 * names), and in {@code cbec-mock.jar}. The NIO server is some 700 lines with no dependency: a selector thread
 * reads every connection, so slow ones hold no thread; complete requests go to a bounded worker pool; head and body
 * sizes, idle time and a per-request deadline are enforced while reading; a gzip body is inflated within a limit. The
 * console polls for changes instead of holding connections open. WireMock stays what the SDK's own transport tests stub.
 *
 * <pre>{@code
 * try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(20)).start()) {
 *     mock.enqueue(Fault.httpStatus(503));                       // the first send fails, the retry succeeds
 *     CebClient client = CebClient.builder().transport(Transports.http(mock.httpTransport())) ... .build();
 *     client.submit(order).await(Status.RELEASED, Duration.ofSeconds(10));
 *     assertThat(mock.takeMessage(Duration.ofSeconds(1)).messageType()).isEqualTo("CEB311Message");
 * }
 * }</pre>
 */
public final class MockSingleWindow implements AutoCloseable {

    /** The {@code DxpRep} code of an accepted transmission. */
    public static final String ACCEPTED = "0000";
    /** Where sends go, relative to {@link #url()}. */
    public static final String SEND_PATH = "/ceb/send";
    /** Where receipts are polled, relative to {@link #url()}. */
    public static final String RECEIPT_PATH = "/ceb/receipts";
    /** The console (HTML) relative to {@link #url()}; its JSON endpoints are under {@code /admin/api} ({@link Console}). */
    public static final String ADMIN_PATH = "/admin";
    /** The largest body a send may inflate to ({@code Content-Encoding: gzip}); beyond it the answer is {@code 0001}. */
    public static final long MAX_MESSAGE_BYTES = 32L * 1024 * 1024;
    /** Where platforms upload 179 payment raw data ({@code payExInfoStr}), relative to {@link #url()}: customs' path. */
    public static final String PAY179_UPLOAD_PATH = "/ceb2grab/grab/realTimeDataUpload";
    /** How long after a 179 request its upload is taken, as customs requires. */
    public static final Duration PAY179_DEADLINE = Duration.ofMinutes(2);

    private static final System.Logger LOG = System.getLogger(MockSingleWindow.class.getName());

    private final Exchange exchange;
    private final TrustPolicy trust;
    private final Pay179Desk pay179;
    private final Clock clock;
    private final Duration latency;
    private final NioHttpServer server;
    private final ScheduledExecutorService folderPoller;
    private final Journal journal = new Journal();
    private final String adminToken;
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final RandomFaults randomFaults;
    private final LinkedBlockingQueue<ReceivedMessage> taken = new LinkedBlockingQueue<>();
    private final List<ReceivedMessage> received = new ArrayList<>();

    private MockSingleWindow(Builder b) {
        this.clock = b.clock;
        this.latency = b.latency;
        this.trust = b.trust;
        this.exchange = new Exchange(new Exchange.Settings(b.clock, b.trust,
                b.timeline != null ? b.timeline : Scenario.releasing(b.receiptDelay), b.receiptDelay, b.duplicateReceipts,
                b.outOfOrderReceipts, b.schemas == null ? null : OfficialSchemas.load(b.schemas),
                b.data == null ? null : new DataFolder(b.data), b.goodsList, b.taxRates, b.lifecycleRules));
        this.pay179 = new Pay179Desk(b.clock, b.trust == null ? TrustPolicy.none() : b.trust, PAY179_DEADLINE);
        b.faults.forEach(faults::add);
        this.randomFaults = new RandomFaults(b.serverErrorRate, b.dropRate, b.faultSeed);
        this.adminToken = adminToken(b.address, b.adminToken);
        Console console = new Console(journal, exchange, new Controls(), b.clock, b.receiptDelay, b.trust != null, adminToken);
        Map<String, Handler> routes = new LinkedHashMap<>();
        routes.put(SEND_PATH, new Handler() {
            @Override
            public Response handle(Request request) {
                return send(request);
            }

            @Override
            public Response tooLarge(Request request, long limit) {
                return answer(exchange.unreadable(new byte[0], "the body is over " + limit + " bytes"), null, new byte[0]);
            }
        });
        routes.put(RECEIPT_PATH, this::poll);
        routes.put(ADMIN_PATH, console::handle);
        routes.put(PAY179_UPLOAD_PATH, pay179::upload);
        routes.put(Pay179Desk.ADMIN_PATH, pay179::admin);
        this.server = NioHttpServer.start(new InetSocketAddress(b.address, b.port), b.limits, Clock.systemUTC(), routes);
        if (b.outbox != null) {
            FolderGateway folders = new FolderGateway(b.outbox, b.inbox, exchange, clock, this::record);
            folderPoller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "mock-single-window-folders");
                t.setDaemon(true);
                return t;
            });
            folderPoller.scheduleWithFixedDelay(() -> {
                try {
                    folders.poll();
                } catch (RuntimeException e) { // keep polling: one bad round must not stop the folder side
                    LOG.log(System.Logger.Level.WARNING, "folder round failed: " + e);
                }
            }, 0, b.folderPoll.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            folderPoller = null;
        }
    }

    /** A builder; {@link Builder#start()} starts the mock. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a mock with the defaults on a free loopback port. */
    public static MockSingleWindow start() {
        return builder().start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:53412/}. */
    public URI url() {
        InetSocketAddress a = server.address();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** The console's URL, {@code …/admin}. */
    public URI adminUrl() {
        return url().resolve(ADMIN_PATH);
    }

    /**
     * The token the console's controls (and raw envelope downloads) require in the {@code X-Cbec-Token} header: made at
     * start when the mock listens on anything but loopback (or {@link Builder#adminToken given}), empty on loopback.
     */
    public Optional<String> adminToken() {
        return Optional.ofNullable(adminToken);
    }

    /** The URL the SDK sends {@code DxpMsg} envelopes to. */
    public URI sendUrl() {
        return url().resolve(SEND_PATH);
    }

    /** The URL the SDK polls receipts from. */
    public URI receiptUrl() {
        return url().resolve(RECEIPT_PATH);
    }

    /** An HTTP transport configuration pointing at this mock; {@link HttpTransportConfig#from} adjusts it. */
    public HttpTransportConfig httpTransport() {
        return HttpTransportConfig.custom().sendUrl(sendUrl().toString()).receiptUrl(receiptUrl().toString()).build();
    }

    /** The URL platforms upload 179 payment raw data to: give it to the platform's {@code Pay179Config.uploadUrl}. */
    public URI pay179UploadUrl() {
        return url().resolve(PAY179_UPLOAD_PATH);
    }

    /**
     * Asks a platform for the payment raw data of {@code orderNo}, as customs does under announcement 2018 No. 179:
     * POSTs {@code openReq} ({@code orderNo}, a new {@code sessionID}, {@code serviceTime}) to {@code platDataOpen} and
     * returns once the platform answered (it should answer {@code {"code":"10000",…}} at once). The platform then
     * uploads to {@link #pay179UploadUrl()}, within {@link #PAY179_DEADLINE}; the upload verifies only with a
     * certificate given to {@link Builder#trust}. Every upload is listed by {@link #uploads179()} and on
     * {@code /admin/179}.
     *
     * <pre>{@code
     * Pay179Request r = mock.request179(URI.create("http://127.0.0.1:9000/platDataOpen"), "ORDER-1");
     * Pay179Upload up = r.awaitUpload(Duration.ofSeconds(10));   // up.verified(), up.message()
     * }</pre>
     *
     * @throws IllegalStateException when the platform cannot be reached or answers with an HTTP error
     */
    public Pay179Request request179(URI platDataOpen, String orderNo) throws InterruptedException {
        return pay179.request(Objects.requireNonNull(platDataOpen, "platDataOpen"), Objects.requireNonNull(orderNo, "orderNo"));
    }

    /** The trust signatures are checked with, or empty when none is configured (intact signatures pass, marked untrusted). */
    public Optional<TrustPolicy> trust() {
        return Optional.ofNullable(trust);
    }

    /** Every 179 upload received so far, accepted or refused, in arrival order. */
    public List<Pay179Upload> uploads179() {
        return pay179.uploads();
    }

    /** Applies {@code fault} to the next send request not yet faulted (faults apply in the order enqueued). */
    public void enqueue(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
    }

    /** Makes the next accepted and consistent declaration follow {@code scenario} instead of the default timeline. */
    public void enqueue(Scenario scenario) {
        exchange.script(Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * Makes the next accepted and consistent declaration of {@code messageType} follow {@code scenario}, whatever comes
     * in between (scripts for a type come before untyped ones):
     *
     * <pre>{@code
     * mock.enqueue("CEB621", Scenario.inspected(Duration.ofMillis(20)));              // 2 → 120 → 399 → 500 → 800
     * mock.enqueue("CEB621", Scenario.detained(Duration.ofMillis(20), "502", "涉嫌走私")); // … → 500 → 502
     * }</pre>
     *
     * @param messageType e.g. {@code CEB621} or {@code CEB621Message}
     */
    public void enqueue(String messageType, Scenario scenario) {
        exchange.script(Objects.requireNonNull(messageType, "messageType"), Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * Plays customs when the collecting party paid: every open CEB816 tax bill is summarised onto a payment form and a
     * CEB818 status update (2 已汇总, with the form's {@code entDutyNo}) becomes due now for each. A returned or cancelled
     * inventory's bill was voided (CEB818 3 作废) when its return or cancellation was concluded.
     *
     * @return how many bills were summarised
     */
    public int summariseTaxBills() {
        return exchange.summariseTaxBills();
    }

    /**
     * The next processed send request (in arrival order), waiting up to {@code timeout}.
     *
     * @throws IllegalStateException when none arrives in time
     */
    public ReceivedMessage takeMessage(Duration timeout) throws InterruptedException {
        ReceivedMessage m = taken.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (m == null) {
            throw new IllegalStateException("no message received within " + timeout);
        }
        return m;
    }

    /** Every processed send request so far, in arrival order. */
    public List<ReceivedMessage> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Receipts not yet taken by a poll, due or not. */
    public int pendingReceipts() {
        return exchange.receipts().pending();
    }

    private Response send(Request http) {
        if (!"POST".equals(http.method())) {
            return Response.empty(405);
        }
        sleep(latency);
        Fault fault = faults.poll();
        if (fault == null) {
            fault = randomFaults.next().orElse(null);
        }
        if (fault != null && fault.kind() == Fault.Kind.DELAY) {
            sleep(fault.delay());
        }
        if (fault != null && fault.kind() == Fault.Kind.HTTP_STATUS) {
            return Response.empty(fault.httpStatus());
        }
        Exchange.Result result;
        byte[] body = http.body();
        try {
            result = exchange.process(ContentDecoding.decode(http, MAX_MESSAGE_BYTES));
        } catch (ContentDecoding.Refused e) {
            result = exchange.unreadable(body, e.getMessage());
        } catch (RuntimeException e) {
            // a defect of the mock, not of the message: logged here, answered 3001 (the client retries), no detail sent
            LOG.log(System.Logger.Level.ERROR, "the mock failed on a message", e);
            result = exchange.failed(body);
        }
        return answer(result, fault != null && fault.kind() == Fault.Kind.DROP_RESPONSE ? fault : null, body);
    }

    /** Records {@code result} and answers with its DxpRep, or drops the answer for a {@code drop} fault. */
    private Response answer(Exchange.Result result, Fault drop, byte[] raw) {
        record(result, raw);
        // closing without a response closes the connection: the client sees an I/O error
        return drop != null ? Response.drop() : Response.ok(Response.XML, result.answer());
    }

    private void record(Exchange.Result result, byte[] raw) {
        synchronized (received) {
            received.add(result.received());
        }
        journal.add(result, raw);
        taken.add(result.received());
    }

    private Response poll(Request http) {
        Optional<byte[]> receipt = exchange.receipts().poll(clock.instant());
        return receipt.map(r -> Response.ok(Response.XML, r)).orElseGet(() -> Response.empty(204));
    }

    /** The token the controls need: the one given, else a new one unless {@code address} is loopback. */
    static String adminToken(InetAddress address, String given) {
        return given != null ? given : address.isLoopbackAddress() ? null : newToken();
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the console's controls do to this mock. */
    private final class Controls implements Console.Controls {
        @Override
        public void enqueue(Fault fault) {
            MockSingleWindow.this.enqueue(fault);
        }

        @Override
        public List<Fault> queuedFaults() {
            return List.copyOf(faults);
        }

        @Override
        public void enqueue(Scenario scenario) {
            MockSingleWindow.this.enqueue(scenario);
        }

        @Override
        public Pay179Request request179(URI platDataOpen, String orderNo) throws InterruptedException {
            return MockSingleWindow.this.request179(platDataOpen, orderNo);
        }

        @Override
        public List<Pay179Upload> uploads179() {
            return MockSingleWindow.this.uploads179();
        }

        @Override
        public void reset() {
            MockSingleWindow.this.reset();
        }
    }

    /**
     * Forgets everything, as a restart would, but keeps the port: received messages, receipts sent and scheduled,
     * enqueued faults and scenarios, parcels, 179 requests and uploads.
     */
    public void reset() {
        faults.clear();
        exchange.reset();
        pay179.reset();
        synchronized (received) {
            received.clear();
        }
        taken.clear();
        journal.clear();
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server at once and its threads. */
    @Override
    public void close() {
        server.close();
        if (folderPoller != null) {
            folderPoller.shutdownNow();
        }
    }

    /**
     * Builds and starts a {@link MockSingleWindow}. Defaults: loopback, a free port, receipts 1 s apart, any intact
     * signature accepted but marked embedded-untrusted (configure {@link #trust}), no faults, the system clock.
     *
     * <pre>{@code
     * MockSingleWindow mock = MockSingleWindow.builder().port(8080).receiptDelay(Duration.ofSeconds(2))
     *         .trust(registeredCertificate).start();
     * }</pre>
     */
    public static final class Builder {
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration receiptDelay = Duration.ofSeconds(1);
        private Scenario timeline;
        private TrustPolicy trust;
        private Duration latency = Duration.ZERO;
        private final List<Fault> faults = new ArrayList<>();
        private boolean duplicateReceipts;
        private double serverErrorRate;
        private double dropRate;
        private long faultSeed = 1;
        private boolean outOfOrderReceipts;
        private Path schemas;
        private Path data;
        private Path outbox;
        private Path inbox;
        private Duration folderPoll = Duration.ofMillis(100);
        private GoodsList goodsList;
        private TaxRateTable taxRates = TaxRateTables.sample();
        private LifecycleRules lifecycleRules = LifecycleRules.ofDefaults();
        private String adminToken;
        private NioHttpServer.Limits limits = NioHttpServer.Limits.defaults();

        private Builder() {
        }

        /**
         * Also serves the SDK's folder transport: takes envelopes from the client's {@code outbox}, answers each with a
         * {@code DxpRep} file in the client's {@code inbox}, and delivers receipts there (then the receipt poll over
         * HTTP finds none), checking the folders every {@code every}.
         *
         * <pre>{@code
         * FolderTransportConfig f = FolderTransportConfig.custom().root(root).build();
         * MockSingleWindow.builder().folders(f.outbox(), f.inbox(), Duration.ofMillis(50)).start();
         * }</pre>
         */
        public Builder folders(Path outbox, Path inbox, Duration every) {
            this.outbox = Objects.requireNonNull(outbox, "outbox");
            this.inbox = Objects.requireNonNull(inbox, "inbox");
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("folder poll interval must be positive: " + every);
            }
            this.folderPoll = every;
            return this;
        }

        /**
         * Checks messages against the official schemas in {@code dir} ({@code ceb-import-*.xsd}, {@code ceb-export-*.xsd}
         * and the {@code xmldsig-core-schema.xsd} they import) instead of the SDK's own schema-level rules.
         */
        public Builder schemas(Path dir) {
            this.schemas = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Refuses (100, 业务校验未通过) an inventory (CEB621, CEB603) with a line whose HS code is off {@code list}
         * (CEB-G001) or breaks its condition (CEB-G002), as a zone enforcing the cross-border retail import list would.
         *
         * <pre>{@code
         * MockSingleWindow.builder().goodsList(GoodsList.fromCsv(Path.of("positive-list.csv"))).start();
         * }</pre>
         */
        public Builder goodsList(GoodsList list) {
            this.goodsList = Objects.requireNonNull(list, "list").withSeverity(org.cbec.core.validation.Severity.ERROR);
            return this;
        }

        /** Keeps every received message in {@code dir/received} and every receipt sent in {@code dir/receipts}. */
        public Builder data(Path dir) {
            this.data = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * The token the console's controls require instead of one made at start (made only when not on loopback); a
         * token given here is required on loopback too.
         */
        public Builder adminToken(String token) {
            if (token == null || token.length() < 8) {
                throw new IllegalArgumentException("an admin token needs at least 8 characters");
            }
            this.adminToken = token;
            return this;
        }

        /**
         * Idle timeout (no byte from a client for that long, in a request or between requests) and deadline of a whole
         * request (from its first byte), on the system clock; by default 30 s and 60 s. Connections past either are
         * closed; a slow connection holds no thread meanwhile, so it never delays another client.
         */
        public Builder connectionTimeouts(Duration idle, Duration request) {
            this.limits = limits.withTimeouts(idle, request);
            return this;
        }

        /** The address to listen on; loopback by default. */
        public Builder address(InetAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port; 0 (the default) takes a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        /** The clock receipts become due by and are dated with. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The delay between receipts of the default timeline, and before a CEB900 or rejection. */
        public Builder receiptDelay(Duration delay) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("negative delay " + delay);
            }
            this.receiptDelay = delay;
            return this;
        }

        /** The receipts of every accepted, consistent declaration; {@link Scenario#releasing} by default. */
        public Builder timeline(Scenario timeline) {
            this.timeline = Objects.requireNonNull(timeline, "timeline");
            return this;
        }

        /**
         * Accepts only signatures made with one of these certificates or a certificate they issued ({@link TrustPolicy#pinned});
         * also the certificates registered for 179 uploads, found by their {@code certNo}.
         */
        public Builder trust(X509Certificate... certificates) {
            return trust(TrustPolicy.pinned(certificates));
        }

        /**
         * Enforces {@code trust} as customs does: a message signed with an untrusted certificate is refused with
         * {@code 1001}, one outside its validity period with {@code 1002}; 179 uploads are verified with the configured
         * certificate their {@code certNo} names. Without it the mock accepts any intact signature and marks each
         * message {@code embedded-untrusted} ({@link ReceivedMessage#trust()}, {@code /admin}), and refuses 179 uploads,
         * having no registered certificate.
         *
         * <pre>{@code
         * MockSingleWindow.builder().trust(TrustPolicy.custom().trust(Path.of("registered-certs/")).build()).start();
         * }</pre>
         */
        public Builder trust(TrustPolicy trust) {
            this.trust = Objects.requireNonNull(trust, "trust");
            return this;
        }

        /** Delays every answer to a send by {@code latency}. */
        public Builder latency(Duration latency) {
            this.latency = Objects.requireNonNull(latency, "latency");
            return this;
        }

        /** Faults for the first send requests, as {@link MockSingleWindow#enqueue(Fault)} would. */
        public Builder faults(Fault... faults) {
            this.faults.addAll(List.of(faults));
            return this;
        }

        /**
         * Beyond the enqueued {@link #faults}, answers a share of send requests with {@code 503} (not processed) and
         * drops the answer to another share (processed, connection closed): one seeded draw per request, so a run
         * repeats. Rates are between 0 and 1 and add up to at most 1.
         *
         * <pre>{@code
         * MockSingleWindow.builder().randomFaults(0.2, 0.1, 42).start();   // 20 % 503, 10 % lost answers
         * }</pre>
         */
        public Builder randomFaults(double serverErrorRate, double dropRate, long seed) {
            RandomFaults.checkRates(serverErrorRate, dropRate);
            this.serverErrorRate = serverErrorRate;
            this.dropRate = dropRate;
            this.faultSeed = seed;
            return this;
        }

        /** Hands out every receipt twice. */
        public Builder duplicateReceipts(boolean duplicate) {
            this.duplicateReceipts = duplicate;
            return this;
        }

        /** Hands out a message's receipts last status first (800 before 399 before 120 before 2). */
        public Builder outOfOrderReceipts(boolean outOfOrder) {
            this.outOfOrderReceipts = outOfOrder;
            return this;
        }

        /**
         * The rates the CEB816 tax bills are computed with (by sdk-tax's model: duty, consumption tax and VAT on goods,
         * freight and insurance); default {@link TaxRateTables#sample()}, the rates {@code cbec tax} uses by default.
         * Goods the table has no rates for are taxed at its {@code general} rates.
         */
        public Builder taxRates(TaxRateTable rates) {
            this.taxRates = Objects.requireNonNull(rates, "rates");
            return this;
        }

        /**
         * The rules cancellations and returns are checked against (return windows, cancellation after release, return
         * at another customs); default {@link LifecycleRules#ofDefaults()}. Windows run on the mock's {@link #clock}.
         */
        public Builder lifecycleRules(LifecycleRules rules) {
            this.lifecycleRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /**
         * Starts the mock.
         *
         * @throws UncheckedIOException     when the port cannot be bound
         * @throws IllegalArgumentException when the {@link #schemas} folder lacks a schema
         */
        public MockSingleWindow start() {
            try {
                return new MockSingleWindow(this);
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("cannot listen on " + address + ":" + port, e.getCause());
            }
        }
    }
}
