package org.cbec.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.cbec.client.status.Status;
import org.cbec.core.model.MessageSpec.Direction;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;

/** A guid is an idempotency key: the same filing again returns the stored submission, another one under it is refused. */
class IdempotencyTest {

    private static final XmlSigner SIGNER = XmlSigner.custom(TestKeys.sm2().signer()).build();
    private static final String GUID = "0D1E2F30-0000-4000-8000-000000000001";

    @Test
    void theSameMessageSignedAgainReturnsTheExistingSubmissionAndSendsNothing() {
        try (Harness h = Harness.start(b -> b.signer(SIGNER))) {
            Ceb311Message order = Orders.valid().toBuilder().guid(GUID).build();
            Submission first = h.client.submit(order);
            h.time.runDue();
            h.time.advance(Duration.ofMinutes(5));

            Submission again = h.client.submit(order); // SM2 signatures are randomised: the signed bytes differ

            assertThat(first.alreadySubmitted()).isFalse();
            assertThat(again.alreadySubmitted()).isTrue();
            assertThat(again.submittedAt()).isEqualTo(first.submittedAt()).isBefore(h.time.clock().instant());
            assertThat(again.status()).isEqualTo(Status.SENT);
            h.time.runDue();
            assertThat(h.transport.sent).hasSize(1);
        }
    }

    @Test
    void changedContentUnderAUsedGuidIsAConflictNamingTheStoredStatus() {
        try (Harness h = Harness.start(b -> b.signer(SIGNER))) {
            Ceb311Message order = Orders.valid().toBuilder().guid(GUID).build();
            h.client.submit(order);
            h.time.runDue();
            Ceb311Message tampered = order.toBuilder().orders(order.orders().stream()
                    .map(o -> o.toBuilder().orderHead(o.orderHead().toBuilder().note("amount changed").build()).build()).toList()).build();

            assertThatThrownBy(() -> h.client.submit(tampered)).isInstanceOfSatisfying(GuidConflictException.class, e -> {
                assertThat(e.code()).isEqualTo("GUID_CONFLICT");
                assertThat(e.storedStatus()).isEqualTo(Status.SENT);
                assertThat(e.getMessage()).contains(GUID).contains("SENT");
            });
            java.util.concurrent.CompletableFuture<Submission> async = h.client.submitAsync(tampered);
            h.time.runDue(); // the enqueue drainer runs on the client's executor
            assertThat(async).failsWithin(Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(GuidConflictException.class);
            h.time.runDue();
            assertThat(h.transport.sent).hasSize(1);
            assertThat(Messages.text(h.store.find(GUID).orElseThrow().signedBytes())).doesNotContain("amount changed");
        }
    }

    @Test
    void preSignedFileIsKeyedByItsBytesAndItsDestination() {
        try (Harness h = Harness.start()) {
            byte[] signed = Messages.signedOrder(GUID, "DOC-0001-A");
            h.client.submitSigned("CEB311Message", Direction.IMPORT, GUID, signed);

            assertThat(h.client.submitSigned("CEB311Message", Direction.IMPORT, GUID, signed.clone()).alreadySubmitted()).isTrue();
            byte[] changed = new String(signed, UTF_8).replace("DOC-0001-A", "DOC-0001-B").getBytes(UTF_8);
            assertThatThrownBy(() -> h.client.submitSigned("CEB311Message", Direction.IMPORT, GUID, changed))
                    .isInstanceOf(GuidConflictException.class);
            assertThatThrownBy(() -> h.client.submitSigned("CEB311Message", Direction.EXPORT, GUID, signed))
                    .as("another destination").isInstanceOf(GuidConflictException.class);
        }
    }

    @Test
    void submitAllStoresTheOthersOfABatchAndReportsTheConflict() {
        try (Harness h = Harness.start(b -> b.signer(SIGNER))) {
            Ceb311Message order = Orders.valid().toBuilder().guid(GUID).build();
            h.client.submit(order);
            Ceb311Message other = Orders.valid().toBuilder().guid("0D1E2F30-0000-4000-8000-000000000002").build();
            Ceb311Message conflicting = order.toBuilder().orders(order.orders().stream()
                    .map(o -> o.toBuilder().orderHead(o.orderHead().toBuilder().buyerRegNo("buyer-0002").build()).build()).toList()).build();

            assertThatThrownBy(() -> h.client.submitAll(java.util.List.of(other, conflicting))).isInstanceOf(GuidConflictException.class);
            assertThat(h.client.submission(other.guid())).isPresent();
        }
    }
}
