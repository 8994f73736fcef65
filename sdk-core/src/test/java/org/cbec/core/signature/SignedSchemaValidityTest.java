package org.cbec.core.signature;

import org.cbec.core.testing.OfficialSpec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the signer writes is valid against the official import XSD, for every import sample whose message type admits
 * {@code ds:Signature} (the declarations; the receipts CEBxx2 have no Signature in the schema and are not signed by
 * companies), and each profile. Each sample is also validated before signing, so a broken schema set-up cannot pass.
 */
class SignedSchemaValidityTest {

    private static final String IMPORT_XSD = "ceb-import-202205.xsd";

    @ParameterizedTest
    @EnumSource(SignatureProfile.class)
    void signedImportSamplesAreSchemaValid(SignatureProfile profile) {
        var signer = profile.keyAlgorithm() == KeyAlgorithm.SM2 ? TestKeys.sm2().signer() : TestKeys.rsa().signer();
        XmlSigner xmlSigner = XmlSigner.custom(signer).profile(profile).build();
        int signedCount = 0;
        for (Path sample : OfficialSpec.samples("import")) {
            byte[] original = OfficialSpec.read(sample);
            assertThat(OfficialSpec.schemaError(original, IMPORT_XSD)).as(sample.getFileName() + " before signing").isNull();
            if (!new String(original, StandardCharsets.UTF_8).contains("<ds:Signature")) {
                continue;
            }
            signedCount++;
            byte[] signed = xmlSigner.sign(original);
            assertThat(OfficialSpec.schemaError(signed, IMPORT_XSD)).as(sample.getFileName() + " signed with " + profile).isNull();
        }
        assertThat(signedCount).isGreaterThanOrEqualTo(8);
    }
}
