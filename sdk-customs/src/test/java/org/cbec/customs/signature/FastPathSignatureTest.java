package org.cbec.customs.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.xml.security.c14n.Canonicalizer;
import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.WireNode;
import org.cbec.core.signature.SignatureProfile;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.testing.RandomWire;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.cbec.core.xml.internal.WireWriter;
import org.cbec.customs.CebMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signing fast path, for every message type the SDK supports: the bytes the codec writes are exactly Santuario's
 * inclusive C14N of the same document (so the fast path's digest equals Santuario's), and the message signed without
 * a DOM verifies with the DOM-based verifier and validates against the official schema.
 */
class FastPathSignatureTest {

    private static final CebCodec CODEC = CebCodec.builder().writeCheck(CebCodec.WriteCheck.SCHEMA).build();

    static Stream<MessageSpec<?>> types() {
        return CebMessages.all().stream();
    }

    static Stream<MessageSpec<?>> signedTypes() {
        return types().filter(s -> s.signature().allowed());
    }

    private static CebMessage random(MessageSpec<?> spec, long seed) {
        WireNode wire = RandomWire.of(spec).generator(1).next(new Random(seed)).value();
        return (CebMessage) spec.root().fromWire(wire);
    }

    @ParameterizedTest
    @MethodSource("types")
    void writtenBytesAreSantuariosCanonicalFormOfTheDocument(MessageSpec<?> spec) throws Exception {
        org.apache.xml.security.Init.init();
        for (long seed = 0; seed < 20; seed++) {
            byte[] xml = CODEC.write(random(spec, seed));
            byte[] santuario = c14n(xml);

            assertThat(Arrays.copyOfRange(xml, WireWriter.CANONICAL_OFFSET, xml.length)).isEqualTo(santuario);
        }
    }

    private static byte[] c14n(byte[] xml) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS)
                .canonicalizeSubtree(SecureXml.parseDom(xml, XmlLimits.ofDefaults()), out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("signedTypes")
    void messageSignedOnTheFastPathVerifiesAndIsSchemaValid(MessageSpec<?> spec) {
        String xsd = spec.direction() == MessageSpec.Direction.IMPORT ? "ceb-import-202205.xsd" : "ceb-export-202205.xsd";
        for (SignatureProfile profile : SignatureProfile.values()) {
            var key = profile == SignatureProfile.RSA_SHA1 ? TestKeys.rsa() : TestKeys.sm2();
            XmlSigner signer = XmlSigner.custom(key.signer()).profile(profile).build();

            byte[] signed = CODEC.writeSigned(random(spec, profile.ordinal()), signer);

            VerificationResult result = TestKeys.verifier().verify(signed);
            assertThat(result.valid()).as("%s %s: %s", spec.messageType(), profile, result).isTrue();
            assertThat(OfficialSpec.schemaError(signed, xsd)).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void typesWithoutASignatureSlotAreRefused(MessageSpec<?> spec) {
        if (spec.signature().allowed()) {
            return;
        }
        XmlSigner signer = XmlSigner.custom(TestKeys.sm2().signer()).build();

        assertThatThrownBy(() -> CODEC.writeSigned(random(spec, 1), signer))
                .isInstanceOf(CebException.class).hasMessageContaining("has no ds:Signature");
    }
}
