package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cbec.client.CebClient;
import org.cbec.client.ClientListener;
import org.cbec.client.FolderTransportConfig;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.Transports;
import org.cbec.client.spi.Transport;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real {@link CebClient} with the HTTP transport against the mock on loopback; receipts 10 ms apart. */
@Timeout(60)
class MockSingleWindowTest {

    private static final Duration GAP = Duration.ofMillis(10);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final XmlSigner SIGNER = FastClients.SIGNER;

    @TempDir
    Path dir;

    private CebClient client(MockSingleWindow mock, String storeName) {
        return client(Transports.http(mock.httpTransport()), storeName);
    }

    private CebClient client(Transport transport, String storeName) {
        return client(transport, storeName, ClientListener.NONE);
    }

    private CebClient client(Transport transport, String storeName, ClientListener listener) {
        return FastClients.client(transport, Stores.h2(dir.resolve(storeName)), listener);
    }

    private static MockSingleWindow.Builder mock() {
        return MockSingleWindow.builder().receiptDelay(GAP);
    }

    /** Signs {@code message} without the client's validation, as a faulty system would. */
    private static byte[] signWithoutChecks(CebMessage message) {
        return CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).build().writeSigned(message, SIGNER);
    }

    private static Ceb311Message orderWithOrderNo(String orderNo) {
        Ceb311Message valid = Orders.valid();
        Order order = valid.orders().get(0);
        return valid.toBuilder().orders(List.of(order.toBuilder()
                .orderHead(order.orderHead().toBuilder().orderNo(orderNo).build()).build())).build();
    }

    private static List<String> statuses(Submission s) {
        return s.receipts().stream().map(ReceiptEvent::returnStatus).toList();
    }

    @Test
    void validSignedOrderGoesThroughItsReceiptTableAndEndsAt120() throws Exception {
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            Submission s = client.submit(Orders.valid());

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.ENTERED); // message-spec 3.2: CEB312 ends at 120
            assertThat(s.isFinal()).isTrue();
            assertThat(statuses(s)).containsExactly("2", "120");
            ReceivedMessage m = mock.takeMessage(Duration.ofSeconds(1));
            assertThat(m.messageType()).isEqualTo("CEB311Message");
            assertThat(m.guid()).isEqualTo(Orders.valid().guid());
            assertThat(m.accepted()).isTrue();
            assertThat(m.message()).isEqualTo(Orders.valid());
        }
    }

    @Test
    void folderTransportClientIsAnsweredThroughItsInbox() throws Exception {
        FolderTransportConfig folders = FolderTransportConfig.custom().root(dir.resolve("transfer")).quietPeriod(Duration.ZERO).build();
        try (MockSingleWindow mock = mock().folders(folders.outbox(), folders.inbox(), Duration.ofMillis(10)).start();
                CebClient client = client(Transports.folder(folders), "s")) {
            Submission s = client.submit(Orders.valid());

            assertThat(s.await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            assertThat(statuses(s)).containsExactlyInAnyOrder("0000", "2", "120"); // a folder is read in no set order
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).accepted()).isTrue();
        }
    }

    @Test
    void adminJsonListsReceivedMessagesWithTheirReceiptsAndTheConsoleIsServed() throws Exception {
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            HttpClient http = HttpClient.newHttpClient();

            String json = http.send(HttpRequest.newBuilder(mock.url().resolve("/admin/messages")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String html = http.send(HttpRequest.newBuilder(mock.url().resolve(MockSingleWindow.ADMIN_PATH)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(json).contains("\"guid\":\"" + Orders.valid().guid() + "\"", "\"responseCode\":\"0000\"",
                    "[\"CEB312Message 2\",\"CEB312Message 120\"]");
            assertThat(html).contains("<title>cbec mock Single Window · console</title>", "/admin/assets/console.js"); // ConsoleBrowserTest drives it
            assertThat(json).doesNotContain("张");
        }
    }

    @Test
    void schemaInvalidMessageGetsAFormatCheckReceipt() throws Exception {
        Ceb311Message bad = orderWithOrderNo("X".repeat(80));
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            Submission s = client.submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, bad.guid(), signWithoutChecks(bad));

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.FORMAT_ERROR);
            assertThat(s.receipts()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo(ReceiptEvent.Kind.FORMAT_CHECK);
                assertThat(r.info()).contains("orderNo");
            });
        }
    }

    @Test
    void officialSchemasCheckInsteadOfTheSdkWhenGiven() throws Exception {
        Ceb311Message bad = orderWithOrderNo("X".repeat(80)).toBuilder().guid("B1F2A0C3-0000-4000-8000-0000000003E1").build();
        try (MockSingleWindow mock = mock().schemas(OfficialSpec.spec().resolve("xsd")).start(); CebClient client = client(mock, "s")) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);

            Submission s = client.submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, bad.guid(), signWithoutChecks(bad));

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.FORMAT_ERROR);
            assertThat(s.receipts()).singleElement().satisfies(r -> assertThat(r.info()).contains("cvc-"));
        }
    }

    @Test
    void dataFolderKeepsWhatWasReceivedAndSent() throws Exception {
        Path data = dir.resolve("mock-data");
        try (MockSingleWindow mock = mock().data(data).start(); CebClient client = client(mock, "s")) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
        }
        try (Stream<Path> received = Files.list(data.resolve("received")); Stream<Path> receipts = Files.list(data.resolve("receipts"))) {
            assertThat(received).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .isEqualTo("000001-" + Orders.valid().guid() + ".xml"));
            assertThat(receipts).hasSize(2); // the order's 2 and 120
        }
    }

    @Test
    void businessRuleFindingIsRejectedWithTheRule() throws Exception {
        Ceb311Message valid = Orders.valid();
        Order order = valid.orders().get(0);
        Ceb311Message bad = valid.toBuilder().orders(List.of(order.toBuilder()
                .orderHead(order.orderHead().toBuilder().acturalPaid(new BigDecimal("1.00")).build()).build())).build();
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            Submission s = client.submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, bad.guid(), signWithoutChecks(bad));

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.REJECTED);
            assertThat(s.receipts()).last().satisfies(r -> assertThat(r.info()).startsWith("业务校验未通过").contains("acturalPaid"));
        }
    }

    @Test
    void alteredSignedContentIsRefusedWith1004() throws Exception {
        Ceb311Message order = Orders.valid();
        String signed = new String(CebCodec.ofDefaults().writeSigned(order, SIGNER), StandardCharsets.UTF_8);
        String orderNo = order.orders().get(0).orderHead().orderNo();
        byte[] altered = signed.replace(">" + orderNo + "<", ">" + orderNo + "9<").getBytes(StandardCharsets.UTF_8);
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            Submission s = client.submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, order.guid(), altered);

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.EXCHANGE_ERROR);
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).responseCode()).isEqualTo("1004");
        }
    }

    @Test
    void signatureByAnUnregisteredCertificateIsRefusedWith1001() throws Exception {
        try (MockSingleWindow mock = mock().trust(TestKeys.rsa().certificate()).start(); CebClient client = client(mock, "s")) {
            Submission s = client.submit(Orders.valid());

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.EXCHANGE_ERROR);
            ReceivedMessage m = mock.takeMessage(Duration.ofSeconds(1));
            assertThat(m.responseCode()).isEqualTo("1001");
            assertThat(m.responseInfo()).contains("UNTRUSTED_CERTIFICATE");
            assertThat(m.trust()).isEqualTo("untrusted");
        }
    }

    @Test
    void unsignedMessageIsRefusedWith1001() throws Exception {
        Ceb311Message order = Orders.valid();
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            Submission s = client.submitSigned("CEB311Message", MessageSpec.Direction.IMPORT, order.guid(),
                    CebCodec.ofDefaults().write(order));

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.EXCHANGE_ERROR);
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).responseInfo()).contains("NO_SIGNATURE");
        }
    }

    @Test
    void guidAlreadyTakenByOtherContentIsRefused() throws Exception {
        try (MockSingleWindow mock = mock().start()) {
            try (CebClient first = client(mock, "a")) {
                assertThat(first.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            }
            // another system signs the same message again: same guid, other bytes
            try (CebClient second = client(mock, "b")) {
                Submission again = second.submit(Orders.valid());

                assertThat(again.await(Status.RELEASED, WAIT)).isEqualTo(Status.EXCHANGE_ERROR);
            }
            assertThat(mock.received()).extracting(ReceivedMessage::responseCode).containsExactly("0000", "2999");
        }
    }

    @Test
    void inventoryThatDisagreesWithItsOrderIsRejectedNamingTheField() throws Exception {
        Ceb621Message inventory = Parcels.inventoryMessage();
        Ceb621Message otherBuyer = inventory.toBuilder().inventorys(List.of(inventory.inventorys().get(0).toBuilder()
                .inventoryHead(Parcels.inventory().inventoryHead().toBuilder().buyerName("王五").build()).build())).build();
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);

            Submission s = client.submit(otherBuyer);

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.REJECTED);
            assertThat(s.receipts()).last().satisfies(r -> assertThat(r.info()).startsWith("四单比对未通过")
                    .contains("BUYER_NAME").contains("InventoryHead.buyerName").doesNotContain("王五"));
        }
    }

    @Test
    void consistentInventoryIsReleasedAfterItsOrder() throws Exception {
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            assertThat(client.submit(Parcels.inventoryMessage()).await(Status.RELEASED, WAIT)).isEqualTo(Status.RELEASED);
        }
    }

    @Test
    void serverErrorAndLostAnswerAreRetriedWithoutLosingOrDoublingTheMessage() throws Exception {
        // the receipts of the copy whose answer was lost may come before the resend (10 ms against a 5 - 20 ms backoff):
        // the resend is awaited as the client's sent event, which follows the mock's answer to it
        CountDownLatch sent = new CountDownLatch(1);
        ClientListener listener = new ClientListener() {
            @Override
            public void sent(String guid, int attempt, Duration took) {
                sent.countDown();
            }
        };
        try (MockSingleWindow mock = mock().faults(Fault.httpStatus(503)).start();
                CebClient client = client(Transports.http(mock.httpTransport()), "s", listener)) {
            mock.enqueue(Fault.dropResponse());
            Submission s = client.submit(Orders.valid());

            assertThat(s.await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            assertThat(sent.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("the resend was answered").isTrue();
            assertThat(mock.received()).extracting(ReceivedMessage::resend).containsExactly(false, true);
            assertThat(mock.received().get(1).data()).isEqualTo(mock.received().get(0).data());
            assertThat(statuses(s)).containsExactly("2", "120");
        }
    }

    @Test
    void duplicateAndOutOfOrderReceiptsEndAtTheHighestStatus() throws Exception {
        try (MockSingleWindow mock = mock().duplicateReceipts(true).outOfOrderReceipts(true).start();
                CebClient client = client(mock, "s")) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, WAIT)).isEqualTo(Status.ENTERED);
            Submission s = client.submit(Parcels.inventoryMessage()); // 2, 120, 399, 800 twice each, in no set order

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.RELEASED);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (mock.pendingReceipts() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(mock.pendingReceipts()).isZero();
            assertThat(s.status()).isEqualTo(Status.RELEASED);
        }
    }

    @Test
    void scriptedScenarioReplacesTheDefaultTimeline() throws Exception {
        try (MockSingleWindow mock = mock().start(); CebClient client = client(mock, "s")) {
            mock.enqueue(Scenario.of(new Scenario.Step(GAP, "-301010", "订单重复申报")));
            Submission s = client.submit(Orders.valid());

            assertThat(s.await(Status.RELEASED, WAIT)).isEqualTo(Status.ERROR);
            assertThat(statuses(s)).containsExactly("-301010");
        }
    }
}
