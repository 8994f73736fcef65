package org.cbec.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.UnmatchedReceipt;
import org.cbec.client.status.Status;
import org.cbec.core.model.MessageSpec.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No receipt is ever lost: what names no stored message is kept durably, listed, and matched when its message appears. */
class UnmatchedReceiptsTest {

    private static final String RELEASED_AT = "20260102050405000";

    @Test
    void receiptAheadOfItsMessageIsKeptAcrossARestartAndRecordedWhenTheMessageIsSubmitted(@TempDir Path dir) {
        String guid = Messages.newGuid();
        String doc = Messages.newGuid();
        byte[] receipt = Messages.receiptEnvelope(doc, "800", RELEASED_AT);
        try (Harness h = Harness.on(Stores.h2(dir.resolve("outbox")), b -> { })) {
            h.receive(receipt);
            h.poll();
            assertThat(h.transport.acknowledged).as("acknowledged once kept").containsExactly("r0");
            assertThat(h.client.unmatchedReceipts(10)).singleElement().satisfies(u -> {
                assertThat(u.envelope()).isEqualTo(receipt);
                assertThat(u.key()).isEqualTo(UnmatchedReceipt.keyOf(receipt));
                assertThat(u.messageType()).isEqualTo("CEB312Message");
                assertThat(u.correlationKeys()).contains(doc);
            });
        }
        try (Harness h = Harness.on(Stores.h2(dir.resolve("outbox")), b -> { })) {
            assertThat(h.client.unmatchedReceipts(10)).as("durable").hasSize(1);

            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));

            assertThat(s.status()).isEqualTo(Status.RELEASED);
            assertThat(s.receipts()).extracting(ReceiptEvent::returnStatus).containsExactly("800");
            assertThat(h.client.unmatchedReceipts(10)).isEmpty();
        }
    }

    @Test
    void undecodableEnvelopeIsKeptWithItsBytes() {
        try (Harness h = Harness.start()) {
            byte[] garbage = "<not a receipt".getBytes(UTF_8);
            h.receive(garbage);
            h.poll();
            assertThat(h.client.unmatchedReceipts(10)).singleElement().satisfies(u -> {
                assertThat(u.envelope()).isEqualTo(garbage);
                assertThat(u.correlationKeys()).isEmpty();
            });
            assertThat(h.transport.acknowledged).containsExactly("r0");
        }
    }

    @Test
    void envelopeTheStoreCannotKeepIsNotAcknowledged() {
        MessageStore real = Stores.inMemory();
        MessageStore failing = (MessageStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MessageStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("recordUnmatched")) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        try (Harness h = Harness.on(failing, b -> { })) {
            h.receive(Messages.receiptEnvelope(Messages.newGuid(), "800", RELEASED_AT));
            h.poll();
            assertThat(h.transport.acknowledged).as("the gateway hands it out again").isEmpty();
        }
    }

    @Test
    void receiptsExportedFromAnotherStoreAreImportedAndRecordedForTheirMessages() {
        String guid = Messages.newGuid();
        String doc = Messages.newGuid();
        List<UnmatchedReceipt> exported;
        try (Harness other = Harness.start()) {
            other.receive(Messages.receiptEnvelope(doc, "800", RELEASED_AT));
            other.receive(Messages.receiptEnvelope(Messages.newGuid(), "800", RELEASED_AT));
            other.poll();
            exported = other.client.unmatchedReceipts(10);
        }
        try (Harness h = Harness.start()) {
            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));

            ReceiptImport r = h.client.importReceipts(exported.stream().map(u -> new InboundEnvelope(u.key(), u.envelope())).toList());

            assertThat(r).isEqualTo(new ReceiptImport(2, 1, 1));
            assertThat(s.status()).isEqualTo(Status.RELEASED);
            assertThat(h.client.unmatchedReceipts(10)).hasSize(1);
            assertThat(h.client.importReceipts(List.of(new InboundEnvelope("again", exported.get(0).envelope()))).recorded())
                    .as("recorded once").isZero();
        }
    }

    @Test
    void manyReceiptsForMessagesOfAnotherStoreTellThatTheQueueIsShared() {
        AtomicInteger warnings = new AtomicInteger();
        try (Harness h = Harness.start(b -> b.clientListener(new ClientListener() {
            @Override
            public void receiptQueueShared(String queue, int unmatched, int of) {
                assertThat(queue).isEqualTo(Messages.SENDER.dxpId());
                warnings.incrementAndGet();
            }
        }))) {
            String guid = Messages.newGuid();
            String doc = Messages.newGuid();
            h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, doc));
            receive(h, doc, 41, 9);
            assertThat(warnings).as("9 of 50 are not yet a pattern").hasValue(0);
            receive(h, doc, 40, 10);
            assertThat(warnings).as("10 of 50, a fifth").hasValue(1);
            h.time.advance(Duration.ofMinutes(1));
            receive(h, doc, 0, 50);
            assertThat(warnings).as("once per ten minutes").hasValue(1);
            assertThat(h.client.unmatchedReceipts(100)).hasSize(69);
        }
    }

    /** {@code matched} receipts for {@code doc}, then {@code unmatched} ones for documents of no message, in one poll. */
    private static void receive(Harness h, String doc, int matched, int unmatched) {
        for (int i = 0; i < matched; i++) {
            h.receive(Messages.receiptEnvelope(doc, "120", RELEASED_AT));
        }
        for (int i = 0; i < unmatched; i++) {
            h.receive(Messages.receiptEnvelope(Messages.newGuid(), "800", RELEASED_AT));
        }
        h.poll();
    }
}
