package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.signature.TestKeys;
import org.cbec.customs.CebMessages;
import org.cbec.customs.OfficialSamples;
import org.cbec.customs.codes.ExportOrderType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Ceb604Message;
import org.cbec.customs.exports.ExportDocuments;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.lifecycle.Cancellation;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.lifecycle.ImportReturn;
import org.cbec.customs.receipt.ReceiptTable;
import org.cbec.customs.receipt.ReceiptTables;
import org.cbec.customs.summary.ReleasedInventory;
import org.cbec.customs.summary.SummaryDeclaration;
import org.cbec.customs.summary.SummaryGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": every business message type of both catalogues, signed and filed with {@code cbec submit
 * --receipt-url} to the standalone mock ({@code cbec mock}), ends where its own receipt table ends (an order at 120,
 * an inventory at 800, a cancellation, return, bonded inbound or export return at 399) with no status its table does not
 * list (an order is sent no 399 or 800), and {@code cbec receipts --format json} marks each {@code "final": true}. The parcels are consistent (四单), so nothing is refused; the
 * cancellation, return and summary are built by the SDK from the inventories the mock released.
 */
@Timeout(180)
class EveryMessageTypeCliTest {

    private static final String SENDER = "DXPENT0000458763";
    private static final CebCodec CODEC = CebCodec.ofDefaults();
    private static final CebCodec READER = CebCodec.builder().readPolicy(CebMessages.strictReading()).build();
    private static final BaseTransfer IMPORT_TRANSFER = BaseTransfer.builder().copCode("1105910159").copName("东方物通科技(北京)有限公司")
            .dxpId(SENDER).build();
    private static final BaseTransfer EXPORT_TRANSFER = BaseTransfer.builder().copCode("4403960AGT").copName("深圳报关有限公司").dxpId(SENDER).build();

    @TempDir
    Path dir;

    @Test
    void everyBusinessTypeFiledWithTheCliEndsAtTheLastStatusOfItsOwnReceiptTableAndIsMarkedFinal() throws Exception {
        Path data = dir.resolve("mock-data");
        StringWriter mockOut = new StringWriter();
        CompletableFuture<Integer> mockExit = new CompletableFuture<>();
        Thread mock = new Thread(() -> mockExit.complete(CbecCommand.execute(System::getenv, new PrintWriter(mockOut),
                new PrintWriter(new StringWriter()), "mock", "--port", "0", "--receipt-delay", "20", "--data", data.toString())));
        mock.setDaemon(true);
        mock.start();
        try {
            String url = listening(mockOut);
            Object[] endpoint = {"--url", url + "/ceb/send", "--receipt-url", url + "/ceb/receipts"};

            Ceb621Message returned = Parcels.inventoryMessage();
            Ceb621Message cancelled = another(returned);
            org.cbec.customs.exports.Inventory exported = Inventories.of(Inventories.head().guid(OfficialSamples.newGuid()).build(),
                    Inventories.line(1, "8518300000", "502", "2", "50"));
            Map<String, CebMessage> first = new LinkedHashMap<>();
            first.put("311", Orders.valid());
            first.put("411", Parcels.paymentMessage());
            first.put("511", Parcels.waybillMessage());
            first.put("621a", returned);
            first.put("621b", cancelled);
            first.put("303", Ceb303Message.builder().guid(OfficialSamples.newGuid()).addOrder(ExportDocuments.order(ExportOrderType.B2C, "100.00"))
                    .baseTransfer(EXPORT_TRANSFER).build());
            first.put("403", Ceb403Message.builder().guid(OfficialSamples.newGuid()).addPaymentCollection(ExportDocuments.collection("110.00"))
                    .baseTransfer(EXPORT_TRANSFER).build());
            first.put("505", Ceb505Message.builder().guid(OfficialSamples.newGuid()).addLogistics(ExportDocuments.waybill("LN2026112300001"))
                    .baseTransfer(EXPORT_TRANSFER).build());
            first.put("603", Ceb603Message.builder().guid(OfficialSamples.newGuid()).addInventory(exported).baseTransfer(EXPORT_TRANSFER).build());
            for (String type : List.of("CEB513", "CEB711", "CEB507", "CEB509", "CEB605", "CEB607", "CEB213", "CEB215")) {
                first.put(type, OfficialSamples.fresh(ReceiptTables.forMessage(type)));
            }
            submitAndWatch("first", first, endpoint);

            Instant now = Instant.now();
            Map<String, CebMessage> second = new LinkedHashMap<>();
            Inventory returnedInventory = returned.inventorys().get(0);
            second.put("625", ImportReturn.of(released(data, returnedInventory), List.of(new ImportReturn.Line(returnedInventory.inventoryList().get(0)
                    .gnum(), BigDecimal.ONE)), "七天无理由退货").message(IMPORT_TRANSFER, now));
            second.put("623", Cancellation.of(released(data, cancelled.inventorys().get(0)), "买家拒收").message(IMPORT_TRANSFER, now));
            second.put("701", SummaryDeclaration.builder().add(new ReleasedInventory(exported, exportInvtNo(data), ReleasedInventory.RELEASED)).build()
                    .toMessages(new SummaryGroup.Applicant("4403960AGT", "深圳报关有限公司", "4403960AGT", "深圳报关有限公司"), EXPORT_TRANSFER,
                            "SUM202611", CustomsTime.of(now)).get(0));
            submitAndWatch("second", second, endpoint);

            Cli list = Cli.run("receipts", "--store", dir.resolve("outbox"), "--format", "json");
            assertThat(list.exitCode()).as(list.out() + list.err()).isZero();
            JsonNode messages = Json.MAPPER.readTree(list.out()).get("messages");
            Map<String, List<String>> ownCodes = new HashMap<>();
            for (JsonNode m : messages) {
                ReceiptTable table = ReceiptTables.forMessage(m.get("messageType").asText());
                List<String> own = ownCodes.computeIfAbsent(table.messageType(), t -> new ArrayList<>());
                m.get("receipts").forEach(r -> {
                    if (r.get("messageType").asText().equals(table.receiptType() + "Message")) {
                        own.add(r.get("returnStatus").asText());
                    }
                });
                assertThat(own).as(m.toString()).containsAnyElementsOf(table.completion())
                        .allSatisfy(code -> assertThat(table.lists(code)).as("%s sent %s, not in its table", table.receiptType(), code).isTrue());
                assertThat(m.get("final").asBoolean()).as(m.toString()).isTrue();
            }
            assertThat(messages).hasSize(first.size() + second.size());
            assertThat(ownCodes.keySet()).containsExactlyInAnyOrderElementsOf(ReceiptTables.all().stream().map(ReceiptTable::messageType).toList());
            assertThat(List.of("CEB623", "CEB625", "CEB711", "CEB215")).allSatisfy(t -> assertThat(ReceiptTables.forMessage(t).last()).isEqualTo("399"));
        } finally {
            mock.interrupt();
            mock.join(5_000);
        }
    }

    /** Files {@code messages} signed with {@code cbec submit --receipt-url}, then follows them with {@code cbec receipts --watch} until final. */
    private void submitAndWatch(String batch, Map<String, CebMessage> messages, Object[] endpoint) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(batch));
        for (Map.Entry<String, CebMessage> e : messages.entrySet()) {
            Files.write(folder.resolve(e.getKey() + ".xml"), CODEC.write(e.getValue()));
        }
        Path key = Files.writeString(dir.resolve("k.pem"), TestKeys.sm2().privateKeyPem());
        Path cert = Files.writeString(dir.resolve("c.pem"), TestKeys.sm2().certificatePem());
        Cli submit = Cli.run(Stream.of(new Object[] {"submit", "--sender", SENDER, "--store", dir.resolve("outbox"), "--key", key, "--cert", cert},
                endpoint, new Object[] {folder}).flatMap(Stream::of).toArray());
        assertThat(submit.exitCode()).as(submit.out() + submit.err()).isZero();
        Cli watch = Cli.run(Stream.of(new Object[] {"receipts", "--watch", "--store", dir.resolve("outbox"), "--interval", "50ms", "--timeout", "60s"},
                endpoint).flatMap(Stream::of).toArray());
        assertThat(watch.exitCode()).as(watch.out() + watch.err()).isZero();
    }

    /** The inventory as another parcel of the same order: new guids and enterprise number. */
    private static Ceb621Message another(Ceb621Message message) {
        Inventory i = message.inventorys().get(0);
        return message.toBuilder().guid(OfficialSamples.newGuid()).inventorys(List.of(i.toBuilder().inventoryHead(i.inventoryHead().toBuilder()
                .guid(OfficialSamples.newGuid()).copNo(i.inventoryHead().copNo() + "B").build()).build())).build();
    }

    /** {@code inventory} as the mock released it: the number and time of its CEB622 800, from the mock's data folder. */
    private static FiledInventory released(Path data, Inventory inventory) throws Exception {
        return receipts(data).filter(m -> m instanceof Ceb622Message).flatMap(m -> ((Ceb622Message) m).inventoryReturns().stream())
                .filter(r -> r.copNo().equals(inventory.inventoryHead().copNo()) && "800".equals(r.returnStatus()))
                .map(r -> FiledInventory.released(inventory, r.invtNo(), r.returnTime())).findFirst()
                .orElseThrow(() -> new AssertionError("no release of " + inventory.inventoryHead().copNo()));
    }

    private static String exportInvtNo(Path data) throws Exception {
        return receipts(data).filter(m -> m instanceof Ceb604Message).flatMap(m -> ((Ceb604Message) m).inventoryReturns().stream())
                .filter(r -> "800".equals(r.returnStatus())).map(r -> r.invtNo()).findFirst().orElseThrow();
    }

    /** Every receipt the mock kept in its data folder. */
    private static Stream<CebMessage> receipts(Path data) throws Exception {
        List<CebMessage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(data.resolve("receipts"))) {
            for (Path f : files.toList()) {
                out.add((CebMessage) READER.parseAny(DxpEnvelopes.ofDefaults().unwrap(Files.readAllBytes(f)), CebMessages::resolve).message());
            }
        }
        return out.stream();
    }

    private static String listening(StringWriter out) throws InterruptedException {
        Pattern listening = Pattern.compile("listening on (http://\\S+?)/?\\s");
        for (int i = 0; i < 200; i++) {
            Matcher m = listening.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the mock did not start: " + out);
    }
}
