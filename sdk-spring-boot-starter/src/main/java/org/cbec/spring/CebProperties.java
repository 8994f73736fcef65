package org.cbec.spring;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.cbec.core.signature.SignatureProfile;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code cbec.*} properties the starter builds a {@code CebClient} from. Every property is listed, with its
 * description, in the generated {@code META-INF/spring-configuration-metadata.json}, so IDEs complete and document
 * them.
 *
 * <pre>{@code
 * cbec:
 *   sender: { dxp-id: DXPENT0000458763, cop-code: "1105910159", cop-name: 示例跨境电商平台有限公司 }
 *   signer: { key: file:/etc/cbec/company.p12 }          # password: CBEC_SIGNER_PASSWORD in the environment
 *   transport: { send-url: https://gw.example.cn/dxp/send, receipt-url: https://gw.example.cn/dxp/receipts }
 *   client: { signatures-per-minute: 250 }
 * }</pre>
 */
@ConfigurationProperties(prefix = "cbec")
public class CebProperties {

    /** Whether to create the CebClient from these properties; false leaves the SDK unconfigured. */
    private boolean enabled = true;

    private final Sender sender = new Sender();
    private final Signer signer = new Signer();
    private final Store store = new Store();
    private final Transport transport = new Transport();
    private final Client client = new Client();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Sender getSender() {
        return sender;
    }

    public Signer getSigner() {
        return signer;
    }

    public Store getStore() {
        return store;
    }

    public Transport getTransport() {
        return transport;
    }

    public Client getClient() {
        return client;
    }

    /** Who files: {@code cbec.sender.*}. */
    public static class Sender {

        /** The DXP id the exchange platform assigned (every envelope's SenderId), e.g. DXPENT0000458763. Required. */
        private String dxpId;

        /** The filing enterprise's customs registration code (10 characters). Required. */
        private String copCode;

        /** The filing enterprise's registered name. Required. */
        private String copName;

        public String getDxpId() {
            return dxpId;
        }

        public void setDxpId(String dxpId) {
            this.dxpId = dxpId;
        }

        public String getCopCode() {
            return copCode;
        }

        public void setCopCode(String copCode) {
            this.copCode = copCode;
        }

        public String getCopName() {
            return copName;
        }

        public void setCopName(String copName) {
            this.copName = copName;
        }
    }

    /** The kind of signer: {@code cbec.signer.type}. */
    public enum SignerType {
        /** No signer: only messages signed elsewhere are filed (CebClient.submitSigned). */
        NONE,
        /** An unencrypted PKCS#8 PEM key ({@code cbec.signer.key}) with its certificate ({@code cbec.signer.certificate}). */
        PEM,
        /** A PKCS#12 file ({@code cbec.signer.key}) and its password. */
        PKCS12,
        /** The E-Port USB key through the China E-Port client's WebSocket ({@code cbec.signer.usb-key.*}). */
        USB_KEY,
        /** A signing server speaking the SDK's JSON protocol ({@code cbec.signer.server.*}). */
        SERVER
    }

    /** How messages are signed: {@code cbec.signer.*}. */
    public static class Signer {

        /**
         * The kind of signer. When unset it follows from what is set: pem with a certificate, pkcs12 with a key alone,
         * usb-key with usb-key.pin-env, server with server.url, else none.
         */
        private SignerType type;

        /** The private key: a PKCS#12 file or an unencrypted PKCS#8 PEM (a Spring resource: file:..., classpath:...). */
        private Resource key;

        /** The certificate of a PEM key (PEM or DER; a Spring resource). */
        private Resource certificate;

        /**
         * The PKCS#12 password, from the environment (CBEC_SIGNER_PASSWORD), a config tree (/run/secrets), a vault or
         * another secret source of Spring's; refused when it comes from the command line or a -D system property.
         */
        private String password;

        /** The environment variable holding the PKCS#12 password, as an alternative to cbec.signer.password. */
        private String passwordEnv;

        /** Signature algorithms (sm2-sm3, rsa-sha1, legacy-sm2-sha1); by default the one of the key's type. */
        private SignatureProfile profile;

        private final UsbKey usbKey = new UsbKey();
        private final Server server = new Server();

        public SignerType getType() {
            return type;
        }

        public void setType(SignerType type) {
            this.type = type;
        }

        public Resource getKey() {
            return key;
        }

        public void setKey(Resource key) {
            this.key = key;
        }

        public Resource getCertificate() {
            return certificate;
        }

        public void setCertificate(Resource certificate) {
            this.certificate = certificate;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getPasswordEnv() {
            return passwordEnv;
        }

        public void setPasswordEnv(String passwordEnv) {
            this.passwordEnv = passwordEnv;
        }

        public SignatureProfile getProfile() {
            return profile;
        }

        public void setProfile(SignatureProfile profile) {
            this.profile = profile;
        }

        public UsbKey getUsbKey() {
            return usbKey;
        }

        public Server getServer() {
            return server;
        }

        @Override
        public String toString() {
            return "Signer[type=" + type + ", key=" + key + ", certificate=" + certificate + ", password=" + (password == null ? "unset" : "***")
                    + ", passwordEnv=" + passwordEnv + "]";
        }
    }

    /** The E-Port USB key: {@code cbec.signer.usb-key.*}. */
    public static class UsbKey {

        /** The China E-Port client's WebSocket address. */
        private URI url = URI.create("ws://127.0.0.1:61232");

        /** The environment variable holding the USB key's PIN (read at each request, never a property value). */
        private String pinEnv;

        /** Time allowed to connect to the E-Port client. */
        private Duration connectTimeout = Duration.ofSeconds(5);

        /** Time allowed for one answer of the USB key. */
        private Duration responseTimeout = Duration.ofSeconds(30);

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }

        public String getPinEnv() {
            return pinEnv;
        }

        public void setPinEnv(String pinEnv) {
            this.pinEnv = pinEnv;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getResponseTimeout() {
            return responseTimeout;
        }

        public void setResponseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
        }
    }

    /** A signing server: {@code cbec.signer.server.*}. */
    public static class Server {

        /** The signing server's base URL (https; http only with allow-plain-http). */
        private URI url;

        /** The id of the key on the signing server. */
        private String keyId;

        /** The environment variable holding a bearer token sent as the Authorization header. */
        private String tokenEnv;

        /** Whether an http:// URL (no TLS) is allowed, for a server on loopback. */
        private boolean allowPlainHttp;

        /** Time allowed for one signing call. */
        private Duration callTimeout = Duration.ofSeconds(10);

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }

        public String getKeyId() {
            return keyId;
        }

        public void setKeyId(String keyId) {
            this.keyId = keyId;
        }

        public String getTokenEnv() {
            return tokenEnv;
        }

        public void setTokenEnv(String tokenEnv) {
            this.tokenEnv = tokenEnv;
        }

        public boolean isAllowPlainHttp() {
            return allowPlainHttp;
        }

        public void setAllowPlainHttp(boolean allowPlainHttp) {
            this.allowPlainHttp = allowPlainHttp;
        }

        public Duration getCallTimeout() {
            return callTimeout;
        }

        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }
    }

    /** The durable outbox: {@code cbec.store.*}. */
    public static class Store {

        /**
         * The store's URL: memory:, jdbc:h2:file:..., jdbc:postgresql://... (with sdk-store-postgres). When unset: the
         * application's DataSource if there is one and sdk-store-postgres is on the class path (PostgreSQL), else an
         * H2 file at cbec.store.h2-file.
         */
        private String url;

        /** The database user for cbec.store.url. */
        private String user;

        /** The database password for cbec.store.url (a secret source of Spring's; never the command line). */
        private String password;

        /** The H2 file of the default store (H2 adds .mv.db); relative to the working directory. */
        private Path h2File = Path.of("cbec", "outbox");

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUser() {
            return user;
        }

        public void setUser(String user) {
            this.user = user;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public Path getH2File() {
            return h2File;
        }

        public void setH2File(Path h2File) {
            this.h2File = h2File;
        }
    }

    /** The kind of transport: {@code cbec.transport.type}. */
    public enum TransportType {
        /** HTTP to the exchange platform's gateway (cbec.transport.send-url, receipt-url). */
        HTTP,
        /** A transfer client's folders (cbec.transport.folder). */
        FOLDER,
        /** An AMQP 0-9-1 broker such as RabbitMQ (cbec.transport.amqp.*; needs sdk-transport-amqp). */
        AMQP
    }

    /** Where envelopes go and receipts come from: {@code cbec.transport.*}. */
    public static class Transport {

        /** The kind of transport. */
        private TransportType type = TransportType.HTTP;

        /** The gateway's URL that takes DxpMsg envelopes (http type). */
        private String sendUrl;

        /** The gateway's URL that hands out receipts (http type); none: no receipts are polled. */
        private String receiptUrl;

        /** Time allowed to open an HTTP connection. */
        private Duration connectTimeout = Duration.ofSeconds(10);

        /** Time allowed for a whole HTTP call. */
        private Duration callTimeout = Duration.ofSeconds(60);

        /** The transfer client's root folder, with its outbox and inbox folders (folder type). */
        private Path folder;

        private final Amqp amqp = new Amqp();

        public TransportType getType() {
            return type;
        }

        public void setType(TransportType type) {
            this.type = type;
        }

        public String getSendUrl() {
            return sendUrl;
        }

        public void setSendUrl(String sendUrl) {
            this.sendUrl = sendUrl;
        }

        public String getReceiptUrl() {
            return receiptUrl;
        }

        public void setReceiptUrl(String receiptUrl) {
            this.receiptUrl = receiptUrl;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getCallTimeout() {
            return callTimeout;
        }

        public void setCallTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
        }

        public Path getFolder() {
            return folder;
        }

        public void setFolder(Path folder) {
            this.folder = folder;
        }

        public Amqp getAmqp() {
            return amqp;
        }
    }

    /** An AMQP broker: {@code cbec.transport.amqp.*}. */
    public static class Amqp {

        /** The broker's URI, e.g. amqp://user@mq.internal:5672/%2F (a password in it comes from a secret source). */
        private String uri;

        /** The durable queue envelopes are published to. */
        private String sendQueue = "cbec.send";

        /** The queue receipts are taken from. */
        private String receiptQueue = "cbec.receipts";

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }

        public String getSendQueue() {
            return sendQueue;
        }

        public void setSendQueue(String sendQueue) {
            this.sendQueue = sendQueue;
        }

        public String getReceiptQueue() {
            return receiptQueue;
        }

        public void setReceiptQueue(String receiptQueue) {
            this.receiptQueue = receiptQueue;
        }
    }

    /** The settings a client starts from: {@code cbec.client.preset}. */
    public enum Preset {
        /** ClientConfig.ofDefaults(): for a real gateway. */
        DEFAULTS,
        /** ClientConfig.forMockTests(): polls and delays in milliseconds, for tests against a mock on loopback. */
        MOCK_TESTS
    }

    /**
     * Rate limits, retries, receipt polling and workers: {@code cbec.client.*}. Each property left unset keeps the
     * preset's value.
     */
    public static class Client {

        /** The settings to start from; each cbec.client property set replaces one of them. */
        private Preset preset = Preset.DEFAULTS;

        /** Sending threads (default 4). */
        private Integer workers;

        /** Rate limit in messages signed per minute (default 250: what a USB key signs). */
        private Integer signaturesPerMinute;

        /** Rate limit in messages sent per minute, signed here or elsewhere (default 0: no limit). */
        private Integer sendsPerMinute;

        /** Concurrent sends at most (bulkhead; default 8). */
        private Integer maxConcurrentSends;

        /** Failed claims before a message becomes a dead letter (default 10). */
        private Integer maxAttempts;

        /** Attempts per claim within the process, for transient failures (default 3). */
        private Integer inProcessAttempts;

        /** First backoff between in-process attempts, doubled each time with jitter (default 500ms). */
        private Duration initialBackoff;

        /** Longest backoff between in-process attempts (default 5s). */
        private Duration maxBackoff;

        /** Delay before a failed message is claimed again, doubled per failed claim (default 30s). */
        private Duration retryDelay;

        /** Longest delay before a failed message is claimed again (default 1h). */
        private Duration maxRetryDelay;

        /** Time limit of one send attempt (default 60s). */
        private Duration attemptTimeout;

        /** How long a claim on a message is exclusive; must outlast the in-process attempts (default 5m). */
        private Duration lease;

        /** How often an idle dispatcher looks for due messages (a submit wakes it at once; default 1s). */
        private Duration idlePoll;

        /** Pause after a receipt poll that found nothing (default 5s). */
        private Duration receiptPoll;

        /** Longest pause between receipt polls after failures (default 2m). */
        private Duration maxReceiptPoll;

        /** Failure rate in percent at which the circuit to the gateway opens (default 50). */
        private Float circuitFailureRate;

        /** Calls in the circuit breaker's window, also its minimum before it may open (default 10). */
        private Integer circuitWindow;

        /** How long an open circuit stays open before a trial call (default 30s). */
        private Duration circuitOpenWait;

        public Preset getPreset() {
            return preset;
        }

        public void setPreset(Preset preset) {
            this.preset = preset;
        }

        public Integer getWorkers() {
            return workers;
        }

        public void setWorkers(Integer workers) {
            this.workers = workers;
        }

        public Integer getSignaturesPerMinute() {
            return signaturesPerMinute;
        }

        public void setSignaturesPerMinute(Integer signaturesPerMinute) {
            this.signaturesPerMinute = signaturesPerMinute;
        }

        public Integer getSendsPerMinute() {
            return sendsPerMinute;
        }

        public void setSendsPerMinute(Integer sendsPerMinute) {
            this.sendsPerMinute = sendsPerMinute;
        }

        public Integer getMaxConcurrentSends() {
            return maxConcurrentSends;
        }

        public void setMaxConcurrentSends(Integer maxConcurrentSends) {
            this.maxConcurrentSends = maxConcurrentSends;
        }

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Integer getInProcessAttempts() {
            return inProcessAttempts;
        }

        public void setInProcessAttempts(Integer inProcessAttempts) {
            this.inProcessAttempts = inProcessAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getRetryDelay() {
            return retryDelay;
        }

        public void setRetryDelay(Duration retryDelay) {
            this.retryDelay = retryDelay;
        }

        public Duration getMaxRetryDelay() {
            return maxRetryDelay;
        }

        public void setMaxRetryDelay(Duration maxRetryDelay) {
            this.maxRetryDelay = maxRetryDelay;
        }

        public Duration getAttemptTimeout() {
            return attemptTimeout;
        }

        public void setAttemptTimeout(Duration attemptTimeout) {
            this.attemptTimeout = attemptTimeout;
        }

        public Duration getLease() {
            return lease;
        }

        public void setLease(Duration lease) {
            this.lease = lease;
        }

        public Duration getIdlePoll() {
            return idlePoll;
        }

        public void setIdlePoll(Duration idlePoll) {
            this.idlePoll = idlePoll;
        }

        public Duration getReceiptPoll() {
            return receiptPoll;
        }

        public void setReceiptPoll(Duration receiptPoll) {
            this.receiptPoll = receiptPoll;
        }

        public Duration getMaxReceiptPoll() {
            return maxReceiptPoll;
        }

        public void setMaxReceiptPoll(Duration maxReceiptPoll) {
            this.maxReceiptPoll = maxReceiptPoll;
        }

        public Float getCircuitFailureRate() {
            return circuitFailureRate;
        }

        public void setCircuitFailureRate(Float circuitFailureRate) {
            this.circuitFailureRate = circuitFailureRate;
        }

        public Integer getCircuitWindow() {
            return circuitWindow;
        }

        public void setCircuitWindow(Integer circuitWindow) {
            this.circuitWindow = circuitWindow;
        }

        public Duration getCircuitOpenWait() {
            return circuitOpenWait;
        }

        public void setCircuitOpenWait(Duration circuitOpenWait) {
            this.circuitOpenWait = circuitOpenWait;
        }
    }
}
