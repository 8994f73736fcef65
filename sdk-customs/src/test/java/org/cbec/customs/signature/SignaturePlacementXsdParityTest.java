package org.cbec.customs.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cbec.core.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.SignaturePlacement;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.VerificationFailure;
import org.cbec.core.signature.VerificationResult;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Violation;
import org.cbec.core.xml.CebXmlException;
import org.cbec.customs.CebMessages;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;

/**
 * Around the signature the SDK refuses exactly what the official XSD refuses: a {@code ds:Signature} before the
 * business nodes (or, in the export schema, after {@code ExtendMessage}), a {@code ds:Object} inside it, anything after
 * the root element. A business node hidden in {@code KeyInfo}, which the XSD lets pass (lax {@code ##other}), is never
 * read as the message.
 */
class SignaturePlacementXsdParityTest {

    private static final String IMPORT_XSD = "ceb-import-202205.xsd";
    private static final String EXPORT_XSD = "ceb-export-202205.xsd";
    private static final CebCodec CODEC = CebCodec.builder().readPolicy(CebMessages.strictReading()).build();

    private static String signedOrder() {
        return text(CebCodec.ofDefaults().writeSigned(Orders.valid(), XmlSigner.custom(TestKeys.sm2().signer()).build()));
    }

    private static String signature(String xml) {
        return xml.substring(xml.indexOf("<ds:Signature"), xml.indexOf("</ds:Signature>") + "</ds:Signature>".length());
    }

    private static List<Violation> errors(String xml) {
        return CODEC.parseAny(bytes(xml), CebMessages::resolve).report().errors();
    }

    private static VerificationResult verify(String xml) {
        return TestKeys.verifier().verify(bytes(xml));
    }

    @Test
    void theSignedMessageIsValidForBothAndVerifies() {
        String xml = signedOrder();

        assertThat(OfficialSpec.schemaError(bytes(xml), IMPORT_XSD)).isNull();
        assertThat(errors(xml)).isEmpty();
        assertThat(verify(xml).valid()).isTrue();
    }

    @Test
    void aSignatureBeforeTheBusinessNodesIsRefusedByBoth() {
        String xml = signedOrder();
        String sig = signature(xml);
        String first = xml.replace(sig, "").replaceFirst("(<ceb:CEB311Message[^>]*>)", "$1" + java.util.regex.Matcher.quoteReplacement(sig));

        assertThat(OfficialSpec.schemaError(bytes(first), IMPORT_XSD)).isNotNull();
        assertThat(errors(first)).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(Rule.ORDER);
            assertThat(v.path()).isEqualTo("ds:Signature");
            assertThat(v.message()).contains("must come after <Order>");
        });
        assertThat(verify(first).failure()).contains(VerificationFailure.MALFORMED_SIGNATURE);
        assertThat(verify(first).detail()).contains("stands before <ceb:Order>");
    }

    @Test
    void anObjectInsideTheSignatureIsRefusedByBothAndItsContentIsNeverTheMessage() {
        String xml = signedOrder();
        String hidden = "<ds:Object><ceb:Order><ceb:OrderHead><ceb:orderNo>HIDDEN-ORDER</ceb:orderNo></ceb:OrderHead></ceb:Order></ds:Object>";
        String withObject = xml.replace("</ds:Signature>", hidden + "</ds:Signature>");

        assertThat(OfficialSpec.schemaError(bytes(withObject), IMPORT_XSD)).isNotNull();
        CebCodec.Parsed<?> parsed = CODEC.parseAny(bytes(withObject), CebMessages::resolve);
        assertThat(parsed.report().errors()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_ELEMENT);
            assertThat(v.path()).isEqualTo("ds:Signature.ds:Object");
        });
        assertThat(((Ceb311Message) parsed.message()).orders()).extracting(o -> o.orderHead().orderNo()).doesNotContain("HIDDEN-ORDER");
        assertThat(verify(withObject).failure()).contains(VerificationFailure.MALFORMED_SIGNATURE);
    }

    @Test
    void contentAfterTheRootElementIsRefusedByBoth() {
        for (String trailing : List.of("<ceb:Order/>", "garbage", "<?xml version=\"1.0\"?><x/>")) {
            String xml = signedOrder() + trailing;
            assertThat(OfficialSpec.schemaError(bytes(xml), IMPORT_XSD)).as(trailing).isNotNull();
            assertThatThrownBy(() -> CODEC.parseAny(bytes(xml), CebMessages::resolve)).as(trailing).isInstanceOf(CebXmlException.class)
                    .satisfies(e -> assertThat(((CebXmlException) e).errorCode()).isEqualTo(ErrorCode.XML_MALFORMED));
            assertThatThrownBy(() -> verify(xml)).as(trailing).isInstanceOf(CebXmlException.class);
        }
        String comment = signedOrder() + "\n<!-- archived -->\n";
        assertThat(OfficialSpec.schemaError(bytes(comment), IMPORT_XSD)).isNull();
        assertThat(errors(comment)).isEmpty();
    }

    @Test
    void aBusinessNodeHiddenInKeyInfoIsNeverReadAsTheMessage() {
        String xml = signedOrder().replace("</ds:KeyInfo>",
                "<ceb:Order><ceb:OrderHead><ceb:orderNo>HIDDEN-ORDER</ceb:orderNo></ceb:OrderHead></ceb:Order></ds:KeyInfo>");

        CebCodec.Parsed<?> parsed = CODEC.parseAny(bytes(xml), CebMessages::resolve);

        assertThat(((Ceb311Message) parsed.message()).orders()).singleElement()
                .satisfies(o -> assertThat(o.orderHead().orderNo()).isEqualTo(Orders.valid().orders().get(0).orderHead().orderNo()));
        assertThat(xml).contains("HIDDEN-ORDER");
    }

    @Test
    void inTheExportSchemaTheSignatureGoesBeforeExtendMessageForBoth() {
        String sample = text(OfficialSpec.read(OfficialSpec.sample("export/CEB701Message.xml")));
        String extend = "<ceb:ExtendMessage><ceb:name>x</ceb:name><ceb:version>1</ceb:version><ceb:Message/></ceb:ExtendMessage>";
        String unsigned = sample.replace(signature(sample), "").replace("</ceb:CEB701Message>", extend + "</ceb:CEB701Message>");
        String signed = text(XmlSigner.custom(TestKeys.sm2().signer()).placement(SignaturePlacement.BEFORE_EXTEND_MESSAGE).build().sign(bytes(unsigned)));
        String after = signed.replace(signature(signed), "").replace("</ceb:ExtendMessage>", "</ceb:ExtendMessage>" + signature(signed));
        assertThat(after).isNotEqualTo(signed);

        assertThat(OfficialSpec.schemaError(bytes(signed), EXPORT_XSD)).isNull();
        assertThat(errors(signed)).noneSatisfy(v -> assertThat(v.path()).startsWith("ds:Signature"));
        assertThat(verify(signed).valid()).isTrue();
        assertThat(OfficialSpec.schemaError(bytes(after), EXPORT_XSD)).isNotNull();
        assertThat(errors(after)).anySatisfy(v -> assertThat(v.message()).isEqualTo("<ds:Signature> must come before <ExtendMessage>"));
    }

    @Test
    void aSignatureOnAMessageTypeWithoutOneIsRefusedByBoth() {
        String sample = text(OfficialSpec.read(OfficialSpec.sample("export/CEB506Message.xml")));
        String signed = sample.replace("</ceb:CEB506Message>", signature(signedOrder()) + "</ceb:CEB506Message>");

        assertThat(OfficialSpec.schemaError(bytes(sample), EXPORT_XSD)).isNull();
        assertThat(OfficialSpec.schemaError(bytes(signed), EXPORT_XSD)).isNotNull();
        assertThat(errors(signed)).anySatisfy(v -> assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_ELEMENT));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
