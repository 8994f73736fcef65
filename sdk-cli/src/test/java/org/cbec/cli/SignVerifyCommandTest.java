package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignVerifyCommandTest {

    private static final String PASSWORD = "Pw-never-printed-7Q";
    private static final String PASSWORD_VAR = "CBEC_TEST_P12_PASSWORD";
    private static final String SM2_SERIAL = "03000000000cde6f";

    @TempDir
    Path dir;

    private Path order() throws Exception {
        return Files.write(dir.resolve("order.xml"), CebCodec.ofDefaults().write(Orders.valid()));
    }

    private Path sm2Key() throws Exception {
        return Files.writeString(dir.resolve("sm2-key.pem"), TestKeys.sm2().privateKeyPem());
    }

    private Path sm2Cert() throws Exception {
        return Files.writeString(dir.resolve("sm2-cert.pem"), TestKeys.sm2().certificatePem());
    }

    /** The two test CAs as one PEM bundle: what these tests trust (never the certificate a message carries). */
    private Path testCas() throws Exception {
        return Files.writeString(dir.resolve("test-cas.pem"), TestKeys.sm2Ca().certificatePem() + TestKeys.rsaCa().certificatePem());
    }

    private Path rsaP12() throws Exception {
        return Files.write(dir.resolve("rsa.p12"), TestKeys.rsa().pkcs12(PASSWORD.toCharArray()));
    }

    /** Signs {@code message} with the SM2 PEM key into {@code signed.xml}. */
    private Path signedWithSm2(Path message) throws Exception {
        Path signed = dir.resolve("signed.xml");
        Cli r = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--out", signed, message);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return signed;
    }

    @Test
    void pemSm2KeySignsBuiltOrderToStandardOutputAndItVerifies() throws Exception {
        Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), order());

        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.err()).isEmpty();
        byte[] signed = sign.out().getBytes(StandardCharsets.UTF_8);
        assertThat(sign.out()).startsWith("<?xml").contains("<ds:KeyName>" + SM2_SERIAL + "</ds:KeyName>");
        assertThat(TestKeys.verifier().verify(signed).valid()).isTrue();

        Path file = Files.write(dir.resolve("signed.xml"), signed);
        Cli verify = Cli.run("verify", "--cert", sm2Cert(), file);
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).startsWith("OK " + file + ": SM2_SM3; signer O=Test E-Commerce Co, CN=cbec-sdk test SM2 signer; serial "
                + SM2_SERIAL + "; trust: pinned O=Test E-Commerce Co, CN=cbec-sdk test SM2 signer; validity checked at ")
                .endsWith(" (verification time)" + System.lineSeparator());
        assertThat(verify.err()).isEmpty();
    }

    @Test
    void pkcs12RsaKeyTakesItsPasswordFromTheNamedVariableAndNeverPrintsIt() throws Exception {
        Path out = dir.resolve("out.xml");
        Cli sign = Cli.runWithEnvironment(Map.of(PASSWORD_VAR, PASSWORD),
                "sign", "--key", rsaP12(), "--password-env", PASSWORD_VAR, "--out", out, order());

        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.out()).isEqualTo("signed " + dir.resolve("order.xml") + " -> " + out + ": RSA_SHA1, certificate serial 008a0102030405060708"
                + System.lineSeparator());
        assertThat(sign.err()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("order.xml", "rsa.p12", "out.xml");
        }
        Cli verify = Cli.run("verify", "--trust", testCas(), out);
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).startsWith("OK " + out + ": RSA_SHA1; signer ").contains("serial 008a0102030405060708");
        assertThat(sign.out() + sign.err() + verify.out() + verify.err()).doesNotContain(PASSWORD);
    }

    @Test
    void legacyProfileSignsWithAnSm2Key() throws Exception {
        Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--profile", "legacy", "--out", dir.resolve("legacy.xml"), order());
        assertThat(sign.exitCode()).as(sign.err()).isZero();

        Cli verify = Cli.run("verify", "--trust", testCas(), dir.resolve("legacy.xml"));
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains(": LEGACY_SM2_SHA1; ");
    }

    @Test
    void officialSampleWithAnotherPrefixAndCrlfLineEndingsIsSignedWithBusinessFindingsAsWarnings() throws Exception {
        String sample = Files.readString(OfficialSpec.sample("import/CEB311Message.xml"), StandardCharsets.UTF_8);
        String rewritten = sample.replace("ceb:", "x:").replace("xmlns:ceb=", "xmlns:x=").replace("\r\n", "\n").replace("\n", "\r\n");
        assertThat(rewritten).doesNotContain("ceb:").contains("<x:CEB311Message", "\r\n");
        Path message = Files.writeString(dir.resolve("x311.xml"), rewritten);

        Path signed = dir.resolve("signed.xml");
        Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--out", signed, message);

        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(sign.err()).contains("cbec: warning: " + message + ":26: ERROR CEB-V016 Order[1].OrderHead.buyerIdNumber")
                .contains("[value '130***********3332']")
                .contains("cbec: note: " + message + " is already signed; that signature is replaced")
                .doesNotContain("130681136250023332");
        Cli verify = Cli.run("verify", "--trust", testCas(), signed);
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("OK " + signed + ": SM2_SM3; ");
    }

    @Test
    void tamperedBusinessValueFailsWithDigestMismatchNamingTheSigner() throws Exception {
        Path signed = signedWithSm2(order());
        String xml = Files.readString(signed, StandardCharsets.UTF_8);
        assertThat(xml).contains("ORDER-2026-0001");
        Files.writeString(signed, xml.replace("ORDER-2026-0001", "ORDER-2026-0002"), StandardCharsets.UTF_8);

        Cli verify = Cli.run("verify", signed);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith(signed + ": invalid: DIGEST_MISMATCH: ")
                .contains("; signer O=Test E-Commerce Co, CN=cbec-sdk test SM2 signer; serial " + SM2_SERIAL);
    }

    @Test
    void unsignedMessageFailsWithNoSignature() throws Exception {
        Path order = order();

        Cli verify = Cli.run("verify", order);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith(order + ": invalid: NO_SIGNATURE: ");
    }

    @Test
    void trustedCertificateOfAnotherKeyFails() throws Exception {
        Path signed = signedWithSm2(order());
        Path other = Files.writeString(dir.resolve("other.pem"), TestKeys.otherSm2().certificatePem());

        Cli verify = Cli.run("verify", "--cert", other, signed);

        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith(signed + ": invalid: UNTRUSTED_CERTIFICATE: ").contains("serial " + SM2_SERIAL)
                .contains("trust: untrusted");
        assertThat(Cli.run("verify", "--cert", sm2Cert(), signed).exitCode()).isZero();
    }

    @Test
    void unreadableFileExitsTwoAndTheOthersAreStillVerified() throws Exception {
        Path signed = signedWithSm2(order());
        Path absent = dir.resolve("absent.xml");
        Path notXml = Files.writeString(dir.resolve("notes.xml"), "no markup");

        Cli verify = Cli.run("verify", "--cert", sm2Cert(), absent, signed, notXml);

        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.out()).startsWith("OK " + signed + ": ");
        assertThat(verify.err().lines()).containsExactly("cbec: " + absent + ": unreadable: no such file",
                verify.err().lines().toList().get(1));
        assertThat(verify.err().lines().toList().get(1)).startsWith("cbec: " + notXml + ": unreadable: ").endsWith("[XML_MALFORMED]");
    }

    @Test
    void unreadableTrustedCertificateExitsTwo() throws Exception {
        Path notACert = Files.writeString(dir.resolve("cert.pem"), "not a certificate");

        Cli verify = Cli.run("verify", "--cert", notACert, order());

        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.err()).startsWith("cbec: " + notACert + ": unreadable: ").contains("[SIGN_CERTIFICATE]");
        assertThat(verify.out()).isEmpty();
    }

    @Test
    void unsetPasswordVariableExitsTwoNamingTheVariable() throws Exception {
        Cli sign = Cli.runWithEnvironment(Map.of(), "sign", "--key", rsaP12(), "--password-env", PASSWORD_VAR, order());

        assertThat(sign.exitCode()).isEqualTo(2);
        assertThat(sign.err()).isEqualTo("cbec: " + dir.resolve("rsa.p12") + ": unreadable: environment variable " + PASSWORD_VAR
                + " is not set; it must hold the password of this PKCS#12 file" + System.lineSeparator());
        assertThat(sign.out()).isEmpty();
    }

    @Test
    void wrongPasswordExitsTwoWithoutPrintingIt() throws Exception {
        String wrong = "Wrong-Pw-also-never-printed";
        Cli sign = Cli.runWithEnvironment(Map.of(PASSWORD_VAR, wrong), "sign", "--key", rsaP12(), "--password-env", PASSWORD_VAR, order());

        assertThat(sign.exitCode()).isEqualTo(2);
        assertThat(sign.err()).startsWith("cbec: " + dir.resolve("rsa.p12") + ": unreadable: ").contains("wrong password", "[SIGN_KEY_UNREADABLE]");
        assertThat(sign.err().lines()).hasSize(1);
        assertThat(sign.out() + sign.err()).doesNotContain(wrong).doesNotContain(PASSWORD);
    }

    @Test
    void pkcs12WithoutPasswordVariableAndPemWithoutCertificateAreUsageErrors() throws Exception {
        Cli p12 = Cli.run("sign", "--key", rsaP12(), order());
        assertThat(p12.exitCode()).isEqualTo(2);
        assertThat(p12.err()).startsWith("a PKCS#12 key (" + dir.resolve("rsa.p12") + ") needs --password-env VAR").contains("Usage: cbec sign");

        Cli pem = Cli.run("sign", "--key", sm2Key(), order());
        assertThat(pem.exitCode()).isEqualTo(2);
        assertThat(pem.err()).startsWith("--cert CERT.pem is required with a PEM key");

        assertThat(Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--password", PASSWORD, order()).exitCode()).isEqualTo(2);
    }

    @Test
    void unknownProfileAndProfileNotFittingTheKeyAreUsageErrors() throws Exception {
        Cli unknown = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--profile", "dsa", order());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Invalid value for option '--profile'", "sm2, rsa, legacy");

        Cli misfit = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--profile", "rsa", order());
        assertThat(misfit.exitCode()).isEqualTo(2);
        assertThat(misfit.err()).startsWith("--profile rsa needs an RSA key but " + dir.resolve("sm2-key.pem") + " holds an SM2 key");
        assertThat(misfit.out()).isEmpty();
    }

    @Test
    void keyAndCertificateOfDifferentPairsAreRefused() throws Exception {
        Path otherCert = Files.writeString(dir.resolve("other.pem"), TestKeys.otherSm2().certificatePem());

        Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", otherCert, order());

        assertThat(sign.exitCode()).isEqualTo(2);
        assertThat(sign.err()).contains("[SIGN_KEY_MISMATCH]");
        assertThat(sign.out()).isEmpty();

        Cli p12 = Cli.runWithEnvironment(Map.of(PASSWORD_VAR, PASSWORD), "sign", "--key", rsaP12(), "--password-env", PASSWORD_VAR,
                "--cert", otherCert, order());
        assertThat(p12.exitCode()).isEqualTo(2);
        assertThat(p12.err()).isEqualTo("cbec: " + otherCert + ": unreadable: not the certificate held by " + dir.resolve("rsa.p12")
                + " (serial 008a0102030405060708) [SIGN_KEY_MISMATCH]" + System.lineSeparator());
    }

    @Test
    void messageWithSchemaLevelErrorIsNotSignedAndItsErrorsAreListed() throws Exception {
        String xml = Files.readString(order(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<ceb:orderNo>ORDER-2026-0001</ceb:orderNo>");
        Path broken = Files.writeString(dir.resolve("broken.xml"), xml.replace("<ceb:orderNo>ORDER-2026-0001</ceb:orderNo>", ""));
        Path out = dir.resolve("out.xml");

        Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--out", out, broken);

        assertThat(sign.exitCode()).isEqualTo(1);
        assertThat(sign.err()).containsPattern(broken + ":\\d+: ERROR CEB-V\\d+ Order\\[1]\\.OrderHead\\.orderNo \\(")
                .contains("cbec: " + broken + ": invalid: 1 error the official schema refuses; not signed");
        assertThat(sign.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void messageTypeNotModelledOrNotReadableIsRefusedWithExitTwo() throws Exception {
        Path unknown = Files.writeString(dir.resolve("unknown.xml"),
                "<ceb:CEB999Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" guid=\"X\" version=\"1.0\"/>");

        Cli unsupported = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), unknown);
        assertThat(unsupported.exitCode()).isEqualTo(2);
        assertThat(unsupported.err()).startsWith("cbec: " + unknown + ": unsupported: ").contains("[UNSUPPORTED_MESSAGE]");
        assertThat(unsupported.err().lines()).hasSize(1);

        Cli absent = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), dir.resolve("absent.xml"));
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).isEqualTo("cbec: " + dir.resolve("absent.xml") + ": unreadable: no such file" + System.lineSeparator());
    }

    @Test
    void messageTypeWhoseSchemaHasNoSignatureIsRefusedWithExitTwo() throws Exception {
        List<Path> receipts = Stream.of("import", "export")
                .flatMap(direction -> OfficialSpec.samples(direction).stream())
                .filter(SignVerifyCommandTest::readableWithoutSignatureSlot)
                .toList();
        assertThat(receipts).as("official receipt samples").hasSizeGreaterThan(10);

        for (Path receipt : receipts) {
            Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), receipt);

            assertThat(sign.exitCode()).as(receipt.toString()).isEqualTo(2);
            assertThat(sign.err()).startsWith("cbec: " + receipt + ": unsupported: ")
                    .contains("has no ds:Signature in its schema", "[SIGN_NO_SLOT]");
            assertThat(sign.out()).isEmpty();
        }
    }

    @Test
    void everyOfficialSampleWhoseTypeIsSignedSignsAndVerifiesWhateverItsPrefixAndLineEndings() throws Exception {
        List<Path> declarations = Stream.of("import", "export")
                .flatMap(direction -> OfficialSpec.samples(direction).stream())
                .filter(SignVerifyCommandTest::readableWithSignatureSlot)
                .toList();
        assertThat(declarations).as("official samples of signed types").hasSizeGreaterThanOrEqualTo(8);

        for (Path sample : declarations) {
            String text = Files.readString(sample, StandardCharsets.UTF_8);
            String rewritten = text.replace("ceb:", "p:").replace("xmlns:ceb=", "xmlns:p=").replace("\r\n", "\n").replace("\n", "\r\n");
            Path message = Files.writeString(dir.resolve("p-" + sample.getFileName()), rewritten);
            Path signed = dir.resolve("signed-" + sample.getFileName());

            Cli sign = Cli.run("sign", "--key", sm2Key(), "--cert", sm2Cert(), "--out", signed, message);
            assertThat(sign.exitCode()).as(sample + ": " + sign.err()).isZero();
            Cli verify = Cli.run("verify", "--trust", testCas(), signed);
            assertThat(verify.exitCode()).as(sample + ": " + verify.out()).isZero();
        }
    }

    private static boolean readableWithSignatureSlot(Path sample) {
        try {
            CebCodec.Parsed<?> parsed = CebCodec.ofDefaults().parseAny(Files.readAllBytes(sample), CebMessages::resolve);
            return parsed.spec().signature().allowed() && parsed.report().errors().stream().noneMatch(v -> v.rule().schemaLevel());
        } catch (Exception e) {
            return false;   // not modelled or not readable
        }
    }

    private static boolean readableWithoutSignatureSlot(Path sample) {
        try {
            return !CebCodec.ofDefaults().parseAny(Files.readAllBytes(sample), CebMessages::resolve).spec().signature().allowed();
        } catch (Exception e) {
            return false;   // not modelled, or not readable strictly
        }
    }

    @Test
    void mainReadsThePasswordFromTheRealEnvironmentAndWritesTheSignedBytesUnchanged() throws Exception {
        Path p12 = rsaP12();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), CbecCommand.class.getName(),
                "sign", "--key", p12.toString(), "--password-env", PASSWORD_VAR, order().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put(PASSWORD_VAR, PASSWORD);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();

        assertThat(p.waitFor()).isZero();
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("东方物通科技(北京)有限公司").doesNotContain(PASSWORD);
        assertThat(TestKeys.verifier().verify(out).valid()).isTrue();
    }
}
