package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.SenderProfile;
import org.cbec.client.Stores;
import org.cbec.client.Transports;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.Certificates;
import org.cbec.core.signature.KeyAlgorithm;
import org.cbec.core.signature.Signers;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.customs.imports.Orders;
import org.cbec.mock.MockSingleWindow;
import org.cbec.mock.MockSingleWindowMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cbec keygen --test} writes key.pem (PKCS#8) and a self-signed cert.pem that says TEST; cbec sign uses them,
 * cbec verify and the mock trust them when given the directory, and another test key stays untrusted. Without
 * {@code --test}, or over existing files, it writes nothing.
 */
@Timeout(60)
class KeygenCommandTest {

    @TempDir
    Path dir;

    private static Signer signer(Path keyDir) throws Exception {
        return Signers.pem(Files.readAllBytes(keyDir.resolve("key.pem")), Files.readAllBytes(keyDir.resolve("cert.pem")));
    }

    @Test
    void writesAPkcs8KeyAndASelfSignedTestCertificateOfEachProfile() throws Exception {
        for (String profile : new String[] {"sm2", "rsa"}) {
            Path out = dir.resolve(profile);
            Cli keygen = Cli.run("keygen", "--test", "--profile", profile, "--out", out);

            assertThat(keygen.exitCode()).as(keygen.err()).isZero();
            assertThat(keygen.out()).contains(out.resolve("key.pem").toString(), "OU=TEST", "TEST ONLY", "cbec mock --trust " + out);
            assertThat(Files.readString(out.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
            Signer signer = signer(out);
            assertThat(Certificates.isTestOnly(signer.certificate())).isTrue();
            assertThat(signer.keyAlgorithm()).isEqualTo(KeyAlgorithm.valueOf(profile.toUpperCase()));
            assertThat(keygen.out()).doesNotContain(Files.readString(out.resolve("key.pem")).lines().skip(1).findFirst().orElseThrow());
        }
    }

    @Test
    void whatItSignsVerifiesAgainstTheDirectoryAndTheMockTrustingItReleasesTheFiling() throws Exception {
        Path keys = dir.resolve("test-key");
        assertThat(Cli.run("keygen", "--test", "--out", keys).exitCode()).isZero();
        Path order = Files.write(dir.resolve("order.xml"), CebCodec.ofDefaults().write(Orders.valid()));
        Path signed = dir.resolve("signed.xml");

        Cli sign = Cli.run("sign", "--key", keys.resolve("key.pem"), "--cert", keys.resolve("cert.pem"), "--out", signed, order);
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(Cli.run("verify", "--trust", keys, signed).exitCode()).isZero();
        Path other = dir.resolve("other-key");
        assertThat(Cli.run("keygen", "--test", "--out", other).exitCode()).isZero();
        assertThat(Cli.run("verify", "--trust", other, signed).exitCode()).isEqualTo(1);

        try (MockSingleWindow mock = MockSingleWindowMain.parse("--port", "0", "--receipt-delay", "5", "--trust", keys.toString()).start();
             CebClient client = CebClient.builder().sender(new SenderProfile("DXPENT0000458763", "1105910159", "示例跨境电商平台有限公司"))
                     .signer(XmlSigner.custom(signer(keys)).build()).transport(Transports.http(mock.httpTransport()))
                     .store(Stores.inMemory()).config(ClientConfig.forMockTests()).build()) {
            assertThat(client.submit(Orders.valid()).await(Status.ENTERED, Duration.ofSeconds(20))).isEqualTo(Status.ENTERED);
            assertThat(mock.takeMessage(Duration.ofSeconds(1)).trust()).startsWith("pinned");
        }
    }

    @Test
    void withoutTestOrOverAnExistingKeyNothingIsWritten() throws Exception {
        Cli refused = Cli.run("keygen", "--out", dir.resolve("real"));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("only makes test keys: pass --test");
        assertThat(dir.resolve("real")).doesNotExist();

        Path keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--test", "--out", keys).exitCode()).isZero();
        String first = Files.readString(keys.resolve("key.pem"));
        Cli again = Cli.run("keygen", "--test", "--out", keys);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("key.pem").contains("not overwritten");
        assertThat(Files.readString(keys.resolve("key.pem"))).isEqualTo(first);
    }
}
