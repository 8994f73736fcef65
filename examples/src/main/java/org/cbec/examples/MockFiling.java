package org.cbec.examples;

import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.cbec.core.CebCodec;
import org.cbec.core.client.CebClient;
import org.cbec.core.client.ClientConfig;
import org.cbec.core.client.Receipt;
import org.cbec.core.client.ReceiptDecoders;
import org.cbec.core.client.SenderProfile;
import org.cbec.core.client.Status;
import org.cbec.core.client.Submission;
import org.cbec.core.client.spi.ReceiptDecoder;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.store.Stores;
import org.cbec.core.transport.Transports;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.mock.MockSingleWindow;

/**
 * What the examples share to file against an embedded {@link MockSingleWindow}: a throwaway SM2 key, and a filing
 * session (the mock and a {@link CebClient} to it) that prints each status change of what it files and keeps the tax
 * bills (CEB816) it receives.
 *
 * <pre>{@code
 * try (MockFiling filing = new MockFiling(Duration.ofMillis(150), System.out)) {
 *     Map<String, Status> statuses = filing.file(parcel.messages(), Duration.ofSeconds(30));
 *     Ceb816Message bill = filing.awaitTaxBill();
 * }
 * }</pre>
 */
final class MockFiling implements AutoCloseable {

    private static final Duration TAX_BILL_WAIT = Duration.ofSeconds(10);

    private final PrintStream out;
    private final MockSingleWindow mock;
    private final TaxBillInbox inbox = new TaxBillInbox();
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private final CebClient client;

    /** Starts a mock sending receipts {@code receiptDelay} apart and a client to it signing with a throwaway key. */
    MockFiling(Duration receiptDelay, PrintStream out) {
        this.out = out;
        this.mock = MockSingleWindow.builder().receiptDelay(receiptDelay).start();
        out.println("   mock Single Window listening on " + mock.url());
        warnTestKey(out);
        this.client = CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例跨境电商平台有限公司"))
                .signer(XmlSigner.custom(throwawaySm2Signer()).build())
                .transport(Transports.http(mock.httpTransport()))
                .store(Stores.inMemory())
                .receiptDecoder(inbox)
                .listener(this::printStatus)
                .config(ClientConfig.custom().receiptPoll(Duration.ofMillis(50)).maxReceiptPoll(Duration.ofMillis(100)).build())
                .build();
    }

    /**
     * Files {@code messages} and waits until each is final or {@code max} passed, printing each status change; returns
     * the status of each by message type (e.g. {@code CEB311Message}), in the order given.
     */
    Map<String, Status> file(List<? extends CebMessage> messages, Duration max) throws InterruptedException {
        Map<String, Submission> submissions = new LinkedHashMap<>();
        for (CebMessage m : messages) {
            labels.put(m.guid(), m.spec().rootName());
            submissions.put(m.spec().rootName(), client.submit(m));
        }
        long deadline = System.nanoTime() + max.toNanos();
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (Map.Entry<String, Submission> e : submissions.entrySet()) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            statuses.put(e.getKey(), e.getValue().await(Status.RELEASED, left));
        }
        if (!statuses.values().stream().allMatch(Status::isTerminal)) {
            out.println("   not all final within " + max.toSeconds() + " s: " + statuses);
        }
        return statuses;
    }

    private void printStatus(String guid, Status status, Receipt receipt) {
        String label = labels.getOrDefault(guid, guid);
        out.println("   " + label + " -> " + status + (receipt == null ? "" : "  (" + receipt.returnStatus() + " " + receipt.info() + ")"));
    }

    /**
     * The first tax bill received, waiting a few seconds for it.
     *
     * @throws IllegalStateException when none came
     */
    Ceb816Message awaitTaxBill() throws InterruptedException {
        return inbox.awaitTaxBill();
    }

    @Override
    public void close() {
        client.close();
        mock.close();
    }

    /** An SM2 key and a self-signed certificate made on the spot with Bouncy Castle: for the examples only. */
    static Signer throwawaySm2Signer() {
        try {
            BouncyCastleProvider bc = new BouncyCastleProvider();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", bc);
            generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=cbec-sdk demo THROWAWAY TEST KEY");
            Instant now = Instant.now();
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic())
                    .build(new JcaContentSignerBuilder("SM3WITHSM2").setProvider(bc).build(pair.getPrivate()));
            return Signers.software(pair.getPrivate(), new JcaX509CertificateConverter().setProvider(bc).getCertificate(holder));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the examples' test key", e);
        }
    }

    /** Says that the key is a throwaway one. */
    static void warnTestKey(PrintStream out) {
        out.println("   (signing with a THROWAWAY SM2 TEST KEY generated just now: a real filing needs the key and"
                + " certificate customs registered for the company)");
    }

    /**
     * The client's receipt decoder ({@link ReceiptDecoders#generic()}) that also keeps the tax bills (CEB816) customs
     * sends after releasing an inventory: they answer no submission, so the client only records them as unmatched.
     */
    private static final class TaxBillInbox implements ReceiptDecoder {

        private final ReceiptDecoder generic = ReceiptDecoders.generic();
        private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
        private final CebCodec codec = CebCodec.ofDefaults();
        private final List<Ceb816Message> bills = new CopyOnWriteArrayList<>();

        @Override
        public List<Receipt> decode(byte[] inbound) {
            if (new String(inbound, StandardCharsets.UTF_8).contains("CEB816Message")) {
                DxpMsg envelope = envelopes.read(inbound);
                if ("CEB816Message".equals(envelope.transInfo().msgType())) {
                    bills.add(codec.read(envelope.data(), Ceb816Message.SPEC));
                }
            }
            return generic.decode(inbound);
        }

        /**
         * The first tax bill received, waiting a few seconds for it.
         *
         * @throws IllegalStateException when none came
         */
        Ceb816Message awaitTaxBill() throws InterruptedException {
            long deadline = System.nanoTime() + TAX_BILL_WAIT.toNanos();
            while (bills.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (bills.isEmpty()) {
                throw new IllegalStateException("no CEB816 tax bill within " + TAX_BILL_WAIT.toSeconds() + " s");
            }
            return bills.get(0);
        }
    }
}
