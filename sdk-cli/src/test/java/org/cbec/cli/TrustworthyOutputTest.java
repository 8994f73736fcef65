package org.cbec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What cbec prints can be trusted: control characters (ESC, BEL, U+009B, U+202E) from file names and field values are
 * escaped in every text output, and a failed write to standard output exits 2 whatever the command.
 */
class TrustworthyOutputTest {

    private static final List<String> UNSAFE = List.of("\u001b", "\u0007", "\u009b", "\u202e");

    @TempDir
    Path dir;

    @Test
    void controlCharactersFromFileNamesAndFieldValuesAreEscaped() throws Exception {
        String valid = new String(CebCodec.ofDefaults().write(Orders.valid()), StandardCharsets.UTF_8);
        Path hostile = Files.writeString(dir.resolve("a\u001b[2J\u0007.xml"),
                valid.replace(">1105910159<", ">1105\u009b31m\u202eevil-far-too-long-for-the-field<"), StandardCharsets.UTF_8);   // shown as a finding's value
        Path notXml = Files.writeString(dir.resolve("b\u001b]0;title\u0007.xml"), "\u202e not xml", StandardCharsets.UTF_8);

        for (Cli r : List.of(Cli.run("validate", hostile, notXml), Cli.run("verify", hostile, notXml),
                Cli.run("validate", "--format", "json", hostile, notXml))) {
            String all = r.out() + r.err();
            assertThat(all).isNotEmpty();
            UNSAFE.forEach(c -> assertThat(all).doesNotContain(c));
            assertThat(all).contains("\\u001b");
        }
        assertThat(Cli.run("validate", hostile).out()).contains("\\u009b31m\\u202eevil");
    }

    /** Standard output on a closed pipe: every write fails. */
    private static PrintWriter brokenPipe() {
        return new PrintWriter(new OutputStreamWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }, StandardCharsets.UTF_8), true);
    }

    @Test
    void aFailedWriteToStandardOutputExitsTwoForEveryCommand() throws Exception {
        Path order = Files.write(dir.resolve("order.xml"), CebCodec.ofDefaults().write(Orders.valid()));
        Path signed = Files.write(dir.resolve("signed.xml"), CebCodec.ofDefaults().writeSigned(Orders.valid(),
                XmlSigner.custom(TestKeys.sm2().signer()).build()));
        Path key = Files.writeString(dir.resolve("key.pem"), TestKeys.sm2().privateKeyPem());
        Path cert = Files.writeString(dir.resolve("cert.pem"), TestKeys.sm2().certificatePem());
        Path envelope = dir.resolve("envelope.xml");
        assertThat(Cli.run("wrap", "--sender", "DXPENT0000458763", "--out", envelope, signed).exitCode()).isZero();
        Path store = dir.resolve("store");
        assertThat(Cli.run("submit", "--outbox", dir.resolve("transfer"), "--sender", "DXPENT0000458763", "--store", store, signed).exitCode())
                .isNotEqualTo(2);

        List<List<Object>> commands = new ArrayList<>(List.of(
                List.of("validate", order),
                List.of("verify", "--cert", cert, signed),
                List.of("sign", "--key", key, "--cert", cert, order),
                List.of("wrap", "--sender", "DXPENT0000458763", signed),
                List.of("unwrap", envelope),
                List.of("receipts", "--store", store),
                List.of("tax", "--item", "cosmetics,price=100.00,qty=2"),
                List.of("completion"),
                List.of("--version"),
                List.of("validate", "--help")));
        for (List<Object> command : commands) {
            StringWriter err = new StringWriter();
            String[] args = command.stream().map(String::valueOf).toArray(String[]::new);
            int code = CbecCommand.execute(brokenPipe(), new PrintWriter(err), args);
            assertThat(code).as(command + ": " + err).isEqualTo(2);
            assertThat(err.toString()).as(command.toString()).contains("cannot write to standard output");
        }
    }
}
