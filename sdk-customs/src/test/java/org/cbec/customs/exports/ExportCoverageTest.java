package org.cbec.customs.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every message root of the official export schema is a supported export type, and nothing else is. */
class ExportCoverageTest {

    @Test
    void supportedExportTypesAreExactlyTheRootsOfTheExportSchema() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element schema = f.newDocumentBuilder().parse(OfficialSpec.xsd("ceb-export-202205.xsd").toFile()).getDocumentElement();
        NodeList globals = schema.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
        Set<String> schemaRoots = IntStream.range(0, globals.getLength()).mapToObj(i -> (Element) globals.item(i))
                .filter(e -> e.getParentNode() == schema)
                .map(e -> e.getAttribute("name"))
                .filter(n -> n.matches("CEB\\d{3}Message"))
                .collect(Collectors.toSet());

        Set<String> supported = CebMessages.all().stream().filter(s -> s.direction() == MessageSpec.Direction.EXPORT)
                .map(MessageSpec::rootName).collect(Collectors.toSet());

        assertThat(schemaRoots).hasSize(23);
        assertThat(supported).isEqualTo(schemaRoots);
    }
}
