package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cbec.client.status.Status;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;

/**
 * Several observers given to {@link CebClient.Builder#clientListener}: each is told of every event in the order added,
 * and one that throws neither keeps the event from the others nor stops the client's work.
 */
class SeveralClientListenersTest {

    /** Writes each event it is told of to {@code seen}, prefixed with {@code name}. */
    private static ClientListener recording(String name, List<String> seen, boolean throwing) {
        return new ClientListener() {
            @Override
            public void enqueued(String guid, String messageType) {
                seen.add(name + " enqueued " + messageType);
                if (throwing) {
                    throw new IllegalStateException("observer " + name + " is broken");
                }
            }

            @Override
            public void sent(String guid, int attempt, Duration took) {
                seen.add(name + " sent");
                if (throwing) {
                    throw new IllegalStateException("observer " + name + " is broken");
                }
            }
        };
    }

    @Test
    void everyObserverAddedIsToldOfEachEventInOrderEvenWhenAnEarlierOneThrows() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Harness h = Harness.start(b -> b.clientListener(recording("first", seen, true)).clientListener(recording("second", seen, false)))) {
            String guid = Messages.newGuid();
            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid()));
            h.time.runDue();

            assertThat(seen).containsExactly("first enqueued CEB311Message", "second enqueued CEB311Message", "first sent", "second sent");
            assertThat(s.status()).as("the broken observer did not stop the send").isEqualTo(Status.SENT);
        }
    }
}
