package org.cbec.customs.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.XmlVerifier;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;

/**
 * Mutated copies of valid messages (the official samples and signed messages the SDK generated: byte flips, cuts,
 * {@code &#x110000;}, {@code &#0;}, invalid UTF-8, the end of input inside a CDATA section or a multi-byte character)
 * go through read, validate, verify and unwrap, and only the SDK's own exceptions ({@link CebException}) come out:
 * never a parser's unchecked exception (Woodstox's {@code WstxLazyException} once escaped), never an error.
 *
 * <p>Each try checks {@code cbec.fuzz.repeat} inputs (default 1: 200 inputs, seconds); the nightly size is
 * {@code -Dcbec.fuzz.repeat=500} (10^5 inputs).
 */
class MalformedInputFuzzTest {

    private static final int REPEAT = Integer.getInteger("cbec.fuzz.repeat", 1);
    private static final CebCodec STRICT = CebCodec.builder().readPolicy(CebMessages.strictReading()).build();
    private static final CebCodec LENIENT = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
    private static final XmlVerifier VERIFIER = TestKeys.verifier();
    private static final DxpEnvelopes ENVELOPES = DxpEnvelopes.ofDefaults();
    private static final List<byte[]> SOURCES = sources();

    /** What is inserted or done at the chosen position. */
    enum Kind { FLIP, CUT, OUT_OF_RANGE_REFERENCE, NUL_REFERENCE, INVALID_UTF8, EOF_IN_CDATA, EOF_IN_MULTIBYTE }

    /** One mutation: which source, what, where (a fraction of its length), with which byte. */
    record Mutation(int source, Kind kind, double at, int value) {

        byte[] apply(byte[] in) {
            int p = Math.min(in.length - 1, (int) (at * in.length));
            return switch (kind) {
                case FLIP -> {
                    byte[] out = in.clone();
                    out[p] ^= (byte) (value == 0 ? 1 : value);
                    yield out;
                }
                case CUT -> java.util.Arrays.copyOf(in, p);
                case OUT_OF_RANGE_REFERENCE -> insert(in, p, "&#x110000;".getBytes(StandardCharsets.US_ASCII));
                case NUL_REFERENCE -> insert(in, p, "&#0;".getBytes(StandardCharsets.US_ASCII));
                case INVALID_UTF8 -> insert(in, p, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) (0x80 | value), (byte) 0xFF});
                case EOF_IN_CDATA -> insert(java.util.Arrays.copyOf(in, p), p, "<![CDATA[abc".getBytes(StandardCharsets.US_ASCII));
                case EOF_IN_MULTIBYTE -> cutInsideMultibyte(in, p);
            };
        }

        /** A derived mutation for the nightly size, seeded by this one. */
        Mutation variant(int n) {
            Random r = new Random(hashCode() * 31L + n);
            return new Mutation(r.nextInt(SOURCES.size()), Kind.values()[r.nextInt(Kind.values().length)], r.nextDouble(), r.nextInt(256));
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] cutInsideMultibyte(byte[] in, int from) {
        for (int i = from; i < in.length; i++) {
            if ((in[i] & 0xE0) == 0xE0 || (in[i] & 0xE0) == 0xC0) {
                return java.util.Arrays.copyOf(in, i + 1);
            }
        }
        return java.util.Arrays.copyOf(in, from);
    }

    private static List<byte[]> sources() {
        List<byte[]> out = new ArrayList<>();
        OfficialSpec.samples("import").forEach(p -> out.add(OfficialSpec.read(p)));
        OfficialSpec.samples("export").forEach(p -> out.add(OfficialSpec.read(p)));
        XmlSigner signer = XmlSigner.custom(TestKeys.sm2().signer()).build();
        out.add(CebCodec.ofDefaults().writeSigned(Orders.valid(), signer));
        out.add(CebCodec.ofDefaults().writeSigned(Parcels.inventoryMessage(), signer));
        out.add(CebCodec.ofDefaults().writeSigned(Parcels.paymentMessage(), XmlSigner.custom(TestKeys.rsa().signer()).build()));
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, SOURCES.size() - 1), Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 255)).as(Mutation::new);
    }

    @Property(tries = 200)
    void mutatedMessagesGetOnlyTheSdksOwnErrorsFromReadValidateVerifyAndUnwrap(@ForAll("mutations") Mutation mutation) {
        for (int n = 0; n < REPEAT; n++) {
            Mutation m = n == 0 ? mutation : mutation.variant(n);
            byte[] source = SOURCES.get(m.source());
            byte[] message = m.apply(source);
            only(() -> STRICT.parseAny(message, CebMessages::resolve));
            only(() -> LENIENT.parseAny(message, CebMessages::resolve));
            only(() -> VERIFIER.verify(message));
            byte[] envelope = ENVELOPES.write(ENVELOPES.wrap(source, TransInfo.builder().copMsgId("C").senderId("S")
                    .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Instant.EPOCH).msgType("CEB311Message").build()));
            only(() -> ENVELOPES.read(m.apply(envelope)));
        }
    }

    /** Runs {@code step}; the SDK's own exception is an answer, anything else fails the property. */
    private static void only(Runnable step) {
        try {
            step.run();
        } catch (CebException expected) {
            // a structured answer: code and message
        }
    }
}
