package org.cbec.core.envelope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbec.core.envelope.Fixtures.DXP;
import static org.cbec.core.envelope.Fixtures.TERMINAL_XSD;
import static org.cbec.core.envelope.Fixtures.transInfo;

import java.util.List;
import org.cbec.core.error.CebException;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;

/**
 * Unwrapping refuses what the official terminal-node schema refuses around the envelope's signature: a
 * {@code ds:Object} inside it, and anything after the root element; the same envelopes with a plain signature, or
 * with only a comment after the root, pass both.
 */
class DxpEnvelopeXsdParityTest {

    private static final String SIGNATURE = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/>"
            + "<ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>AAAA</ds:SignatureValue>%s</ds:Signature>";

    private static String envelope(String signatureContent) {
        String xml = new String(DXP.write(DXP.wrap("<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/>".getBytes(UTF_8),
                transInfo().build())), UTF_8);
        return xml.replace("</dxp:DxpMsg>", String.format(SIGNATURE, signatureContent) + "</dxp:DxpMsg>");
    }

    @Test
    void aPlainSignatureAndATrailingCommentPassBoth() {
        for (String xml : List.of(envelope(""), envelope("") + "\n<!-- kept for audit -->\n")) {
            OfficialSpec.assertValid(xml.getBytes(UTF_8), TERMINAL_XSD);
            assertThat(DXP.read(xml.getBytes(UTF_8)).transInfo().msgType()).isEqualTo("CEB311Message");
        }
    }

    @Test
    void anObjectInsideTheEnvelopesSignatureIsRefusedByBoth() {
        byte[] xml = envelope("<ds:Object><ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/></ds:Object>").getBytes(UTF_8);

        assertThat(OfficialSpec.schemaError(xml, TERMINAL_XSD)).isNotNull();
        assertThatThrownBy(() -> DXP.read(xml)).isInstanceOf(DxpEnvelopeException.class).hasMessageContaining("<Object> is not allowed in ds:Signature");
    }

    @Test
    void contentAfterTheRootElementIsRefusedByBoth() {
        for (String trailing : List.of("<dxp:DxpMsg xmlns:dxp=\"http://www.chinaport.gov.cn/dxp\"/>", "trailing text")) {
            byte[] xml = (envelope("") + trailing).getBytes(UTF_8);
            assertThat(OfficialSpec.schemaError(xml, TERMINAL_XSD)).as(trailing).isNotNull();
            assertThatThrownBy(() -> DXP.read(xml)).as(trailing).isInstanceOf(CebException.class);
        }
    }
}
