package org.cbec.core.signature;

import org.cbec.core.testing.ExternalTools;
import org.cbec.core.testing.OfficialSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbec.core.signature.SampleXml.between;
import static org.cbec.core.signature.SampleXml.bytes;
import static org.cbec.core.signature.SampleXml.replaceBetween;
import static org.cbec.core.signature.SampleXml.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.cbec.core.signature.internal.Canonical;
import org.cbec.core.signature.internal.Crypto;
import org.cbec.core.signature.internal.Dom;
import org.cbec.core.signature.internal.VerifyingKeys;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Independent proof: OpenSSL and xmlsec1 agree with the SDK (the xmlsec1 test runs with {@code -Pexternal-tools}). */
class ExternalToolProofTest {

    private static final Path CEB311 = OfficialSpec.spec().resolve("samples/import/CEB311Message.xml");

    @TempDir
    Path dir;

    /** The canonical SignedInfo of a signed message, computed with Santuario in the context of the document. */
    private static byte[] canonicalSignedInfo(byte[] signed) {
        Document doc = SecureXml.parseDom(signed, XmlLimits.ofDefaults());
        Element sig = Dom.rootSignatures(doc.getDocumentElement()).get(0);
        return Canonical.c14n(Dom.dsChild(sig, "SignedInfo"), false);
    }

    private ExternalTool.Result opensslVerify(byte[] data, byte[] rawSignature) throws Exception {
        Files.write(dir.resolve("data"), data);
        Files.write(dir.resolve("sig.der"), Crypto.sm2Der(rawSignature));
        Files.writeString(dir.resolve("pub.pem"), TestKeys.sm2().publicKeyPem());
        return ExternalTool.run(dir, "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-digest", "sm3",
                "-pkeyopt", "distid:1234567812345678", "-in", "data", "-sigfile", "sig.der");
    }

    @Test
    void opensslVerifiesTheSdksSm2SignatureOverTheCanonicalSignedInfo() throws Exception {
        byte[] signed = XmlSigner.custom(TestKeys.sm2().signer()).build().sign(OfficialSpec.read(CEB311));
        byte[] signedInfo = canonicalSignedInfo(signed);
        assertThat(text(signedInfo)).startsWith("<ds:SignedInfo xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" "
                + "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        byte[] sig = Base64.getDecoder().decode(between(text(signed), "ds:SignatureValue"));

        ExternalTool.Result ok = opensslVerify(signedInfo, sig);
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Signature Verified Successfully");

        signedInfo[signedInfo.length - 20] ^= 1;
        ExternalTool.Result tampered = opensslVerify(signedInfo, sig);
        assertThat(tampered.exitCode()).as("openssl must reject changed data: " + tampered.output()).isNotZero();
    }

    @Test
    void opensslVerifiesEverySm2SignatureOfTheSdksSigner() throws Exception {
        // every signature draws a fresh k, so each one exercises the SDK's k·G comb (Sm2BaseMultiplier) anew
        java.util.Random random = new java.util.Random(22);
        for (int i = 0; i < 25; i++) {
            byte[] data = new byte[1 + random.nextInt(800)];
            random.nextBytes(data);
            byte[] signature = TestKeys.sm2().signer().sign(data).bytes();
            ExternalTool.Result ok = opensslVerify(data, signature);
            assertThat(ok.exitCode()).as("signature %d: %s", i, ok.output()).isZero();
        }
    }

    @Test
    void sdkVerifierAcceptsAnSm2SignatureMadeByOpenssl() throws Exception {
        byte[] signed = XmlSigner.custom(TestKeys.sm2().signer()).build().sign(OfficialSpec.read(CEB311));
        Files.write(dir.resolve("data"), canonicalSignedInfo(signed));
        Files.writeString(dir.resolve("key.pem"), TestKeys.sm2().privateKeyPem());

        ExternalTool.Result r = ExternalTool.run(dir, "openssl", "pkeyutl", "-sign", "-inkey", "key.pem", "-rawin", "-digest", "sm3",
                "-pkeyopt", "distid:1234567812345678", "-in", "data", "-out", "sig.der");
        assertThat(r.exitCode()).as(r.output()).isZero();
        byte[] raw = Crypto.sm2Raw(Files.readAllBytes(dir.resolve("sig.der")));
        String withOpensslSignature = replaceBetween(text(signed), "ds:SignatureValue", Base64.getEncoder().encodeToString(raw));

        VerificationResult result = TestKeys.verifier().verify(bytes(withOpensslSignature));

        assertThat(result.valid()).as(result.toString()).isTrue();
        assertThat(between(withOpensslSignature, "ds:SignatureValue")).isNotEqualTo(between(text(signed), "ds:SignatureValue"));
    }

    @Test
    void theVerifiersPreparedKeyAcceptsOpensslsSignaturesBeforeAndAfterItBuildsItsTables() throws Exception {
        // one key for every signature: the first seven checks run Bouncy Castle's Shamir's trick, the later ones the combs
        // of G and of the key's point (Sm2VerifyingKey); each signature is openssl's, with its own k
        VerifyingKeys.Key key = VerifyingKeys.Key.of(TestKeys.sm2().certificate());
        Files.writeString(dir.resolve("key.pem"), TestKeys.sm2().privateKeyPem());
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 12; i++) {
            byte[] data = new byte[1 + random.nextInt(800)];
            random.nextBytes(data);
            Files.write(dir.resolve("data"), data);
            ExternalTool.Result r = ExternalTool.run(dir, "openssl", "pkeyutl", "-sign", "-inkey", "key.pem", "-rawin", "-digest", "sm3",
                    "-pkeyopt", "distid:1234567812345678", "-in", "data", "-out", "sig.der");
            assertThat(r.exitCode()).as(r.output()).isZero();
            byte[] der = Files.readAllBytes(dir.resolve("sig.der"));

            assertThat(key.verify(data, der)).as("openssl signature %d (DER)", i).isTrue();
            assertThat(key.verify(data, Crypto.sm2Raw(der))).as("openssl signature %d (r||s)", i).isTrue();
            data[data.length - 1] ^= 1;
            assertThat(key.verify(data, der)).as("openssl signature %d over changed data", i).isFalse();
        }
    }

    @Test
    @Tag(ExternalTools.TAG) // xmlsec1 is not a Maven artifact: runs with -Pexternal-tools
    void xmlsec1AcceptsAnSdkSignedRsaSha1Message() throws Exception {
        byte[] signed = XmlSigner.custom(TestKeys.rsa().signer()).build().sign(OfficialSpec.read(CEB311));
        Files.write(dir.resolve("signed.xml"), signed);
        Files.writeString(dir.resolve("cert.pem"), TestKeys.rsa().certificatePem());

        ExternalTool.Result ok = xmlsec1Verify("signed.xml");
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("OK");

        Files.write(dir.resolve("tampered.xml"), bytes(text(signed).replace("<ceb:buyerName>aa<", "<ceb:buyerName>ab<")));
        ExternalTool.Result tampered = xmlsec1Verify("tampered.xml");
        assertThat(tampered.exitCode()).as("xmlsec1 must reject a changed message: " + tampered.output()).isNotZero();
    }

    private ExternalTool.Result xmlsec1Verify(String file) {
        // --enabled-key-data key-name: take the key from --pubkey-cert-pem and ignore the embedded X509Data chain,
        // which xmlsec1 would otherwise try to validate against a trust store (our test CA is not in one)
        return ExternalTool.run(dir, "xmlsec1", "--verify", "--enabled-key-data", "key-name", "--pubkey-cert-pem", "cert.pem", file);
    }
}
