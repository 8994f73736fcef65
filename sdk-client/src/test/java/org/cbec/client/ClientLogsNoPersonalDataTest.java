package org.cbec.client;

import org.cbec.client.status.Status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;

import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.TransportException;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;

/**
 * The client's log lines name messages by guid and type, never by content: a message carrying a buyer's ID-card
 * number and phone number goes through a transient failure, a permanent failure to the dead letters, an unmatched and
 * an undecodable receipt, and none of the lines logged meanwhile (SLF4J simple logger, on standard error) holds
 * either number.
 */
class ClientLogsNoPersonalDataTest {

    static final String ID_NUMBER = "110101199003071234";
    static final String PHONE = "13812345678";

    private static byte[] orderWithPersonalData(String guid) {
        return ("<CEB311Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + guid + "\" version=\"1.0\"><Order><OrderHead>"
                + "<guid>" + Messages.newGuid() + "</guid><orderNo>order-1</orderNo><buyerIdNumber>" + ID_NUMBER + "</buyerIdNumber>"
                + "<buyerTelephone>" + PHONE + "</buyerTelephone></OrderHead></Order></CEB311Message>").getBytes(UTF_8);
    }

    @Test
    void failuresDeadLettersAndOddReceiptsAreLoggedWithoutIdOrPhoneNumbers() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, UTF_8));
        String guid = Messages.newGuid();
        try {
            RecordingTransport transport = new RecordingTransport();
            int[] calls = {0};
            transport.answer = e -> {
                throw calls[0]++ == 0 ? TransportException.transientFailure("connection reset", null)
                        : new TransportException("format error in message", false, null);
            };
            try (Harness h = Harness.start(ClientConfig.custom().inProcessAttempts(1).build(), b -> { })) {
                h.transport.answer = transport.answer;
                Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, orderWithPersonalData(guid));
                h.time.runDue();
                h.time.advance(h.config.retryDelay(1));
                assertThat(s.status()).isEqualTo(Status.DEAD_LETTER);
                h.receive(Messages.receiptEnvelope(Messages.newGuid(), "800", "20260102030405000"));
                h.transport.inbox.add(new InboundEnvelope("broken", ("<CEB312Message><buyerIdNumber>" + ID_NUMBER).getBytes(UTF_8)));
                h.poll();
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(UTF_8);
        assertThat(log).as("the client logged the failures").contains("dead letter CEB311Message " + guid)
                .contains("failed (attempt 1)").contains("names no stored message").contains("cannot decode inbound broken");
        assertThat(log).doesNotContain(ID_NUMBER).doesNotContain(PHONE);
    }
}
