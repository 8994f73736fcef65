package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.SenderProfile;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.Transports;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Ceb604Message;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.summary.ReleasedInventory;
import org.cbec.customs.summary.SummaryDeclaration;
import org.cbec.customs.summary.SummaryGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Export filings through the HTTP transport: an inventory to release, its summary to the summary result, a bad summary refused. */
@Timeout(60)
class MockSingleWindowExportTest {

    private static final Duration GAP = Duration.ofMillis(10);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String AGENT = "4403960AGT";
    private static final String AGENT_NAME = "深圳报关有限公司";
    private static final BaseTransfer TRANSFER = BaseTransfer.builder().copCode(AGENT).copName(AGENT_NAME).dxpId("DXPENT0000458763").build();
    private static final CebCodec READER = CebCodec.builder().readPolicy(CebMessages.strictReading()).build();

    @TempDir
    Path dir;

    private CebClient client(MockSingleWindow mock) {
        return CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", AGENT, AGENT_NAME))
                .signer(XmlSigner.custom(Signers.pkcs12(TestKeys.sm2().pkcs12("secret".toCharArray()), "secret".toCharArray())).build())
                .transport(Transports.http(mock.httpTransport()))
                .store(Stores.inMemory())
                .config(ClientConfig.forMockTests())
                .build();
    }

    private static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    private static Ceb701Message summaryOf(Inventory inventory, String invtNo) {
        return SummaryDeclaration.builder().add(new ReleasedInventory(inventory, invtNo, ReleasedInventory.RELEASED)).build()
                .toMessages(new SummaryGroup.Applicant(AGENT, AGENT_NAME, AGENT, AGENT_NAME), TRANSFER, "SUM202611",
                        LocalDateTime.of(2026, 11, 30, 9, 0)).get(0);
    }

    private static List<String> statuses(Submission s) {
        return s.receipts().stream().map(r -> r.messageType() + " " + r.returnStatus()).toList();
    }

    /** Every receipt the mock kept in {@code data}, unwrapped from its DxpMsg. */
    private static List<byte[]> receiptsKept(Path data) throws Exception {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(data.resolve("receipts"))) {
            for (Path f : files.toList()) {
                out.add(DxpEnvelopes.ofDefaults().unwrap(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    @Test
    void releasedInventorysSummaryIsConcludedAndAnsweredByItsSummaryResultAllReceiptsSchemaValid() throws Exception {
        Path data = dir.resolve("data");
        Inventory inventory = Inventories.of(Inventories.head().guid(newGuid()).build(), Inventories.line(1, "8518300000", "502", "2", "99.00"));
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(GAP).data(data).start(); CebClient client = client(mock)) {
            Submission filed = client.submit(Ceb603Message.builder().guid(newGuid()).addInventory(inventory).baseTransfer(TRANSFER).build());
            assertThat(filed.await(Status.RELEASED, WAIT)).isEqualTo(Status.RELEASED);
            assertThat(statuses(filed)).containsExactly("CEB604Message 2", "CEB604Message 120", "CEB604Message 399", "CEB604Message 800");
            String invtNo = receiptsKept(data).stream().map(xml -> (CebMessage) READER.parseAny(xml, CebMessages::resolve).message())
                    .filter(m -> m instanceof Ceb604Message).map(m -> ((Ceb604Message) m).inventoryReturns().get(0).invtNo())
                    .findFirst().orElseThrow();

            Submission summary = client.submit(summaryOf(inventory, invtNo));

            assertThat(summary.await(Status.CONCLUDED, WAIT)).isEqualTo(Status.CONCLUDED);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (summary.receipts().size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(statuses(summary)).containsExactly("CEB702Message 2", "CEB702Message 399", "CEB792Message null");
            assertThat(summary.receipts().get(2)).extracting(ReceiptEvent::info).asString().startsWith("汇总结果 sumNo S5305");
        }
        List<byte[]> kept = receiptsKept(data);
        assertThat(kept).hasSize(7);
        for (byte[] xml : kept) {
            MessageSpec<?> spec = READER.parseAny(xml, CebMessages::resolve).spec();
            assertThat(spec.direction()).isEqualTo(MessageSpec.Direction.EXPORT);
            OfficialSpec.assertValid(xml, "ceb-export-202205.xsd");
        }
    }

    @Test
    void summaryNamingAnInventoryNeverFiledIsRejectedNamingIt() throws Exception {
        Inventory inventory = Inventories.of(Inventories.head().guid(newGuid()).build(), Inventories.line(1, "8518300000", "502", "2", "99.00"));
        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(GAP).start(); CebClient client = client(mock)) {
            Submission summary = client.submit(summaryOf(inventory, "I53050000000000404"));

            assertThat(summary.await(Status.CONCLUDED, WAIT)).isEqualTo(Status.REJECTED);
            assertThat(summary.receipts()).last().extracting(ReceiptEvent::info).isEqualTo("汇总申请未通过: 清单I53050000000000404不存在");
        }
    }
}
