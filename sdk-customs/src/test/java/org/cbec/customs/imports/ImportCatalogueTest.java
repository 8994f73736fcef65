package org.cbec.customs.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import catalogue against the official specification: every root of the import schema is modelled, and every
 * official import sample reads and re-writes into a message the schema accepts.
 */
class ImportCatalogueTest {

    private static final String IMPORT_XSD = "ceb-import-202205.xsd";
    private static final Pattern SIGNATURE = Pattern.compile("<ds:Signature[ >].*</ds:Signature>", Pattern.DOTALL);
    /** Writes without the business checks: the samples carry placeholder values (see the spec README). */
    private final CebCodec schemaOnly = CebCodec.builder().writeCheck(CebCodec.WriteCheck.SCHEMA).build();

    static Stream<String> samples() throws Exception {
        try (Stream<java.nio.file.Path> files = Files.list(OfficialSpec.sample("import/CEB311Message.xml").getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList().stream();
        }
    }

    @Test
    void everyRootOfTheImportSchemaIsAModelledImportType() throws Exception {
        String xsd = Files.readString(OfficialSpec.xsd(IMPORT_XSD), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<xs:element name=\"(CEB\\d+Message)\"").matcher(xsd);
        Set<String> roots = new java.util.TreeSet<>();
        while (m.find()) {
            roots.add(m.group(1));
        }
        Set<String> modelled = CebMessages.all().stream().filter(s -> s.direction() == MessageSpec.Direction.IMPORT)
                .map(MessageSpec::rootName).collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(roots).hasSize(19);
        assertThat(modelled).isEqualTo(roots);
    }

    @Test
    void allSixteenOfficialImportSamplesAreThere() throws Exception {
        assertThat(samples()).hasSize(16);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void officialSampleReadsWithoutSchemaLevelErrorsAndItsRewriteIsSchemaValid(String file) throws Exception {
        byte[] sample = Files.readAllBytes(OfficialSpec.sample("import/" + file));
        MessageSpec<?> spec = CebMessages.byRootName(file.replace(".xml", "")).orElseThrow();

        CebCodec.Parsed<?> parsed = schemaOnly.parse(sample, spec);

        assertThat(parsed.report().errors()).noneMatch(v -> v.rule().schemaLevel());
        assertThat(parsed.message()).isNotNull();
        byte[] rewritten = schemaOnly.write((CebMessage) parsed.message());
        if (spec.signature() == MessageSpec.SignatureSlot.REQUIRED_LAST) {
            rewritten = withSignatureOf(sample, rewritten);
        }
        OfficialSpec.assertValid(rewritten, IMPORT_XSD);
        assertThat(schemaOnly.parse(rewritten, spec).message()).isEqualTo(parsed.message());
    }

    /** The rewrite with the sample's own ds:Signature element put back as the root's last child. */
    private static byte[] withSignatureOf(byte[] sample, byte[] rewritten) {
        Matcher m = SIGNATURE.matcher(new String(sample, StandardCharsets.UTF_8));
        assertThat(m.find()).as("the sample carries its signature").isTrue();
        String xml = new String(rewritten, StandardCharsets.UTF_8);
        int end = xml.lastIndexOf("</");
        return (xml.substring(0, end) + m.group() + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void messagesWithoutOfficialSamplesBuiltFromTheSchemaAreSchemaValid() {
        List<CebMessage> built = List.of(ImportMessages.taxBill(), ImportMessages.taxStatus(), ImportMessages.formatReceipt());
        CebCodec codec = CebCodec.ofDefaults();
        for (CebMessage m : built) {
            // CEB900's negative returnStatus is a chapter-7 error, which the open ReturnStatus list only warns about
            assertThat(codec.validate(m).errors()).as(m.spec().messageType()).isEmpty();
            byte[] xml = codec.write(m);
            OfficialSpec.assertValid(xml, IMPORT_XSD);
            assertThat(codec.read(xml, m.spec())).isEqualTo(m);
        }
    }
}
