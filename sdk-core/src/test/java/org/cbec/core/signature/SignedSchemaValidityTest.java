package org.cbec.core.signature;

import org.cbec.core.testing.OfficialSpec;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the signer writes is valid against the official import XSD, for every import sample whose message type admits
 * {@code ds:Signature} (the declarations; the receipts CEBxx2 have no Signature in the schema and are not signed by
 * companies), and each profile. Each sample is also validated before signing, so a broken schema set-up cannot pass.
 */
class SignedSchemaValidityTest {

    private static Schema importSchema() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return f.newSchema(OfficialSpec.spec().resolve("xsd/ceb-import-202205.xsd").toFile());
    }

    @ParameterizedTest
    @EnumSource(SignatureProfile.class)
    void signedImportSamplesAreSchemaValid(SignatureProfile profile) throws Exception {
        Schema schema = importSchema();
        var signer = profile.keyAlgorithm() == KeyAlgorithm.SM2 ? TestKeys.sm2().signer() : TestKeys.rsa().signer();
        XmlSigner xmlSigner = XmlSigner.custom(signer).profile(profile).build();
        int signedCount = 0;
        for (Path sample : OfficialSpec.samples("import")) {
            byte[] original = OfficialSpec.read(sample);
            assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(original))))
                    .as(sample.getFileName() + " before signing").doesNotThrowAnyException();
            if (!new String(original, java.nio.charset.StandardCharsets.UTF_8).contains("<ds:Signature")) {
                continue;
            }
            signedCount++;
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            byte[] signed = xmlSigner.sign(OfficialSpec.read(sample));
            assertThatCode(() -> v.validate(new StreamSource(new ByteArrayInputStream(signed))))
                    .as(sample.getFileName() + " signed with " + profile).doesNotThrowAnyException();
        }
        org.assertj.core.api.Assertions.assertThat(signedCount).isGreaterThanOrEqualTo(8);
    }
}
