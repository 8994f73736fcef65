package org.cbec.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Orders;

/**
 * Mutated envelopes and messages (flips, cuts, {@code &#x110000;}, {@code &#0;}, invalid UTF-8) posted to the mock's
 * send URL always get a {@code DxpRep} with HTTP 200, never a 500 (a client would retry it) or a dropped connection:
 * the receive path turns every malformed input into the exchange's own answer. {@code -Dcbec.fuzz.repeat=N} posts N
 * times as many (default 1: 60 posts).
 */
class MockEndpointFuzzTest {

    private static final int REPEAT = Integer.getInteger("cbec.fuzz.repeat", 1);
    private static final DxpEnvelopes ENVELOPES = DxpEnvelopes.ofDefaults();
    private static final List<String> INSERTS = List.of("&#x110000;", "&#0;", "\u00c3(", "<![CDATA[", "</x>");
    private static MockSingleWindow mock;
    private static byte[] envelope;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeContainer
    static void start() {
        mock = MockSingleWindow.builder().trust(TestKeys.sm2Ca().certificate()).start();
        byte[] signed = CebCodec.ofDefaults().writeSigned(Orders.valid(), XmlSigner.custom(TestKeys.sm2().signer()).build());
        // the message inside is mutated too: its text is put into the envelope as is, then the whole is mutated
        envelope = ENVELOPES.write(ENVELOPES.wrap(signed, TransInfo.builder().copMsgId("C").senderId("DXPENT0000458763")
                .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Instant.EPOCH).msgType("CEB311Message").build()));
    }

    @AfterContainer
    static void stop() {
        mock.close();
    }

    record Mutation(int kind, double at, int value) {
        byte[] apply(byte[] in) {
            int p = Math.min(in.length - 1, (int) (at * in.length));
            return switch (kind) {
                case 0 -> {
                    byte[] out = in.clone();
                    out[p] ^= (byte) (value == 0 ? 1 : value);
                    yield out;
                }
                case 1 -> Arrays.copyOf(in, p);
                default -> {
                    byte[] what = INSERTS.get(value % INSERTS.size()).getBytes(StandardCharsets.ISO_8859_1);
                    byte[] out = new byte[in.length + what.length];
                    System.arraycopy(in, 0, out, 0, p);
                    System.arraycopy(what, 0, out, p, what.length);
                    System.arraycopy(in, p, out, p + what.length, in.length - p);
                    yield out;
                }
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255)).as(Mutation::new);
    }

    @Property(tries = 60)
    void everyMutatedPostIsAnsweredWithADxpRep(@ForAll("mutations") Mutation mutation) throws Exception {
        for (int n = 0; n < REPEAT; n++) {
            Mutation m = n == 0 ? mutation : new Mutation((mutation.kind() + n) % 3, (mutation.at() + n * 0.0137) % 1, (mutation.value() + n) % 256);
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(mock.sendUrl()).POST(HttpRequest.BodyPublishers.ofByteArray(m.apply(envelope))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(ENVELOPES.readReport(r.body()).responses()).hasSize(1);
        }
    }
}
