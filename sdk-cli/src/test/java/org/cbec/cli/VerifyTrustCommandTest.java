package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cbec verify} is secure by default: without trust an intact signature exits 1 as UNTRUSTED_CERTIFICATE;
 * {@code --trust} accepts the genuine CA-issued signer and refuses a forged certificate with the same CN and serial, an
 * expired one and one that may not sign; {@code --trust-embedded} is explicit and warns per file; every verdict names
 * the trust that decided.
 */
class VerifyTrustCommandTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;

    private Path signed(String name, TestKeys.Entry key) throws Exception {
        return Files.write(dir.resolve(name), CebCodec.ofDefaults().writeSigned(Orders.valid(), XmlSigner.custom(key.signer()).build()));
    }

    private Path caDir() throws Exception {
        Path trust = Files.createDirectories(dir.resolve("trust"));
        Files.writeString(trust.resolve("customs-ca.pem"), TestKeys.sm2Ca().certificatePem());
        return trust;
    }

    @Test
    void withoutTrustAnIntactSignatureIsUntrustedAndExitsOne() throws Exception {
        Path genuine = signed("genuine.xml", TestKeys.sm2());

        Cli verify = Cli.run("verify", genuine);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith(genuine + ": invalid: UNTRUSTED_CERTIFICATE: certificate 03000000000cde6f")
                .contains("no trust is configured").contains("; trust: untrusted;");
    }

    @Test
    void trustAcceptsTheGenuineCaIssuedSignerAndRefusesAForgeryWithTheSameNameAndSerial() throws Exception {
        TestKeys.Entry genuine = TestKeys.sm2();
        TestKeys.Entry forgedKey = TestKeys.issue(null, "SM2", X500Name.getInstance(genuine.certificate().getSubjectX500Principal().getEncoded()).toString(),
                genuine.certificate().getSerialNumber(), NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), KeyUsage.digitalSignature, false);
        Path ok = signed("genuine.xml", genuine);
        Path forged = signed("forged.xml", forgedKey);

        Cli verify = Cli.run("verify", "--trust", caDir(), ok, forged);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out().lines()).hasSize(2);
        assertThat(verify.out().lines().toList().get(0)).startsWith("OK " + ok + ": SM2_SM3; signer O=Test E-Commerce Co, CN=cbec-sdk test SM2 signer;"
                + " serial 03000000000cde6f; trust: anchor CN=cbec-sdk test SM2 CA; validity checked at ");
        assertThat(verify.out().lines().toList().get(1)).startsWith(forged + ": invalid: UNTRUSTED_CERTIFICATE: ")
                .contains("serial 03000000000cde6f").contains("trust: untrusted");
    }

    @Test
    void anExpiredCertificateAndOneThatMayNotSignAreRefused() throws Exception {
        Path expired = signed("expired.xml", TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=Old", BigInteger.valueOf(2010),
                Instant.parse("2010-01-01T00:00:00Z"), Instant.parse("2011-12-31T00:00:00Z"), KeyUsage.digitalSignature, false));
        Path encipherOnly = signed("encipher.xml", TestKeys.issue(TestKeys.sm2Ca(), "SM2", "CN=Encipher", BigInteger.valueOf(3),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS), KeyUsage.keyEncipherment, false));

        Cli verify = Cli.run("verify", "--trust", caDir(), expired, encipherOnly);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).contains(expired + ": invalid: CERTIFICATE_EXPIRED: ").contains("expired on 2011-12-31")
                .contains(encipherOnly + ": invalid: CERTIFICATE_KEY_USAGE: ");
    }

    @Test
    void trustEmbeddedRestoresTheOldBehaviourExplicitlyWithAWarningPerFile() throws Exception {
        Path a = signed("a.xml", TestKeys.sm2());
        Path b = signed("b.xml", TestKeys.rsa());

        Cli verify = Cli.run("verify", "--trust-embedded", a, b);

        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("OK " + a + ": SM2_SM3;").contains("; trust: embedded-untrusted;");
        assertThat(verify.err().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("cbec: warning: ").contains("--trust-embedded"));
        assertThat(Cli.run("verify", "--trust-embedded", "--trust", caDir(), a).exitCode()).isEqualTo(2);
    }

    @Test
    void aTrustStoreWithItsPasswordFromTheEnvironmentIsTrusted() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("customs", TestKeys.sm2Ca().certificate());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ks.store(bytes, "store-pw".toCharArray());
        Path store = Files.write(dir.resolve("trust.p12"), bytes.toByteArray());
        Path ok = signed("genuine.xml", TestKeys.sm2());

        Cli verify = Cli.runWithEnvironment(Map.of("TRUST_PW", "store-pw"), "verify", "--trust-store", store, "--trust-store-password-env", "TRUST_PW", ok);
        Cli wrong = Cli.runWithEnvironment(Map.of("TRUST_PW", "wrong"), "verify", "--trust-store", store, "--trust-store-password-env", "TRUST_PW", ok);

        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("trust: anchor CN=cbec-sdk test SM2 CA");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("cbec: " + store + ": unreadable: ").contains("[TRUST_UNREADABLE]");
    }
}
