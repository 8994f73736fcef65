package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fast path's {@code ds:Signature} element. RSA PKCS#1 v1.5 signatures are deterministic, so two elements over the
 * same input are byte-equal exactly when their signed SignedInfo bytes are.
 */
class SignatureElementTest {

    private static final String CEB = "http://www.chinaport.gov.cn/ceb";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final byte[] DOCUMENT = ("<ceb:CEB621Message xmlns:ceb=\"" + CEB + "\" xmlns:xsi=\"" + XSI + "\" guid=\"1\">"
            + "\n\t<ceb:Inventory></ceb:Inventory>\n</ceb:CEB621Message>").getBytes(StandardCharsets.UTF_8);

    private static XmlSigner rsaSigner() {
        return XmlSigner.custom(TestKeys.rsa().signer()).profile(SignatureProfile.RSA_SHA1).build();
    }

    @Test
    void signingPartOfAnArrayEqualsSigningThatPartCopiedOut() {
        byte[] framed = new byte[DOCUMENT.length + 7];
        System.arraycopy(DOCUMENT, 0, framed, 3, DOCUMENT.length);
        Map<String, String> ns = Map.of("ceb", CEB, "xsi", XSI);

        byte[] inPlace = rsaSigner().signatureElement(framed, 3, DOCUMENT.length, ns);

        assertThat(inPlace).isEqualTo(rsaSigner().signatureElement(Arrays.copyOf(DOCUMENT, DOCUMENT.length), ns));
    }

    @Test
    void aRangeOutsideTheArrayIsRefused() {
        assertThatThrownBy(() -> rsaSigner().signatureElement(DOCUMENT, 5, DOCUMENT.length, Map.of()))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rootNamespacesChangedBetweenCallsAreTheOnesSignedInSignedInfo() {
        XmlSigner reused = rsaSigner();
        Map<String, String> ns = new HashMap<>(Map.of("ceb", CEB, "xsi", XSI));
        reused.signatureElement(DOCUMENT, ns);
        ns.put("ceb", "urn:another");

        byte[] second = reused.signatureElement(DOCUMENT, ns);

        assertThat(second).isEqualTo(rsaSigner().signatureElement(DOCUMENT, Map.of("ceb", "urn:another", "xsi", XSI)));
        assertThat(second).isNotEqualTo(rsaSigner().signatureElement(DOCUMENT, Map.of("ceb", CEB, "xsi", XSI)));
    }
}
