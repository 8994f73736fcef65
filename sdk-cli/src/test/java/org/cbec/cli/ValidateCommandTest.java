package org.cbec.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String CLEAR_BUYER_ID = "130681136250023332";

    @TempDir
    Path dir;

    private final Path ceb311Sample = OfficialSpec.sample("import/CEB311Message.xml");

    private Path validMessage() throws Exception {
        return Files.write(dir.resolve("valid.xml"), CebCodec.ofDefaults().write(Orders.valid()));
    }

    @Test
    void validBuiltMessageExitsZeroAndSaysOk() throws Exception {
        Path valid = validMessage();

        Cli r = Cli.run("validate", valid);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("OK " + valid + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void officialSampleExitsOneAndNamesFindingWithPathSpecNameRuleAndMaskedValue() {
        Cli r = Cli.run("validate", ceb311Sample);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("CEB311Message\\.xml:\\d+: ERROR CEB-V016 Order\\[1]\\.OrderHead\\.buyerIdNumber \\(订购人证件号码\\): .+ \\[value '130\\*+3332']")
                .contains("CEB-V018")
                .containsPattern(Pattern.quote(ceb311Sample + ": ") + "\\d+ errors?, \\d+ warnings?")
                .doesNotContain(CLEAR_BUYER_ID);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonFormatIsOneDocumentHoldingTheSameFindings() throws Exception {
        Cli text = Cli.run("validate", ceb311Sample);
        Cli json = Cli.run("validate", "--format", "json", ceb311Sample);

        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).doesNotContain(CLEAR_BUYER_ID);
        JsonNode file = new ObjectMapper().readTree(json.out()).get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo(ceb311Sample.toString());
        assertThat(file.get("messageType").asText()).isEqualTo("CEB311");
        assertThat(file.get("status").asText()).isEqualTo("invalid");
        JsonNode id = findings(file).stream().filter(f -> f.get("rule").asText().equals("CEB-V016")).findFirst().orElseThrow();
        assertThat(id.get("path").asText()).isEqualTo("Order[1].OrderHead.buyerIdNumber");
        assertThat(id.get("fieldName").asText()).isEqualTo("订购人证件号码");
        assertThat(id.get("severity").asText()).isEqualTo("ERROR");
        assertThat(id.get("value").asText()).isEqualTo("130***********3332");
        assertThat(id.get("line").asInt()).isPositive();

        List<String> textFindings = text.out().lines().filter(l -> l.contains(": ERROR ") || l.contains(": WARNING ")).toList();
        assertThat(findings(file)).hasSize(textFindings.size());
        assertThat(file.get("errors").asInt() + file.get("warnings").asInt()).isEqualTo(textFindings.size());
        for (int i = 0; i < textFindings.size(); i++) {
            JsonNode f = findings(file).get(i);
            assertThat(textFindings.get(i)).contains(":" + f.get("line").asInt() + ": " + f.get("severity").asText() + " "
                    + f.get("rule").asText() + " " + f.get("path").asText(), f.get("message").asText());
        }
    }

    /** A message of a type the catalogue does not model (every official import type is modelled). */
    private Path unmodelled() throws java.io.IOException {
        return Files.writeString(dir.resolve("unknown.xml"), "<ceb:CEB999Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" "
                + "guid=\"B1F2A0C3-0000-4000-8000-000000000999\" version=\"1.0\"/>");
    }

    @Test
    void messageTypeNotYetModelledIsUnsupportedAndExitsTwo() throws Exception {
        Path unknown = unmodelled();

        Cli r = Cli.run("validate", unknown);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("cbec: " + unknown + ": unsupported: ").contains("CEB999Message", "[UNSUPPORTED_MESSAGE]");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void everyOfficialImportSampleIsASupportedTypeWhateverItsPrefixAndLineEndings() throws Exception {
        Path samples = OfficialSpec.sample("import/CEB311Message.xml").getParent();
        Path crlf = Files.writeString(dir.resolve("crlf-default-namespace.xml"), Files.readString(samples.resolve("CEB412Message.xml"))
                .replace("\r\n", "\n").replace("\n", "\r\n"));

        Cli r = Cli.run("validate", samples, crlf);

        assertThat(r.err()).doesNotContain("unsupported", "unreadable");
        assertThat(r.exitCode()).isIn(0, 1);
        assertThat(summaries(r.out())).hasSize(17);
    }

    @Test
    void fileThatIsNotXmlExitsTwoWithOneLineReason() throws Exception {
        Path notXml = Files.writeString(dir.resolve("notes.xml"), "just some text, no markup");

        Cli r = Cli.run("validate", notXml);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cbec: " + notXml + ": unreadable: ").contains("[XML_MALFORMED]");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheEntityAndExitsTwo() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE ceb:CEB311Message [<!ENTITY xxe SYSTEM "%s">]>
                <ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="&xxe;" version="1.0"/>
                """.formatted(secret.toUri()));

        Cli r = Cli.run("validate", "--format", "json", xxe);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cbec: " + xxe + ": unreadable: ").contains("[XML_DOCTYPE]");
        assertThat(r.out() + r.err()).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void missingFileExitsTwo() {
        Cli r = Cli.run("validate", dir.resolve("absent.xml"));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cbec: " + dir.resolve("absent.xml") + ": unreadable: no such file" + System.lineSeparator());
    }

    @Test
    void directoryReportsEveryXmlFileRecursivelyInSortedOrder() throws Exception {
        Path valid = validMessage();
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path sample = Files.copy(ceb311Sample, sub.resolve("a-sample.xml"));
        Files.writeString(dir.resolve("readme.txt"), "not a message");

        Cli r = Cli.run("validate", dir);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("readme.txt");
        List<String> summaries = summaries(r.out());
        assertThat(summaries).containsExactly(sample + ": " + summaries.get(0).substring(sample.toString().length() + 2), "OK " + valid);
    }

    @Test
    void unsupportedFileWinsOverInvalidOneAndEveryFileIsStillReported() throws Exception {
        Path valid = validMessage();
        Path unknown = unmodelled();

        Cli r = Cli.run("validate", ceb311Sample, unknown, valid);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(summaries(r.out())).hasSize(2).last().isEqualTo("OK " + valid);
        assertThat(r.out()).containsPattern(Pattern.quote(ceb311Sample + ": ") + "\\d+ errors?, \\d+ warnings?");
        assertThat(r.err()).contains(unknown + ": unsupported");
    }

    @Test
    void jsonListsFilesThatCannotBeReadWithTheirReason() throws Exception {
        Path unknown = unmodelled();

        Cli r = Cli.run("validate", "--format=json", validMessage(), unknown);

        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertThat(files.get(0).get("status").asText()).isEqualTo("valid");
        assertThat(files.get(0).get("findings")).isEmpty();
        assertThat(files.get(1).get("status").asText()).isEqualTo("unsupported");
        assertThat(files.get(1).get("code").asText()).isEqualTo("UNSUPPORTED_MESSAGE");
        assertThat(files.get(1).get("reason").asText()).contains("CEB999Message");
    }

    @Test
    void directoryWithoutXmlFilesExitsTwo() {
        Cli r = Cli.run("validate", dir);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no *.xml file");
    }

    @Test
    void strictReadingReportsADuplicateBaseTransferAsAnError() {
        Cli r = Cli.run("validate", OfficialSpec.sample("export/CEB303Message.xml"));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("ERROR CEB-V007 BaseTransfer .*<BaseTransfer> occurs 2 times, at most 1 allowed");
    }

    @Test
    void lenientReadingReportsKnownDeviationsAsWarnings() throws Exception {
        Path ceb303 = OfficialSpec.sample("export/CEB303Message.xml");

        Cli r = Cli.run("validate", "--lenient", ceb303);
        Cli json = Cli.run("validate", "--lenient", "--format", "json", ceb303);

        assertThat(r.out()).containsPattern(Pattern.quote(ceb303.toString()) + ":\\d+: WARNING LENIENT-DUPLICATE BaseTransfer: .*set aside")
                .doesNotContain("CEB-V007");
        JsonNode file = new ObjectMapper().readTree(json.out()).get("files").get(0);
        assertThat(findings(file)).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("LENIENT-DUPLICATE");
            assertThat(f.get("severity").asText()).isEqualTo("WARNING");
        });
    }

    @Test
    void aliasedRootIsUnsupportedStrictlyNamingTheAliasAndAWarningLeniently() {
        Path ceb214 = OfficialSpec.sample("export/CEB214Message.xml");

        Cli strict = Cli.run("validate", ceb214);
        Cli lenient = Cli.run("validate", "--lenient", ceb214);

        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("known real-world name of <CEB214Message>, accepted only when reading leniently");
        assertThat(lenient.exitCode()).isNotEqualTo(2);
        assertThat(lenient.out()).contains("WARNING LENIENT-ROOT-ALIAS CEB214: root <CEB214> read as <CEB214Message>");
    }

    @Test
    void everyExportSampleIsReadWhateverItsNamespacePrefixAndLineEndings() throws Exception {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        try (var samples = Files.list(OfficialSpec.sample("export/CEB303Message.xml").getParent())) {
            for (Path sample : samples.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String xml = Files.readString(sample).replace("ceb:", "c:").replace("xmlns:ceb=", "xmlns:c=").replaceAll("\\r?\\n", "\r\n");
                Files.writeString(exports.resolve(sample.getFileName()), xml);
            }
        }

        Cli r = Cli.run("validate", "--lenient", "--format", "json", exports);

        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertThat(files).hasSize(23);
        files.forEach(f -> assertThat(f.get("status").asText()).as(f.get("file").asText()).isIn("valid", "invalid"));
        files.forEach(f -> assertThat(findings(f)).as(f.get("file").asText())
                .noneMatch(x -> x.get("severity").asText().equals("ERROR") && x.get("rule").asText().matches("CEB-V00[0-9]")));
    }

    private static List<JsonNode> findings(JsonNode file) {
        List<JsonNode> list = new ArrayList<>();
        file.get("findings").forEach(list::add);
        return list;
    }

    @Test
    void fourThousandMutatedCopiesInOneDirectoryGetFourThousandAnswersAndNoInternalError() throws Exception {
        byte[] valid = CebCodec.ofDefaults().write(Orders.valid());
        byte[][] splices = {"&#x110000;".getBytes(UTF_8), "&#0;".getBytes(UTF_8), {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE},
                "<![CDATA[".getBytes(UTF_8), "\u4E2D".getBytes(UTF_8)};
        Random random = new Random(20261203L); // seeded: the same 4,000 files every run
        Path mutated = Files.createDirectory(dir.resolve("mutated"));
        int count = 4_000;
        for (int i = 0; i < count; i++) {
            byte[] b = valid.clone();
            int at = random.nextInt(b.length);
            byte[] copy = switch (i % 3) {
                case 0 -> { // a flipped byte
                    b[at] ^= (byte) (1 + random.nextInt(255));
                    yield b;
                }
                case 1 -> Arrays.copyOf(b, at); // cut, also inside a multi-byte character
                default -> { // an invalid reference, NUL, broken UTF-8 or an unterminated CDATA spliced in
                    byte[] splice = splices[random.nextInt(splices.length)];
                    byte[] out = Arrays.copyOf(b, b.length + splice.length);
                    System.arraycopy(splice, 0, out, at, splice.length);
                    System.arraycopy(b, at, out, at + splice.length, b.length - at);
                    yield out;
                }
            };
            Files.write(mutated.resolve(String.format("m%04d.xml", i)), copy);
        }

        Cli r = Cli.run("validate", "--format", "json", mutated);

        assertThat(r.err()).doesNotContain("internal error");
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertThat(files).hasSize(count);
        for (JsonNode f : files) {
            assertThat(f.get("status").asText()).as(f.toString()).isIn("valid", "invalid", "unreadable", "unsupported");
            assertThat(f.path("code").asText()).as(f.toString()).isNotEqualTo("INTERNAL_ERROR");
        }
    }

    /** The summary line of each file: everything but the finding lines. */
    private static List<String> summaries(String out) {
        return out.lines().filter(l -> !l.matches(".*?:\\d*:? (ERROR|WARNING) (CEB-V\\d+|LENIENT-[A-Z-]+) .*")).toList();
    }
}
