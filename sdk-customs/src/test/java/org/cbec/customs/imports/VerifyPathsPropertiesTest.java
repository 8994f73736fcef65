package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.core.CebCodec;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.VerifyPaths;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.XmlVerifier;
import org.cbec.core.testing.RandomWire;
import org.cbec.core.xml.internal.WireWriter;
import org.cbec.customs.CebMessages;

/**
 * The verifier's streaming path against its DOM path (Xerces and Apache Santuario) over generated messages: CEB311
 * orders from {@link Ceb311PropertiesTest}'s generator signed by the codec's fast path, and random messages of every
 * signed message type ({@link RandomWire}) signed by {@link XmlSigner#sign}, each with a random profile, as they are
 * and with one byte changed. Same verdict, failure, divergences and trust decision; an intact message is decided by
 * the streaming path.
 */
class VerifyPathsPropertiesTest {

    private static final XmlVerifier VERIFIER = TestKeys.verifier();
    private static final CebCodec CODEC = CebCodec.ofDefaults();

    @Provide
    Arbitrary<Ceb311Message> orders() {
        return new Ceb311PropertiesTest().orders();
    }

    @Provide
    Arbitrary<byte[]> anySignedType() {
        List<MessageSpec<?>> signed = CebMessages.all().stream().filter(s -> s.signature().allowed()).toList();
        return Arbitraries.of(signed).flatMap(spec -> RandomWire.of(spec).map(WireWriter::write));
    }

    private static XmlSigner signer(SignatureProfile profile) {
        return XmlSigner.custom((profile == SignatureProfile.RSA_SHA1 ? TestKeys.rsa() : TestKeys.sm2()).signer()).profile(profile).build();
    }

    @Property(tries = 40)
    void signedOrdersGetTheSameAnswerFromBothPaths(@ForAll("orders") Ceb311Message order, @ForAll SignatureProfile profile,
                                                   @ForAll double where) {
        byte[] signed = CODEC.writeSigned(order, signer(profile));

        assertThat(VerifyPaths.assertSameAsDom(VERIFIER, signed, null)).as("decided by the streaming path").isTrue();
        assertThat(VERIFIER.verify(signed).valid()).isTrue();
        VerifyPaths.assertSameAsDom(VERIFIER, flipped(signed, where), null);
    }

    @Property(tries = 60)
    void anySignedMessageTypeGetsTheSameAnswerFromBothPaths(@ForAll("anySignedType") byte[] message, @ForAll SignatureProfile profile,
                                                            @ForAll double where) {
        byte[] signed = signer(profile).sign(message);

        assertThat(VerifyPaths.assertSameAsDom(VERIFIER, signed, null)).as("decided by the streaming path").isTrue();
        VerifyPaths.assertSameAsDom(VERIFIER, flipped(signed, where), null);
    }

    /** {@code signed} with the byte at fraction {@code where} of its length changed (past the XML declaration). */
    private static byte[] flipped(byte[] signed, double where) {
        byte[] out = signed.clone();
        int at = WireWriter.CANONICAL_OFFSET + (int) (Math.abs(where) % 1.0 * (out.length - WireWriter.CANONICAL_OFFSET));
        out[at] ^= 0x01;
        return out;
    }
}
