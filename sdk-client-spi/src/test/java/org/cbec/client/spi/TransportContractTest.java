package org.cbec.client.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Transport} must do; an implementation's test supplies the transport and its far side. */
public abstract class TransportContractTest {

    protected Transport transport;

    /** A transport talking to the far side of this test. */
    protected abstract Transport newTransport() throws Exception;

    /** The bytes the far side holds for message {@code id} after its latest send. */
    protected abstract byte[] lastReceived(String id) throws Exception;

    /** How many sends of {@code id} reached the far side (a folder can only say whether one did: 0 or 1). */
    protected abstract int timesReceived(String id) throws Exception;

    /** The far side makes {@code receipt} available to {@link Transport#receive()}. */
    protected abstract void deliverReceipt(byte[] receipt) throws Exception;

    @BeforeEach
    void open() throws Exception {
        transport = newTransport();
    }

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    /** Polls a bounded number of times: some transports need two looks before a file counts as complete. */
    protected List<InboundEnvelope> receiveSoon() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<InboundEnvelope> got = transport.receive();
            if (!got.isEmpty()) {
                return got;
            }
            Thread.sleep(20);
        }
        return List.of();
    }

    @Test
    void sendDeliversTheExactEnvelopeBytes() throws Exception {
        OutboundEnvelope env = Envelopes.outbound();
        SendResult result = transport.send(env);
        assertThat(result.endpoint()).isEqualTo(transport.endpoint());
        assertThat(lastReceived(env.messageId())).isEqualTo(env.envelope());
    }

    @Test
    void resendDeliversIdenticalBytes() throws Exception {
        OutboundEnvelope env = Envelopes.outbound();
        transport.send(env);
        transport.send(env);
        assertThat(timesReceived(env.messageId())).isBetween(1, 2);
        assertThat(lastReceived(env.messageId())).isEqualTo(env.envelope());
    }

    @Test
    void receiveIsEmptyWhenNothingArrived() {
        assertThat(transport.receive()).isEmpty();
    }

    @Test
    void deliveredReceiptIsReceivedWholeAndNotAgainOnceAcknowledged() throws Exception {
        byte[] receipt = Envelopes.receipt(UUID.randomUUID().toString().toUpperCase(), "120", "20260102030405000");
        deliverReceipt(receipt);
        List<InboundEnvelope> got = receiveSoon();
        assertThat(got).hasSize(1);
        assertThat(got.get(0).bytes()).isEqualTo(receipt);
        transport.acknowledge(got.get(0));
        assertThat(transport.receive()).isEmpty();
        assertThat(transport.receive()).isEmpty();
    }

    @Test
    void endpointIsNamed() {
        assertThat(transport.endpoint()).isNotBlank();
    }
}
