package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbec.core.signature.SampleXml.bytes;
import static org.cbec.core.signature.SampleXml.text;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.testing.OfficialSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificate trust of {@link XmlVerifier}: secure by default, pinned certificates, CA anchors (SM2 and RSA, with an
 * intermediate carried by the message), validity period and key usage, KeyName findings, and the ways trust is loaded.
 */
class TrustPolicyTest {

    private static final Instant NOW = Instant.now();
    private static final byte[] CEB311 = OfficialSpec.read(OfficialSpec.spec().resolve("samples/import/CEB311Message.xml"));

    private static byte[] sign(TestKeys.Entry key) {
        return XmlSigner.custom(key.signer()).build().sign(CEB311);
    }

    private static VerificationResult verify(byte[] signed, TrustPolicy trust) {
        return XmlVerifier.custom().trust(trust).build().verify(signed);
    }

    /** An attacker's own key and self-made certificate copying the genuine signer's subject and serial. */
    private static TestKeys.Entry forgery(TestKeys.Entry genuine) {
        String sameSubject = org.bouncycastle.asn1.x500.X500Name.getInstance(genuine.certificate().getSubjectX500Principal().getEncoded()).toString();
        return TestKeys.issue(null, "SM2", sameSubject, genuine.certificate().getSerialNumber(),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(365, ChronoUnit.DAYS), KeyUsage.digitalSignature | KeyUsage.nonRepudiation, false);
    }

    @Test
    void anIntactSignatureIsUntrustedWhenNoTrustIsConfigured() {
        VerificationResult r = XmlVerifier.ofDefaults().verify(sign(TestKeys.sm2()));

        assertThat(r.valid()).isFalse();
        assertThat(r.failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
        assertThat(r.detail()).contains("03000000000cde6f").contains("no trust is configured");
        assertThat(r.trust().orElseThrow().label()).isEqualTo("untrusted");
    }

    @Test
    void trustingTheEmbeddedCertificateIsExplicitAndSaysSo() {
        VerificationResult r = verify(sign(TestKeys.sm2()), TrustPolicy.embeddedCertificate());

        assertThat(r.valid()).isTrue();
        assertThat(r.trust().orElseThrow().kind()).isEqualTo(TrustDecision.Kind.EMBEDDED_UNTRUSTED);
        assertThat(r.trust().orElseThrow().label()).isEqualTo("embedded-untrusted");
    }

    @Test
    void aPinnedCertificateIsTrustedAndNamed() {
        VerificationResult r = verify(sign(TestKeys.sm2()), TrustPolicy.pinned(TestKeys.sm2().certificate()));

        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(r.trust().orElseThrow().label()).isEqualTo("pinned O=Test E-Commerce Co, CN=cbec-sdk test SM2 signer");
        assertThat(r.trust().orElseThrow().basis()).isEqualTo(TrustDecision.TimeBasis.VERIFICATION_TIME);
        assertThat(r.divergences()).doesNotContain(SignatureDivergence.KEY_NAME_NOT_SERIAL);
    }

    @Test
    void aForgedCertificateWithTheSameSubjectAndSerialIsRefusedWhetherPinnedOrAnchored() {
        TestKeys.Entry forged = forgery(TestKeys.sm2());
        assertThat(forged.certificate().getSubjectX500Principal()).isEqualTo(TestKeys.sm2().certificate().getSubjectX500Principal());
        assertThat(Certificates.serialHex(forged.certificate())).isEqualTo(Certificates.serialHex(TestKeys.sm2().certificate()));
        byte[] signed = sign(forged);

        VerificationResult pinned = verify(signed, TrustPolicy.pinned(TestKeys.sm2().certificate()));
        VerificationResult anchored = verify(signed, TrustPolicy.pinned(TestKeys.sm2Ca().certificate()));

        assertThat(pinned.failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
        assertThat(anchored.failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
        assertThat(pinned.signerSerialHex()).contains("03000000000cde6f");
    }

    @Test
    void aCaIssuedSm2ChainIsAcceptedThroughItsAnchor() {
        VerificationResult r = verify(sign(TestKeys.sm2()), TrustPolicy.pinned(TestKeys.sm2Ca().certificate()));

        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(r.trust().orElseThrow().kind()).isEqualTo(TrustDecision.Kind.ANCHOR);
        assertThat(r.trust().orElseThrow().label()).isEqualTo("anchor CN=cbec-sdk test SM2 CA");
    }

    @Test
    void aCaIssuedRsaChainIsAcceptedThroughItsAnchorButNotThroughAnotherCa() {
        byte[] signed = sign(TestKeys.rsa());

        assertThat(verify(signed, TrustPolicy.pinned(TestKeys.rsaCa().certificate())).valid()).isTrue();
        assertThat(verify(signed, TrustPolicy.pinned(TestKeys.sm2Ca().certificate())).failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
    }

    @Test
    void anIntermediateCarriedInX509DataCompletesThePathToTheRoot() {
        TestKeys.Entry root = TestKeys.issue(null, "SM2", "CN=Test Root", BigInteger.TEN, NOW.minus(2, ChronoUnit.DAYS), NOW.plus(900, ChronoUnit.DAYS),
                KeyUsage.keyCertSign | KeyUsage.cRLSign, true);
        TestKeys.Entry intermediate = TestKeys.issue(root, "SM2", "CN=Test Issuing CA", BigInteger.valueOf(11), NOW.minus(2, ChronoUnit.DAYS),
                NOW.plus(800, ChronoUnit.DAYS), KeyUsage.keyCertSign | KeyUsage.cRLSign, true);
        TestKeys.Entry signer = TestKeys.issue(intermediate, "SM2", "CN=Shop Signer", BigInteger.valueOf(12), NOW.minus(1, ChronoUnit.DAYS),
                NOW.plus(700, ChronoUnit.DAYS), KeyUsage.digitalSignature, false);
        String signed = text(sign(signer));
        String withIntermediate = signed.replace("</ds:X509Certificate>", "</ds:X509Certificate><ds:X509Certificate>"
                + Base64.getEncoder().encodeToString(encoded(intermediate)) + "</ds:X509Certificate>");
        TrustPolicy trustRoot = TrustPolicy.pinned(root.certificate());

        assertThat(verify(bytes(signed), trustRoot).failure()).contains(VerificationFailure.UNTRUSTED_CERTIFICATE);
        VerificationResult r = verify(bytes(withIntermediate), trustRoot);
        assertThat(r.valid()).as(r.toString()).isTrue();
        assertThat(r.trust().orElseThrow().label()).isEqualTo("anchor CN=Test Root");
    }

    @Test
    void anExpiredCertificateIsRefusedEvenWhenPinnedUnlessCheckedAtItsSigningTime() {
        TestKeys.Entry old = TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=Old Signer", BigInteger.valueOf(2010),
                Instant.parse("2010-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"), KeyUsage.digitalSignature, false);
        byte[] signed = sign(old);   // the sample declares appTime 2016-03-08, after the certificate expired
        byte[] signedIn2010 = sign(old, "20100601120000");

        VerificationResult now = verify(signed, TrustPolicy.pinned(old.certificate()));
        assertThat(now.failure()).contains(VerificationFailure.CERTIFICATE_EXPIRED);
        assertThat(now.detail()).contains("expired on 2011-12-31");

        TrustPolicy atSigning = TrustPolicy.custom().trust(old.certificate()).validityAtSigningTime(true).build();
        VerificationResult archived = verify(signedIn2010, atSigning);
        assertThat(archived.valid()).as(archived.toString()).isTrue();
        assertThat(archived.trust().orElseThrow().basis()).isEqualTo(TrustDecision.TimeBasis.SIGNING_TIME);
        assertThat(archived.trust().orElseThrow().checkedAt()).isEqualTo(Instant.parse("2010-06-01T04:00:00Z"));
        assertThat(XmlVerifier.custom().trust(atSigning).build().verify(signed, Instant.parse("2012-01-01T00:00:00Z")).failure())
                .contains(VerificationFailure.CERTIFICATE_EXPIRED);
    }

    @Test
    void aCertificateNotYetValidIsRefusedAtTheVerifiersClock() {
        Clock in2009 = Clock.fixed(Instant.parse("2009-01-01T00:00:00Z"), ZoneOffset.UTC);
        VerificationResult r = verify(sign(TestKeys.sm2()), TrustPolicy.custom().trust(TestKeys.sm2().certificate()).clock(in2009).build());

        assertThat(r.failure()).contains(VerificationFailure.CERTIFICATE_NOT_YET_VALID);
        assertThat(r.trust().orElseThrow().checkedAt()).isEqualTo(Instant.parse("2009-01-01T00:00:00Z"));
    }

    @Test
    void aCertificateWhoseKeyUsageExcludesSigningIsRefused() {
        TestKeys.Entry encipherOnly = TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=Encryption Only", BigInteger.valueOf(77),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), KeyUsage.keyEncipherment | KeyUsage.dataEncipherment, false);

        VerificationResult r = verify(sign(encipherOnly), TrustPolicy.pinned(encipherOnly.certificate()));

        assertThat(r.failure()).contains(VerificationFailure.CERTIFICATE_KEY_USAGE);
        assertThat(r.detail()).contains("digitalSignature");
    }

    @Test
    void aNonRepudiationOnlyCertificateMaySign() {
        TestKeys.Entry nr = TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=NR", BigInteger.valueOf(78),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), KeyUsage.nonRepudiation, false);

        assertThat(verify(sign(nr), TrustPolicy.pinned(nr.certificate())).valid()).isTrue();
    }

    @Test
    void aKeyNameOtherThanTheSerialIsReportedButNotRefused() {
        String signed = text(sign(TestKeys.sm2())).replace("<ds:KeyName>03000000000cde6f</ds:KeyName>", "<ds:KeyName>0001</ds:KeyName>");

        VerificationResult r = verify(bytes(signed), TrustPolicy.pinned(TestKeys.sm2().certificate()));

        assertThat(r.valid()).isTrue();
        assertThat(r.divergences()).contains(SignatureDivergence.KEY_NAME_NOT_SERIAL);
        assertThat(r.keyName()).contains("0001");
    }

    @Test
    void withoutAnEmbeddedCertificateTheConfiguredOneNamedByKeyNameVerifies() {
        String signed = text(sign(TestKeys.sm2())).replaceAll("<ds:X509Data>.*</ds:X509Data>", "");
        TrustPolicy both = TrustPolicy.pinned(TestKeys.rsa().certificate(), TestKeys.sm2().certificate());

        assertThat(verify(bytes(signed), both).valid()).isTrue();
        assertThat(verify(bytes(signed), TrustPolicy.none()).failure()).contains(VerificationFailure.CERTIFICATE_UNPARSEABLE);
    }

    @Test
    void trustIsLoadedFromPemBundlesDirectoriesAndTrustStores(@TempDir Path dir) throws Exception {
        byte[] signed = sign(TestKeys.sm2());
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, TestKeys.rsaCa().certificatePem() + TestKeys.sm2Ca().certificatePem());
        Path certs = Files.createDirectory(dir.resolve("certs"));
        Files.writeString(certs.resolve("signer.crt"), TestKeys.sm2().certificatePem());
        Files.writeString(certs.resolve("README.txt"), "not a certificate, not read");

        assertThat(verify(signed, TrustPolicy.custom().trust(bundle).build()).trust().orElseThrow().kind()).isEqualTo(TrustDecision.Kind.ANCHOR);
        assertThat(verify(signed, TrustPolicy.custom().trust(certs).build()).trust().orElseThrow().kind()).isEqualTo(TrustDecision.Kind.PINNED);
        for (String type : new String[] {"PKCS12", "JKS"}) {
            Path store = dir.resolve("trust." + type);
            Files.write(store, trustStore(type, "changeit".toCharArray()));
            VerificationResult r = verify(signed, TrustPolicy.custom().trustStore(store, "changeit".toCharArray()).build());
            assertThat(r.valid()).as(type + ": " + r).isTrue();
        }
    }

    @Test
    void aDirectoryWithAKeyBesideItsCertificateTrustsTheCertificateAndNeverReadsTheKeyAsTrust(@TempDir Path dir) throws Exception {
        // what cbec keygen --test writes: DIR/key.pem (PKCS#8) and DIR/cert.pem
        Files.writeString(dir.resolve("key.pem"), TestKeys.sm2().privateKeyPem());
        Files.writeString(dir.resolve("cert.pem"), TestKeys.sm2().certificatePem());
        Path keysOnly = Files.createDirectory(dir.resolve("keys-only"));
        Files.writeString(keysOnly.resolve("key.pem"), TestKeys.sm2().privateKeyPem());

        assertThat(verify(sign(TestKeys.sm2()), TrustPolicy.custom().trust(dir).build()).trust().orElseThrow().kind())
                .isEqualTo(TrustDecision.Kind.PINNED);
        assertThatThrownBy(() -> TrustPolicy.custom().trust(keysOnly)).isInstanceOf(CebException.class)
                .hasMessageContaining("private keys and no certificate");
    }

    @Test
    void unreadableTrustIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path store = dir.resolve("trust.p12");
        Files.write(store, trustStore("PKCS12", "right".toCharArray()));

        for (Runnable load : new Runnable[] {
                () -> TrustPolicy.custom().trust(junk),
                () -> TrustPolicy.custom().trust(empty),
                () -> TrustPolicy.custom().trust(dir.resolve("missing.pem")),
                () -> TrustPolicy.custom().trustStore(store, "wrong".toCharArray())}) {
            assertThatThrownBy(load::run).isInstanceOf(CebException.class)
                    .satisfies(e -> assertThat(((CebException) e).errorCode()).isEqualTo(ErrorCode.TRUST_UNREADABLE))
                    .hasMessageContaining(dir.toString());
        }
    }

    private static byte[] sign(TestKeys.Entry key, String appTime) {
        String xml = new String(CEB311, StandardCharsets.UTF_8).replaceAll("<ceb:appTime>\\d{14}</ceb:appTime>", "<ceb:appTime>" + appTime + "</ceb:appTime>");
        return XmlSigner.custom(key.signer()).build().sign(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] encoded(TestKeys.Entry e) {
        try {
            return e.certificate().getEncoded();
        } catch (Exception x) {
            throw new IllegalStateException(x);
        }
    }

    private static byte[] trustStore(String type, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance(type);
        ks.load(null, null);
        ks.setCertificateEntry("customs-ca", TestKeys.sm2Ca().certificate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ks.store(out, password);
        return out.toByteArray();
    }
}
