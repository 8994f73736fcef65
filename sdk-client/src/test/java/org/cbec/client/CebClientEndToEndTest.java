package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.SenderProfile;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.XmlVerifier;
import org.cbec.core.validation.ValidationException;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real CEB311 through {@link CebClient#submit}: validated, signed once, stored, resent identically, tracked to release. */
class CebClientEndToEndTest {

    @TempDir
    Path dir;

    /** Fails the first send with a transient error, then accepts; hands out queued receipts. */
    static final class FlakyTransport implements Transport {
        final List<OutboundEnvelope> sent = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentLinkedQueue<InboundEnvelope> inbox = new ConcurrentLinkedQueue<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String endpoint() {
            return "flaky:";
        }

        @Override
        public SendResult send(OutboundEnvelope envelope) {
            sent.add(envelope);
            if (calls.incrementAndGet() == 1) {
                throw TransportException.transientFailure("connection reset", null);
            }
            return new SendResult(endpoint(), null, "ok");
        }

        @Override
        public List<InboundEnvelope> receive() {
            List<InboundEnvelope> out = new ArrayList<>();
            InboundEnvelope in;
            while ((in = inbox.poll()) != null) {
                out.add(in);
            }
            return out;
        }
    }

    private static XmlSigner signer() {
        return XmlSigner.custom(Signers.pkcs12(TestKeys.sm2().pkcs12("secret".toCharArray()), "secret".toCharArray())).build();
    }

    private CebClient client(FlakyTransport transport) {
        return CebClient.builder()
                .sender(new SenderProfile("DXPENT0000458763", "1105910159", "东方物通科技(北京)有限公司"))
                .signer(signer())
                .transport(transport)
                .store(Stores.h2(dir.resolve("outbox")))
                .config(ClientConfig.custom().idlePoll(Duration.ofMillis(20)).receiptPoll(Duration.ofMillis(20))
                        .backoff(Duration.ofMillis(5), Duration.ofMillis(10)).attemptTimeout(Duration.ofSeconds(5))
                        .signaturesPerMinute(10_000).build())
                .build();
    }

    @Test
    void submitsASignedOrderResendsIdenticalBytesAndFollowsItsReceipt() throws Exception {
        Ceb311Message order = Orders.valid();
        FlakyTransport transport = new FlakyTransport();
        try (CebClient client = client(transport)) {
            Submission s = client.submit(order);
            assertThat(s.guid()).isEqualTo(order.guid());
            assertThat(s.await(Status.SENT, Duration.ofSeconds(15))).isEqualTo(Status.SENT);

            assertThat(transport.sent).hasSize(2);
            assertThat(transport.sent.get(1).envelope()).isEqualTo(transport.sent.get(0).envelope());
            DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
            TransInfo info = envelopes.read(transport.sent.get(0).envelope()).transInfo();
            assertThat(info.copMsgId()).isEqualTo(order.guid());
            assertThat(info.senderId()).isEqualTo("DXPENT0000458763");
            assertThat(info.receiverIds()).containsExactly(TransInfo.IMPORT_RECEIVER);
            assertThat(info.msgType()).isEqualTo("CEB311Message");
            byte[] signed = envelopes.unwrap(transport.sent.get(0).envelope());
            assertThat(TestKeys.verifier().verify(signed).valid()).isTrue();

            String docGuid = order.orders().get(0).orderHead().guid();
            String receipt = "<CEB312Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"4CDE1CFD-EDED-46B1-946C-B8022E42FC94\""
                    + " version=\"1.0\"><OrderReturn><guid>" + docGuid + "</guid><ebpCode>1105910159</ebpCode><ebcCode>1105910159</ebcCode>"
                    + "<orderNo>x</orderNo><returnStatus>800</returnStatus><returnTime>20260102030405000</returnTime>"
                    + "<returnInfo>放行</returnInfo></OrderReturn></CEB312Message>";
            transport.inbox.add(new InboundEnvelope("r", receipt.getBytes(StandardCharsets.UTF_8)));
            assertThat(s.await(Status.RELEASED, Duration.ofSeconds(15))).isEqualTo(Status.RELEASED);

            // submitting the same message again changes nothing
            assertThat(client.submit(order).status()).isEqualTo(Status.RELEASED);
        }
    }

    @Test
    void invalidMessageIsRefusedAndNothingIsStored() {
        Ceb311Message bad = Orders.valid().toBuilder().guid("not-a-guid").build();
        FlakyTransport transport = new FlakyTransport();
        try (CebClient client = client(transport)) {
            assertThatThrownBy(() -> client.submit(bad)).isInstanceOf(ValidationException.class);
            assertThat(client.submission(bad.guid())).isEmpty();
        }
        assertThat(transport.sent).isEmpty();
    }

    @Test
    void submittedInventoryIsFoundByItsCopNoAndOrderNoFromTheTypedMessage() throws Exception {
        Ceb621Message inventory = Parcels.inventoryMessage();
        String copNo = inventory.inventorys().get(0).inventoryHead().copNo();
        String orderNo = inventory.inventorys().get(0).inventoryHead().orderNo();
        FlakyTransport transport = new FlakyTransport();
        try (CebClient client = client(transport)) {
            Submission s = client.submitAll(List.of(inventory)).get(0);
            assertThat(client.order(orderNo).submissions()).extracting(Submission::guid).containsExactly(inventory.guid());
            // a CEB622 whose guid names nothing the client stored, but whose copNo is the inventory's
            String receipt = "<CEB622Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"4CDE1CFD-EDED-46B1-946C-B8022E42FC99\""
                    + " version=\"1.0\"><InventoryReturn><guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC98</guid><customsCode>5100</customsCode>"
                    + "<ebpCode>1105910159</ebpCode><ebcCode>1105910159</ebcCode><agentCode>1105910159</agentCode><copNo>" + copNo
                    + "</copNo><preNo>B20261123000000001</preNo><invtNo>51002026I000000001</invtNo><returnStatus>800</returnStatus>"
                    + "<returnTime>20261123103000000</returnTime><returnInfo>放行</returnInfo></InventoryReturn></CEB622Message>";
            transport.inbox.add(new InboundEnvelope("r", receipt.getBytes(StandardCharsets.UTF_8)));
            assertThat(s.await(Status.RELEASED, Duration.ofSeconds(15))).isEqualTo(Status.RELEASED);
        }
    }
}
