package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.mock.MockSingleWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case of issue 16: a signed CEB623 with ten {@code InvtCancel} records, accepted by {@code validate} and
 * {@code verify}, was refused by {@code submit} with {@code XML_TOO_DEEP ... line 252}. It is filed now.
 */
class SubmitManyRecordsCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSignedCeb623WithTenCancellationsIsValidVerifiedAndSubmitted() throws Exception {
        String sample = Files.readString(OfficialSpec.sample("import/CEB623Message.xml"), StandardCharsets.UTF_8)
                .replace("130681136250023332", "110101199003074514");   // the sample's ID number fails its check character
        String record = sample.substring(sample.indexOf("<ceb:InvtCancel>"), sample.indexOf("</ceb:InvtCancel>") + "</ceb:InvtCancel>".length());
        StringBuilder ten = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            ten.append(record.replace("NBBH20160308001", "NBBH2016030800" + i).replace("order2016030811340001", "order201603081134000" + i)) .append("\n\t");
        }
        String many = sample.substring(0, sample.indexOf("<ceb:InvtCancel>")) + ten
                + sample.substring(sample.indexOf("<ceb:BaseTransfer>"));
        Path unsigned = Files.writeString(dir.resolve("ceb623.xml"), many, StandardCharsets.UTF_8);
        Path key = Files.writeString(dir.resolve("key.pem"), TestKeys.sm2().privateKeyPem());
        Path cert = Files.writeString(dir.resolve("cert.pem"), TestKeys.sm2().certificatePem());
        Path signed = dir.resolve("signed.xml");
        Cli sign = Cli.run("sign", "--key", key, "--cert", cert, "--out", signed, unsigned);
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(Files.readString(signed).lines().count()).isGreaterThan(252);

        Cli validate = Cli.run("validate", signed);
        Cli verify = Cli.run("verify", "--cert", cert, signed);
        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(verify.exitCode()).as(verify.out()).isZero();

        try (MockSingleWindow mock = MockSingleWindow.builder().receiptDelay(Duration.ofMillis(20)).start()) {
            Cli submit = Cli.run("submit", "--url", mock.sendUrl(), "--sender", "DXPENT0000458763", "--store", dir.resolve("outbox"), signed);

            assertThat(submit.exitCode()).as(submit.err()).isZero();
            assertThat(submit.out()).contains("accepted " + signed + ": CEB623Message").doesNotContain("XML_TOO_DEEP");
            assertThat(mock.takeMessage(Duration.ofSeconds(5)).data()).isEqualTo(Files.readAllBytes(signed));
        }
    }
}
