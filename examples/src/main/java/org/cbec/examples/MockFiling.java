package org.cbec.examples;

import static org.cbec.examples.ExportParcels.AGENT_CODE;
import static org.cbec.examples.ExportParcels.AGENT_NAME;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cbec.core.CebCodec;
import org.cbec.core.CebException;
import org.cbec.core.client.CebClient;
import org.cbec.core.client.ClientConfig;
import org.cbec.core.client.Receipt;
import org.cbec.core.client.ReceiptDecoders;
import org.cbec.core.client.SenderProfile;
import org.cbec.core.client.Status;
import org.cbec.core.client.Submission;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.store.Stores;
import org.cbec.core.transport.Transports;
import org.cbec.customs.CebMessages;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.receipt.Receipts;
import org.cbec.customs.summary.ReleasedInventory;
import org.cbec.customs.summary.SummaryDeclaration;
import org.cbec.customs.summary.SummaryGroup;
import org.cbec.customs.summary.SummaryPlan;
import org.cbec.mock.MockSingleWindow;

/**
 * What the filing examples share: a {@link MockSingleWindow} on loopback and a {@link CebClient} filing to it over
 * HTTP, signing with the demo's THROWAWAY SM2 test key, printing every status change as it happens. Its receipt
 * decoder also keeps the number customs gives each inventory ({@code invtNo}, from the CEB604 or CEB622), which a
 * summary application needs: the client's receipts carry statuses, the customs numbers are in the receipt messages.
 */
final class MockFiling implements AutoCloseable {

    private final MockSingleWindow mock;
    private final CebClient client;
    private final PrintStream out;
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final Map<String, String> invtNos = new ConcurrentHashMap<>();
    private final DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
    private final CebCodec codec = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();

    private MockFiling(Duration receiptDelay, PrintStream out) {
        this.out = out;
        this.mock = MockSingleWindow.builder().receiptDelay(receiptDelay).start();
        this.client = CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", ExportParcels.AGENT_CODE, ExportParcels.AGENT_NAME))
                .signer(XmlSigner.custom(Demo.throwawaySm2Signer()).build())
                .transport(Transports.http(mock.httpTransport()))
                .store(Stores.inMemory())
                .receiptDecoder(bytes -> {
                    keepInventoryNumbers(bytes);
                    return ReceiptDecoders.generic().decode(bytes);
                })
                .config(ClientConfig.custom().receiptPoll(Duration.ofMillis(20)).maxReceiptPoll(Duration.ofMillis(50)).build())
                .build();
        client.addListener((guid, status, receipt) -> out.printf("   %s %s -> %s%s%n", types.getOrDefault(guid, "?"), guid, status,
                receipt == null || receipt.returnStatus() == null ? "" : "  (" + receipt.returnStatus() + " " + receipt.info() + ")"));
    }

    /** Starts the mock, receipts {@code receiptDelay} apart, and the client. */
    static MockFiling start(Duration receiptDelay, PrintStream out) {
        MockFiling filing = new MockFiling(receiptDelay, out);
        out.println("   mock Single Window on " + filing.mock.url() + "; signing with a THROWAWAY SM2 TEST KEY (a real filing needs"
                + " the key and certificate customs registered for the company)");
        return filing;
    }

    /** Signs and queues {@code message}. */
    Submission file(CebMessage message) {
        types.put(message.guid(), message.spec().rootName());
        return client.submit(message);
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
    static Optional<Receipt> awaitReceipt(Submission submission, String messageType, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Receipt> found = submission.receipts().stream().filter(r -> r.messageType().equals(messageType)).findFirst();
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
    record Summary(SummaryPlan plan, List<Status> statuses, List<Optional<Receipt>> results) {
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
        List<Optional<Receipt>> results = new ArrayList<>();
        for (Submission s : filed) {
            Optional<Receipt> result = awaitReceipt(s, "CEB792Message", timeout);
            result.ifPresent(r -> out.println("   " + s.guid() + " summary result: " + r.info()));
            results.add(result);
        }
        return new Summary(plan, concluded, results);
    }

    /** The {@code invtNo} customs gave the inventory whose head guid is {@code headGuid}, once a receipt named it. */
    Optional<String> invtNo(String headGuid) {
        return Optional.ofNullable(invtNos.get(headGuid));
    }

    private void keepInventoryNumbers(byte[] inbound) {
        try {
            CebCodec.Parsed<?> parsed = codec.parseAny(envelopes.unwrap(inbound), CebMessages::resolve);
            if (parsed.message() instanceof CebMessage m) {
                Receipts.of(m).stream().filter(r -> r.guid() != null && r.invtNo() != null).forEach(r -> invtNos.put(r.guid(), r.invtNo()));
            }
        } catch (CebException | IllegalArgumentException e) {
            // not a CEB message in a DxpMsg (e.g. a DxpRep): nothing to keep; the generic decoder deals with it
        }
    }

    @Override
    public void close() {
        client.close();
        mock.close();
    }
}
