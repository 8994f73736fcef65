package org.cbec.core.signature;

import org.cbec.core.testing.OfficialSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbec.core.signature.SampleXml.between;
import static org.cbec.core.signature.SampleXml.bytes;
import static org.cbec.core.signature.SampleXml.replaceBetween;
import static org.cbec.core.signature.SampleXml.text;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.cbec.core.signature.internal.Canonical;
import org.cbec.core.signature.internal.Dom;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XmlVerifierTest {

    private static final Path CEB311 = OfficialSpec.spec().resolve("samples/import/CEB311Message.xml");

    private static String signedSm2() {
        return text(XmlSigner.custom(TestKeys.sm2().signer()).build().sign(OfficialSpec.read(CEB311)));
    }

    static java.util.List<Path> allSamples() {
        return java.util.stream.Stream.concat(OfficialSpec.samples("import").stream(), OfficialSpec.samples("export").stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("allSamples")
    void officialSamplesAreReportedAsFailingWithAClearReason(Path sample) {
        byte[] xml = OfficialSpec.read(sample);
        VerificationResult r = XmlVerifier.ofDefaults().verify(xml);

        assertThat(r.valid()).isFalse();
        if (!text(xml).contains("<ds:Signature")) {
            assertThat(r.failure()).contains(VerificationFailure.NO_SIGNATURE);
            return;
        }
        assertThat(r.failure()).contains(VerificationFailure.DIGEST_MISMATCH);
        assertThat(r.divergences()).contains(SignatureDivergence.BASE64_LINE_BREAKS);
        if (text(xml).contains("xmldsig#sm3")) {
            assertThat(r.divergences()).contains(SignatureDivergence.SHA1_LENGTH_DIGEST_UNDER_SM3);
            assertThat(r.detail()).contains("20 bytes");
        }
        assertThat(r.signerSerialHex()).contains("009927");
    }

    @Test
    void sm2SignatureUsesTheSpecificationsUrisAndWireForm() {
        String xml = signedSm2();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ceb:CEB311Message")
                .contains("<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">")
                .contains("Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"")
                .contains("Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"")
                .contains("<ds:Reference URI=\"\"><ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\">")
                .contains("<ds:KeyName>03000000000cde6f</ds:KeyName>")
                .contains("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .endsWith("</ds:Signature></ceb:CEB311Message>");
        assertThat(Base64.getDecoder().decode(between(xml, "ds:SignatureValue"))).hasSize(64);
        assertThat(Base64.getDecoder().decode(between(xml, "ds:DigestValue"))).hasSize(32);
        assertThat(between(xml, "ds:X509Certificate")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void profileFollowsTheKeyTypeUnlessFixed() {
        assertThat(XmlSigner.custom(TestKeys.sm2().signer()).build().profile()).isEqualTo(SignatureProfile.SM2_SM3);
        assertThat(XmlSigner.custom(TestKeys.rsa().signer()).build().profile()).isEqualTo(SignatureProfile.RSA_SHA1);
        assertThat(XmlSigner.custom(TestKeys.sm2().signer()).profile(SignatureProfile.LEGACY_SM2_SHA1).build().profile())
                .isEqualTo(SignatureProfile.LEGACY_SM2_SHA1);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> XmlSigner.custom(TestKeys.sm2().signer()).profile(SignatureProfile.RSA_SHA1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA");
    }

    @Test
    void existingSignatureIsReplacedAndResigningIsStable() {
        XmlSigner signer = XmlSigner.custom(TestKeys.sm2().signer()).build();
        byte[] once = signer.sign(OfficialSpec.read(CEB311));
        byte[] twice = signer.sign(once);
        assertThat(TestKeys.verifier().verify(twice).valid()).isTrue();
        assertThat(text(twice).split("<ds:Signature[ >]", -1)).hasSize(2);
        assertThat(between(text(twice), "ds:DigestValue")).isEqualTo(between(text(once), "ds:DigestValue"));
    }

    @Test
    void signatureGoesBeforeExtendMessageForExportPlacement() {
        String sample = text(OfficialSpec.read(OfficialSpec.spec().resolve("samples/export/CEB303Message.xml")));
        String withExtend = sample.replace("</ceb:CEB303Message>", "<ceb:ExtendMessage><ceb:name>x</ceb:name></ceb:ExtendMessage></ceb:CEB303Message>");

        String exportSigned = text(XmlSigner.custom(TestKeys.sm2().signer()).placement(SignaturePlacement.BEFORE_EXTEND_MESSAGE).build().sign(bytes(withExtend)));
        String importSigned = text(XmlSigner.custom(TestKeys.sm2().signer()).build().sign(bytes(withExtend)));

        assertThat(exportSigned).contains("</ds:Signature><ceb:ExtendMessage>");
        assertThat(importSigned).contains("</ceb:ExtendMessage><ds:Signature").endsWith("</ds:Signature></ceb:CEB303Message>");
        assertThat(TestKeys.verifier().verify(bytes(exportSigned)).valid()).isTrue();
    }

    @Test
    void tamperedBusinessValueIsADigestMismatch() {
        String xml = signedSm2().replaceFirst("<ceb:acturalPaid>19050</ceb:acturalPaid>", "<ceb:acturalPaid>19.05</ceb:acturalPaid>");
        VerificationResult r = TestKeys.verifier().verify(bytes(xml));
        assertThat(r.failure()).contains(VerificationFailure.DIGEST_MISMATCH);
        assertThat(r.divergences()).isEmpty();
    }

    @Test
    void tamperedSignedInfoIsAnInvalidSignature() {
        String xml = signedSm2();
        String tamperedDoc = xml.replaceFirst("<ceb:buyerName>aa</ceb:buyerName>", "<ceb:buyerName>bb</ceb:buyerName>");
        // the forger recomputes the digest of the changed content and writes it into SignedInfo
        byte[] forged = XmlSigner.custom(TestKeys.otherSm2().signer()).build().sign(bytes(tamperedDoc));
        String withForgedDigest = replaceBetween(tamperedDoc, "ds:DigestValue", between(text(forged), "ds:DigestValue"));

        VerificationResult r = TestKeys.verifier().verify(bytes(withForgedDigest));

        assertThat(r.failure()).contains(VerificationFailure.SIGNATURE_INVALID);
        assertThat(r.detail()).contains("03000000000cde6f");
    }

    @Test
    void tamperedSignatureValueIsAnInvalidSignature() {
        String xml = signedSm2();
        byte[] sig = Base64.getDecoder().decode(between(xml, "ds:SignatureValue"));
        sig[10] ^= 1;
        VerificationResult r = TestKeys.verifier().verify(bytes(replaceBetween(xml, "ds:SignatureValue", Base64.getEncoder().encodeToString(sig))));
        assertThat(r.failure()).contains(VerificationFailure.SIGNATURE_INVALID);
    }

    @Test
    void base64WrappedAt64Or76CharactersIsAccepted() {
        String xml = signedSm2();
        String wrapped = replaceBetween(xml, "ds:SignatureValue", SampleXml.wrap(between(xml, "ds:SignatureValue"), 64, "\r\n"));
        wrapped = replaceBetween(wrapped, "ds:X509Certificate", SampleXml.wrap(between(xml, "ds:X509Certificate"), 76, "\n"));
        VerificationResult r = TestKeys.verifier().verify(bytes(wrapped));
        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(r.divergences()).containsExactly(SignatureDivergence.BASE64_LINE_BREAKS);
    }

    @Test
    void prettyPrintedDocumentFromAnotherSerializerStillVerifies() {
        String xml = signedSm2().replace("<ds:SignedInfo>", "<ds:SignedInfo >").replace("<ceb:note></ceb:note>", "<ceb:note/>")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "\uFEFF<?xml version='1.0' encoding='UTF-8'?>");
        assertThat(TestKeys.verifier().verify(bytes(xml)).valid()).isTrue();
    }

    @Test
    void aPinnedCertificateRefusesAMessageSignedWithAnother() {
        byte[] signed = bytes(signedSm2());
        assertThat(XmlVerifier.custom().trust(TestKeys.sm2().certificate()).build().verify(signed).valid()).isTrue();
        VerificationResult r = XmlVerifier.custom().trust(TestKeys.otherSm2().certificate()).build().verify(signed);
        assertThat(r.failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
        assertThat(r.signerSerialHex()).contains("03000000000cde6f");
    }

    @Test
    void unreadableCertificateIsReported() {
        VerificationResult r = TestKeys.verifier().verify(bytes(replaceBetween(signedSm2(), "ds:X509Certificate", "AAAA")));
        assertThat(r.failure()).contains(VerificationFailure.CERTIFICATE_UNPARSEABLE);
    }

    @Test
    void aCertificateWhosePublicKeyCannotBeReadIsReportedNotThrown() throws Exception {
        String signed = text(XmlSigner.custom(TestKeys.rsa().signer()).build().sign(OfficialSpec.read(CEB311)));
        byte[] der = TestKeys.rsa().certificate().getEncoded();
        byte[] modulus = ((java.security.interfaces.RSAPublicKey) TestKeys.rsa().certificate().getPublicKey()).getModulus().toByteArray();
        int last = indexOf(der, modulus) + modulus.length - 1;
        der[last] &= (byte) 0xFE;             // an even modulus: Bouncy Castle refuses to read the key

        VerificationResult r = TestKeys.verifier().verify(bytes(replaceBetween(signed, "ds:X509Certificate", Base64.getEncoder().encodeToString(der))));

        assertThat(r.failure()).contains(VerificationFailure.CERTIFICATE_UNPARSEABLE);
        assertThat(r.detail()).contains("cannot be read");
    }

    @Test
    void aCertificateWithAnUnreadableValidityDateIsReportedNotThrown() throws Exception {
        String signed = text(XmlSigner.custom(TestKeys.rsa().signer()).build().sign(OfficialSpec.read(CEB311)));
        byte[] der = TestKeys.rsa().certificate().getEncoded();
        byte[] notAfter = java.time.format.DateTimeFormatter.ofPattern("yyMMdd").withZone(java.time.ZoneOffset.UTC)
                .format(TestKeys.rsa().certificate().getNotAfter().toInstant()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        der[indexOf(der, notAfter) + 2] = '.'; // "YY.MDDhhmmssZ": the DER still parses, the date does not (VerifyPathsPropertiesTest found it)

        VerificationResult r = TestKeys.verifier().verify(bytes(replaceBetween(signed, "ds:X509Certificate", Base64.getEncoder().encodeToString(der))));

        assertThat(r.failure()).contains(VerificationFailure.CERTIFICATE_UNPARSEABLE);
        assertThat(r.detail()).contains("cannot be read");
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void unknownSignatureMethodIsReported() {
        String xml = signedSm2().replace("xmldsig#sm2-sm3", "xmldsig#sm9");
        VerificationResult r = TestKeys.verifier().verify(bytes(xml));
        assertThat(r.failure()).contains(VerificationFailure.UNKNOWN_ALGORITHM);
        assertThat(r.detail()).contains("sm9");
    }

    @Test
    void unsignedMessageIsReported() {
        String xml = signedSm2();
        String unsigned = xml.substring(0, xml.indexOf("<ds:Signature")) + "</ceb:CEB311Message>";
        assertThat(TestKeys.verifier().verify(bytes(unsigned)).failure()).contains(VerificationFailure.NO_SIGNATURE);
    }

    @Test
    void withCommentsCanonicalizationIsAcceptedAndReported() {
        String xml = signedSm2().replace("REC-xml-c14n-20010315\"", "REC-xml-c14n-20010315#WithComments\"");
        byte[] resigned = resignSignedInfo(bytes(xml));
        VerificationResult r = TestKeys.verifier().verify(resigned);
        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(r.divergences()).contains(SignatureDivergence.WITH_COMMENTS_C14N);
    }

    @Test
    void digestTakenWithCommentsUnderTheNoCommentsUriIsReportedPrecisely() {
        String withComment = text(OfficialSpec.read(CEB311)).replace("<ceb:Order>", "<!-- a comment --><ceb:Order>");
        Document doc = SecureXml.parseDom(bytes(withComment), XmlLimits.ofDefaults());
        Element root = doc.getDocumentElement();
        Dom.rootSignatures(root).forEach(root::removeChild);
        byte[] element = XmlSigner.custom(TestKeys.sm2().signer()).build()
                .signatureElement(Canonical.c14n(doc, true), Dom.declaredNamespaces(root));
        String canonical = text(Canonical.c14n(doc, true));
        String signed = canonical.replace("</ceb:CEB311Message>", text(element) + "</ceb:CEB311Message>");

        VerificationResult r = TestKeys.verifier().verify(bytes(signed));

        assertThat(r.failure()).contains(VerificationFailure.DIGEST_MISMATCH);
        assertThat(r.divergences()).contains(SignatureDivergence.DIGEST_OVER_COMMENTS);
        assertThat(r.detail()).contains("WITH comments");
    }

    @Test
    void fastPathElementInsertedIntoCanonicalBytesVerifiesWithTheDomVerifier() {
        // what the SDK's own writer will hold: the canonical message without signature, and the root's declarations
        Document doc = SecureXml.parseDom(OfficialSpec.read(CEB311), XmlLimits.ofDefaults());
        Element root = doc.getDocumentElement();
        Dom.rootSignatures(root).forEach(root::removeChild);
        byte[] canonical = Canonical.c14n(doc, false);
        Map<String, String> ns = Map.of("ceb", "http://www.chinaport.gov.cn/ceb");

        for (SignatureProfile profile : SignatureProfile.values()) {
            var signer = profile.keyAlgorithm() == KeyAlgorithm.SM2 ? TestKeys.sm2().signer() : TestKeys.rsa().signer();
            byte[] element = XmlSigner.custom(signer).profile(profile).build().signatureElement(canonical, ns);
            String signed = text(canonical).replace("</ceb:CEB311Message>", text(element) + "</ceb:CEB311Message>");

            VerificationResult r = TestKeys.verifier().verify(bytes(signed));

            assertThat(r.valid()).as(profile + ": " + r).isTrue();
            assertThat(r.profile()).contains(profile);
        }
    }

    /** Signs the canonical SignedInfo of {@code signed} again with the SM2 test key (after editing SignedInfo). */
    static byte[] resignSignedInfo(byte[] signed) {
        Document doc = SecureXml.parseDom(signed, XmlLimits.ofDefaults());
        Element sig = Dom.rootSignatures(doc.getDocumentElement()).get(0);
        boolean withComments = text(signed).contains("#WithComments");
        byte[] si = Canonical.c14n(Dom.dsChild(sig, "SignedInfo"), withComments);
        String value = TestKeys.sm2().signer().sign(si).base64();
        return bytes(replaceBetween(text(signed), "ds:SignatureValue", value));
    }
}
