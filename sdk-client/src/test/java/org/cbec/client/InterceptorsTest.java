package org.cbec.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cbec.client.status.Status;
import org.cbec.core.model.MessageSpec.Direction;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;

/** Both interceptor levels: order, stamping, vetoing, observing the durable outcome, archiving the envelope. */
class InterceptorsTest {

    private static final XmlSigner SIGNER = XmlSigner.custom(TestKeys.sm2().signer()).build();

    private static Ceb311Message order(int n) {
        return Orders.valid().toBuilder().guid(String.format("1A2B3C4D-0000-4000-8000-%012d", n)).build();
    }

    @Test
    void messageInterceptorsRunInTheOrderAddedAroundEnvelopeInterceptorsAndSeeTheOutcome() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        try (Harness h = Harness.start(b -> b.signer(SIGNER)
                .addInterceptor(chain -> {
                    calls.add("a before");
                    return chain.proceed(chain.message()).thenApply(s -> {
                        calls.add("a after " + s.status());
                        return s;
                    });
                })
                .addInterceptor(chain -> {
                    calls.add("b before");
                    return chain.proceed(chain.message());
                })
                .addEnvelopeInterceptor(chain -> {
                    calls.add("envelope x");
                    return chain.proceed(chain.message());
                })
                .addEnvelopeInterceptor(chain -> {
                    calls.add("envelope y");
                    return chain.proceed(chain.message());
                }))) {
            h.client.submit(order(1));
            assertThat(calls).containsExactly("a before", "b before", "envelope x", "envelope y", "a after QUEUED");
        }
    }

    @Test
    void messageInterceptorStampsAFieldBeforeValidationAndSigning() {
        try (Harness h = Harness.start(b -> b.signer(SIGNER).addInterceptor(chain -> {
            Ceb311Message m = (Ceb311Message) chain.message();
            return chain.proceed(m.toBuilder().orders(m.orders().stream()
                    .map(o -> o.toBuilder().orderHead(o.orderHead().toBuilder().note("stamped by the platform").build()).build()).toList())
                    .build());
        }))) {
            Submission s = h.client.submit(order(2));
            String signed = new String(h.store.find(s.guid()).orElseThrow().signedBytes(), UTF_8);
            assertThat(signed).contains("<ceb:note>stamped by the platform</ceb:note>").contains("<ds:Signature");
            h.time.runDue();
            assertThat(Messages.payload(h.transport.sent.get(0).envelope())).contains("stamped by the platform");
        }
    }

    @Test
    void vetoStoresNothingAndSignsNothing() {
        List<String> envelopes = new ArrayList<>();
        try (Harness h = Harness.start(b -> b.signer(SIGNER)
                .addInterceptor(chain -> {
                    throw new SubmissionVetoedException(chain.message().guid(), "seller blocked");
                })
                .addEnvelopeInterceptor(chain -> {
                    envelopes.add(chain.message().guid());
                    return chain.proceed(chain.message());
                }))) {
            assertThatThrownBy(() -> h.client.submit(order(3))).isInstanceOf(SubmissionVetoedException.class)
                    .hasMessageContaining("seller blocked").extracting(e -> ((SubmissionVetoedException) e).code()).isEqualTo("SUBMIT_VETOED");
            assertThat(h.client.submitAsync(order(4))).isCompletedExceptionally();
            assertThat(h.store.find(order(3).guid())).isEmpty();
            assertThat(envelopes).as("never signed nor wrapped").isEmpty();
        }
    }

    @Test
    void envelopeInterceptorSeesMessagesSignedElsewhereAndMayReplaceTheEnvelopeOnly() {
        List<PreparedMessage> archived = new ArrayList<>();
        try (Harness h = Harness.start(b -> b.addEnvelopeInterceptor(chain -> {
            archived.add(chain.message());
            return chain.proceed(chain.message().withEnvelope(chain.message().envelope()));
        }))) {
            String guid = Messages.newGuid();
            byte[] signed = Messages.signedOrder(guid, Messages.newGuid());
            Submission s = h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, signed);
            assertThat(archived).singleElement().satisfies(m -> {
                assertThat(m.guid()).isEqualTo(guid);
                assertThat(m.signedBytes()).isEqualTo(signed);
                assertThat(m.direction()).isEqualTo(Direction.IMPORT);
            });
            h.time.runDue();
            assertThat(h.transport.sent.get(0).envelope()).as("every attempt sends what the interceptor saw")
                    .isEqualTo(archived.get(0).envelope());
            assertThat(s.status()).isEqualTo(Status.SENT);
        }
        try (Harness h = Harness.start(b -> b.addEnvelopeInterceptor(chain -> new PreparedMessage(chain.message().guid(),
                chain.message().messageType(), chain.message().direction(), "<tampered/>".getBytes(UTF_8), chain.message().envelope(),
                List.of())))) {
            String guid = Messages.newGuid();
            assertThatThrownBy(() -> h.client.submitSigned("CEB311Message", Direction.IMPORT, guid, Messages.signedOrder(guid, Messages.newGuid())))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("must return the message it was given");
            assertThat(h.store.find(guid)).isEmpty();
        }
    }
}
