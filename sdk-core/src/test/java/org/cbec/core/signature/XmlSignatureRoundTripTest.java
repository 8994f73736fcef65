package org.cbec.core.signature;

import org.cbec.core.testing.OfficialSpec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cbec.core.signature.spi.Signer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every official sample, import and export, signed by the SDK with each profile, verifies. */
class XmlSignatureRoundTripTest {

    static Stream<Arguments> samplesAndProfiles() {
        return Stream.of("import", "export").flatMap(dir -> OfficialSpec.samples(dir).stream())
                .flatMap(p -> Stream.of(SignatureProfile.values()).map(profile -> Arguments.of(p, profile)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samplesAndProfiles")
    void everyOfficialSampleSignsAndVerifies(Path sample, SignatureProfile profile) {
        Signer signer = profile.keyAlgorithm() == KeyAlgorithm.SM2 ? TestKeys.sm2().signer() : TestKeys.rsa().signer();
        SignaturePlacement placement = sample.getParent().getFileName().toString().equals("export")
                ? SignaturePlacement.BEFORE_EXTEND_MESSAGE : SignaturePlacement.LAST_CHILD;
        byte[] signed = XmlSigner.custom(signer).profile(profile).placement(placement).build().sign(OfficialSpec.read(sample));

        VerificationResult r = TestKeys.verifier().verify(signed);

        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(r.profile()).contains(profile);
        assertThat(r.divergences()).isEmpty();
        assertThat(r.signerSerialHex()).contains(Certificates.serialHex(signer.certificate()));
        String xml = new String(signed, StandardCharsets.UTF_8);
        assertThat(xml.split("<ds:Signature[ >]", -1)).as("exactly one signature").hasSize(2);
    }
}
