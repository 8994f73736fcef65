package org.cbec.examples;

import static org.cbec.examples.ExportParcels.AGENT_CODE;
import static org.cbec.examples.ExportParcels.AGENT_NAME;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.ReceiptDecoder;
import org.cbec.client.ReceiptDecoders;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.SenderProfile;
import org.cbec.client.Statuses;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.Transports;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.error.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.customs.CebMessages;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.CustomsReceipts;
import org.cbec.customs.summary.ReleasedInventory;
import org.cbec.customs.summary.SummaryDeclaration;
import org.cbec.customs.summary.SummaryGroup;
import org.cbec.customs.summary.SummaryPlan;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.TestKeys;

/**
 * What the filing examples share: a {@link MockSingleWindow} on loopback and a {@link CebClient} filing to it over
 * HTTP ({@link ClientConfig#forMockTests()}), signing with a THROWAWAY SM2 test key ({@link TestKeys#sm2()}) the mock
 * trusts, printing every status change as it happens. Its receipt decoder also
 * keeps what customs sends besides statuses: the tax bills (CEB816) after an import release, which answer no
 * submission, and the number customs gives each inventory ({@code invtNo}, from the CEB604 or CEB622), which a summary
 * application needs.
 *
 * <pre>{@code
 * try (MockFiling filing = MockFiling.start(Duration.ofMillis(150), System.out)) {
 *     Map<String, Status> statuses = filing.file(parcel.messages(), Duration.ofSeconds(30));
 *     Ceb816Message bill = filing.awaitTaxBill();
 * }
 * }</pre>
 */
final class MockFiling implements AutoCloseable {

    private static final Duration TAX_BILL_WAIT = Duration.ofSeconds(10);

    private final PrintStream out;
    private final MockSingleWindow mock;
    private final Inbox inbox = new Inbox();
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private final CebClient client;

    private MockFiling(Duration receiptDelay, PrintStream out) {
        this.out = out;
        TestKeys.TestKey key = TestKeys.sm2();
        // customs (the mock) trusts the certificate registered for the company: here the throwaway one
        this.mock = MockSingleWindow.builder().receiptDelay(receiptDelay).trust(key.certificate()).start();
        this.client = CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例跨境电商平台有限公司"))
                .signer(key.xmlSigner())
                .transport(Transports.http(mock.httpTransport()))
                .store(Stores.inMemory())
                .receiptDecoder(inbox)
                .listener(this::printStatus)
                .config(ClientConfig.forMockTests())
                .build();
    }

    /** Starts a mock sending receipts {@code receiptDelay} apart and a client to it signing with a throwaway key. */
    static MockFiling start(Duration receiptDelay, PrintStream out) {
        MockFiling filing = new MockFiling(receiptDelay, out);
        out.println("   mock Single Window listening on " + filing.mock.url());
        warnTestKey(out);
        return filing;
    }

    /** Signs and queues {@code message}. */
    Submission file(CebMessage message) {
        labels.put(message.guid(), message.spec().rootName());
        return client.submit(message);
    }

    /**
     * Files {@code messages} (at most one of each type) and waits until each is final (at a terminal status or the end of
     * its type's receipt table: an order at 120, an inventory at 800) or {@code max} passed, printing
     * each status change; returns the status of each by message type (e.g. {@code CEB311Message}), in the order given.
     */
    Map<String, Status> file(List<? extends CebMessage> messages, Duration max) throws InterruptedException {
        Map<String, Status> byType = new LinkedHashMap<>();
        messages.forEach(m -> {
            if (byType.put(m.spec().rootName(), Status.CREATED) != null) {
                throw new IllegalArgumentException("two messages of type " + m.spec().rootName() + ": use fileAndAwait");
            }
        });
        List<Status> statuses = fileAndAwait(messages, Status.RELEASED, max);
        int i = 0;
        for (String type : byType.keySet()) {
            byType.put(type, statuses.get(i++));
        }
        if (!byType.entrySet().stream().allMatch(e -> Statuses.isFinal(e.getKey(), e.getValue()))) {
            out.println("   not all final within " + max.toSeconds() + " s: " + byType);
        }
        return byType;
    }

    /** Files each of {@code messages} and waits until each reached {@code target} or a terminal status; their statuses. */
    List<Status> fileAndAwait(List<? extends CebMessage> messages, Status target, Duration timeout) throws InterruptedException {
        List<Submission> submissions = messages.stream().map(this::file).toList();
        return awaitAll(submissions, target, timeout);
    }

    /** Waits until each submission reached {@code target} or a terminal status; their statuses, in order. */
    static List<Status> awaitAll(List<Submission> submissions, Status target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Submission s : submissions) {
            s.await(target, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        return submissions.stream().map(Submission::status).toList();
    }

    /** Waits up to {@code timeout} for a receipt of {@code messageType} on {@code submission}. */
    static Optional<ReceiptEvent> awaitReceipt(Submission submission, String messageType, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ReceiptEvent> found = submission.receipts().stream().filter(r -> r.messageType().equals(messageType)).findFirst();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(20);
        }
    }

    /**
     * What a summary filing ended in.
     *
     * @param plan      how the released inventories were grouped, and which were left out
     * @param statuses  the summary applications' statuses
     * @param results   the summary result (CEB792) each application got, if it came
     */
    record Summary(SummaryPlan plan, List<Status> statuses, List<Optional<ReceiptEvent>> results) {
    }

    /**
     * Groups the {@code released} inventories (those of {@code inventories} whose status is {@link Status#RELEASED}, with
     * the numbers customs gave them) by the customs rules, files the summary applications (CEB701) as the broker and
     * waits for their conclusion and summary result (CEB792).
     */
    Summary fileSummary(List<Inventory> inventories, List<Status> statuses, LocalDateTime now, Duration timeout) throws InterruptedException {
        List<ReleasedInventory> released = new ArrayList<>();
        for (int i = 0; i < inventories.size(); i++) {
            Optional<String> invtNo = invtNo(inventories.get(i).inventoryHead().guid());
            if (statuses.get(i) == Status.RELEASED && invtNo.isPresent()) {
                released.add(new ReleasedInventory(inventories.get(i), invtNo.get(), ReleasedInventory.RELEASED));
            }
        }
        SummaryPlan plan = SummaryDeclaration.builder().addAll(released).build();
        for (SummaryGroup g : plan.groups()) {
            out.printf("   group: consignor %s, country of arrival %s, %s, due %s: %s%n", g.key().ebcCode(), g.key().country(),
                    g.key().period(), g.key().deadline(), g.invtNos());
        }
        plan.ungrouped().forEach(u -> out.printf("   not summarised: %s %s (%s)%n", u.inventory().invtNo(), u.reason(), u.detail()));
        List<Ceb701Message> applications = plan.toMessages(new SummaryGroup.Applicant(AGENT_CODE, AGENT_NAME, AGENT_CODE, AGENT_NAME),
                ExportParcels.transfer(AGENT_CODE, AGENT_NAME), String.format("SUM%tY%<tm", now), now);
        List<Submission> filed = applications.stream().map(this::file).toList();
        List<Status> concluded = awaitAll(filed, Status.CONCLUDED, timeout);
        List<Optional<ReceiptEvent>> results = new ArrayList<>();
        for (Submission s : filed) {
            Optional<ReceiptEvent> result = awaitReceipt(s, "CEB792Message", timeout);
            result.ifPresent(r -> out.println("   " + s.guid() + " summary result: " + r.info()));
            results.add(result);
        }
        return new Summary(plan, concluded, results);
    }

    private void printStatus(String guid, Status status, ReceiptEvent receipt) {
        String label = labels.getOrDefault(guid, guid);
        out.println("   " + label + " -> " + status + (receipt == null ? "" : "  (" + receipt.returnStatus() + " " + receipt.info() + ")"));
    }

    /**
     * The first tax bill received, waiting a few seconds for it.
     *
     * @throws IllegalStateException when none came
     */
    Ceb816Message awaitTaxBill() throws InterruptedException {
        long deadline = System.nanoTime() + TAX_BILL_WAIT.toNanos();
        while (inbox.bills.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (inbox.bills.isEmpty()) {
            throw new IllegalStateException("no CEB816 tax bill within " + TAX_BILL_WAIT.toSeconds() + " s");
        }
        return inbox.bills.get(0);
    }

    /** The mock customs plays. */
    MockSingleWindow mock() {
        return mock;
    }

    /** Hands every message customs sends (receipts, tax bills, tax statuses) to {@code listener} as it arrives. */
    void onMessage(Consumer<CebMessage> listener) {
        inbox.listeners.add(listener);
    }

    /** Every receipt line customs sent so far, typed ({@code invtNo}, status, time…), in arrival order. */
    List<org.cbec.customs.receipt.CustomsReceipt> customsReceipts() {
        return List.copyOf(inbox.customsReceipts);
    }

    /** The {@code invtNo} customs gave the inventory whose head guid is {@code headGuid}, once a receipt named it. */
    Optional<String> invtNo(String headGuid) {
        return Optional.ofNullable(inbox.invtNos.get(headGuid));
    }

    @Override
    public void close() {
        client.close();
        mock.close();
    }

    /** Says that the key is a throwaway one. */
    static void warnTestKey(PrintStream out) {
        out.println("   (signing with a THROWAWAY SM2 TEST KEY generated just now by TestKeys.sm2(): a real filing needs the key"
                + " and certificate customs registered for the company)");
    }

    /**
     * The client's receipt decoder ({@link ReceiptDecoders#generic()}) that also keeps the tax bills (CEB816) and the
     * inventory numbers the receipts carry: the client's receipts carry statuses, these are in the receipt messages.
     */
    private static final class Inbox implements ReceiptDecoder {

        private final ReceiptDecoder generic = ReceiptDecoders.generic();
        private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
        private final CebCodec codec = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
        private final List<Ceb816Message> bills = new CopyOnWriteArrayList<>();
        private final Map<String, String> invtNos = new ConcurrentHashMap<>();
        private final List<CustomsReceipt> customsReceipts = new CopyOnWriteArrayList<>();
        private final List<Consumer<CebMessage>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public List<ReceiptEvent> decode(byte[] inbound) {
            Optional<DxpMsg> envelope = envelope(inbound);
            if (envelope.isPresent() && envelope.get().transInfo().msgType().startsWith("CEB")) {
                CebMessage message = (CebMessage) codec.parseAny(envelope.get().data(), CebMessages::resolve).message();
                List<CustomsReceipt> lines = CustomsReceipts.of(message);
                customsReceipts.addAll(lines);
                if (message instanceof Ceb816Message bill) {
                    bills.add(bill);
                }
                lines.stream().filter(r -> r.guid() != null && r.invtNo() != null).forEach(r -> invtNos.putIfAbsent(r.guid(), r.invtNo()));
                for (Consumer<CebMessage> l : listeners) {
                    try {
                        l.accept(message);
                    } catch (RuntimeException e) { // a listener's failure must not cost the client its receipt
                        System.err.println("   listener failed on " + message.spec().rootName() + ": " + e);
                    }
                }
            }
            return generic.decode(inbound);
        }

        /** The envelope of a customs message; empty for what the exchange platform says itself (a {@code DxpRep}). */
        private Optional<DxpMsg> envelope(byte[] inbound) {
            try {
                return Optional.of(envelopes.read(inbound));
            } catch (CebException notADxpMsg) {
                return Optional.empty();
            }
        }
    }
}
