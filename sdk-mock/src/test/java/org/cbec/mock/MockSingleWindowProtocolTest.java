package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cbec.client.ReceiptDecoders;
import org.cbec.client.ReceiptEvent;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.envelope.DxpRep;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wire protocol without a client: DxpRep answers, receipts due on an injected clock, the CEB816 after a release. */
@Timeout(30)
class MockSingleWindowProtocolTest {

    private static final DxpEnvelopes ENVELOPES = DxpEnvelopes.ofDefaults();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-23T02:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private HttpResponse<byte[]> post(MockSingleWindow mock, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(mock.sendUrl()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String answerCode(MockSingleWindow mock, byte[] body) throws Exception {
        HttpResponse<byte[]> response = post(mock, body);
        assertThat(response.statusCode()).isEqualTo(200);
        DxpRep rep = ENVELOPES.readReport(response.body());
        return rep.responses().get(0).responseCode();
    }

    private List<DxpMsg> pollAll(URI receiptUrl) throws Exception {
        List<DxpMsg> out = new ArrayList<>();
        while (true) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(receiptUrl).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 204) {
                return out;
            }
            out.add(ENVELOPES.read(r.body()));
        }
    }

    private static byte[] envelope(byte[] message, String msgType) {
        TransInfo info = TransInfo.builder().copMsgId("B1F2A0C3-0000-4000-8000-000000000621").senderId("DXPENT0000458763")
                .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Instant.parse("2026-11-23T02:00:00Z")).msgType(msgType).build();
        return ENVELOPES.write(ENVELOPES.wrap(message, info));
    }

    @Test
    void unreadableEnvelopeIsAnswered0001() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            assertThat(answerCode(mock, "not xml".getBytes(StandardCharsets.UTF_8))).isEqualTo("0001");
        }
    }

    @Test
    void envelopeCarryingNoCebMessageIsAnswered0002() throws Exception {
        try (MockSingleWindow mock = MockSingleWindow.start()) {
            assertThat(answerCode(mock, envelope("<Other/>".getBytes(StandardCharsets.UTF_8), "Other"))).isEqualTo("0002");
        }
    }

    @Test
    void receiptsFallDueOnTheInjectedClockAndAReleasedInventoryGetsATaxBill() throws Exception {
        FakeClock clock = new FakeClock();
        Ceb621Message inventory = Parcels.inventoryMessage();
        XmlSigner signer = XmlSigner.custom(TestKeys.sm2().signer()).build();
        byte[] signed = CebCodec.ofDefaults().writeSigned(inventory, signer);
        try (MockSingleWindow mock = MockSingleWindow.builder().clock(clock).receiptDelay(Duration.ofMinutes(1)).start()) {
            assertThat(answerCode(mock, envelope(signed, "CEB621Message"))).isEqualTo("0000");
            assertThat(pollAll(mock.receiptUrl())).isEmpty();

            clock.advance(Duration.ofMinutes(2));
            List<DxpMsg> first = pollAll(mock.receiptUrl());
            clock.advance(Duration.ofMinutes(2));
            List<DxpMsg> rest = pollAll(mock.receiptUrl());

            assertThat(first).extracting(m -> m.transInfo().msgType()).containsExactly("CEB622Message", "CEB622Message");
            assertThat(rest).extracting(m -> m.transInfo().msgType()).containsExactly("CEB622Message", "CEB622Message", "CEB816Message");
            assertThat(rest.get(0).transInfo().receiverIds()).containsExactly("DXPENT0000458763");
            List<ReceiptEvent> decoded = ReceiptDecoders.generic().decode(ENVELOPES.write(rest.get(1)));
            assertThat(decoded).singleElement().satisfies(r -> {
                assertThat(r.returnStatus()).isEqualTo("800");
                assertThat(r.guid()).isEqualTo(inventory.inventorys().get(0).inventoryHead().guid());
            });
        }
    }

    static Stream<Arguments> profiles() {
        return Stream.of(Arguments.of(SignatureProfile.SM2_SM3, TestKeys.sm2()), Arguments.of(SignatureProfile.RSA_SHA1, TestKeys.rsa()),
                Arguments.of(SignatureProfile.LEGACY_SM2_SHA1, TestKeys.sm2()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void eachSignatureProfileIsVerifiedAcceptedWhenIntactAndRefusedWhenAlteredOrUnregistered(SignatureProfile profile,
            TestKeys.Entry key) throws Exception {
        Ceb311Message order = Orders.valid();
        String orderNo = order.orders().get(0).orderHead().orderNo();
        byte[] signed = CebCodec.ofDefaults().writeSigned(order, XmlSigner.custom(key.signer()).profile(profile).build());
        byte[] altered = new String(signed, StandardCharsets.UTF_8).replace(">" + orderNo + "<", ">" + orderNo + "9<")
                .getBytes(StandardCharsets.UTF_8);
        try (MockSingleWindow mock = MockSingleWindow.builder().trust(key.certificate()).start();
                MockSingleWindow other = MockSingleWindow.builder().trust(TestKeys.otherSm2().certificate()).start()) {
            assertThat(answerCode(mock, envelope(altered, "CEB311Message"))).isEqualTo("1004");
            assertThat(answerCode(mock, envelope(signed, "CEB311Message"))).isEqualTo("0000");
            assertThat(answerCode(other, envelope(signed, "CEB311Message"))).isEqualTo("1001");
        }
    }
}
