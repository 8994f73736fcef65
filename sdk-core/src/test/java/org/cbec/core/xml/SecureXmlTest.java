package org.cbec.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.cbec.core.error.ErrorCode;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.xml.internal.WireReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {

    private static final String CEB = "xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"";
    private static final XmlLimits LIMITS = XmlLimits.ofDefaults();
    /** A message type without members: the reader reads whatever the root holds. */
    private static final MessageSpec<Object> ANY = new MessageSpec<>(NodeSpec.<Object, Object>builder("any", "test", Object::new, b -> b).build(),
            "TEST", "test", MessageSpec.Direction.IMPORT, MessageSpec.SignatureSlot.NONE);

    /** Every way the SDK parses XML: the message reader, the raw StAX reader and the DOM parser. */
    private static void assertRejected(String xml, String code) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Consumer<byte[]> wire = b -> WireReader.read(b, LIMITS, name -> ANY);
        Consumer<byte[]> stax = b -> drain(SecureXml.streamReader(new ByteArrayInputStream(b), LIMITS));
        Consumer<byte[]> dom = b -> SecureXml.parseDom(b, LIMITS);
        for (Consumer<byte[]> parser : java.util.List.of(wire, stax, dom)) {
            assertThatThrownBy(() -> parser.accept(bytes))
                    .isInstanceOf(CebXmlException.class)
                    .satisfies(e -> assertThat(((CebXmlException) e).code()).isEqualTo(code));
        }
    }

    private static void drain(XMLStreamReader r) {
        try {
            while (r.hasNext()) {
                r.next();
            }
        } catch (XMLStreamException e) {
            throw SecureXml.translate(e);
        }
    }

    @Test
    void externalEntityToALocalFileIsRejectedAndTheFileNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<ceb:CEB311Message " + CEB + "><ceb:a>&x;</ceb:a></ceb:CEB311Message>";

        assertRejected(xml, ErrorCode.XML_DOCTYPE.code());
        assertThatThrownBy(() -> WireReader.read(xml.getBytes(StandardCharsets.UTF_8), LIMITS, name -> null))
                .hasMessageContaining("DOCTYPE is not allowed").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void externalEntityToAnHttpUrlIsRejectedWithoutAnyConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + url + "\">]>"
                    + "<ceb:CEB311Message " + CEB + "><ceb:a>&x;</ceb:a></ceb:CEB311Message>";
            String external = "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"" + url + "\"><ceb:CEB311Message " + CEB + "/>";

            assertRejected(xml, ErrorCode.XML_DOCTYPE.code());
            assertRejected(external, ErrorCode.XML_DOCTYPE.code());

            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).as("no connection was made").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void theDomParserStaysHardenedWhenItsThreadParsesAgain() {
        byte[] good = ("<ceb:CEB311Message " + CEB + "><ceb:A>1</ceb:A></ceb:CEB311Message>").getBytes(StandardCharsets.UTF_8);
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"y\">]><ceb:CEB311Message " + CEB + ">&x;</ceb:CEB311Message>";
        for (int i = 0; i < 3; i++) {
            assertThat(SecureXml.parseDom(good, LIMITS).getDocumentElement().getTextContent()).isEqualTo("1");
            assertRejected(hostile, ErrorCode.XML_DOCTYPE.code());
        }
    }

    @Test
    void billionLaughsIsRejected() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = "<?xml version=\"1.0\"?>" + dtd + "<ceb:CEB311Message " + CEB + "><ceb:a>&lol9;</ceb:a></ceb:CEB311Message>";

        assertRejected(xml, ErrorCode.XML_DOCTYPE.code());
    }

    @Test
    void inputOverTheSizeLimitIsRejected() {
        XmlLimits small = XmlLimits.custom().maxBytes(1024).build();
        byte[] big = ("<ceb:CEB311Message " + CEB + "><ceb:a>" + "x".repeat(2000) + "</ceb:a></ceb:CEB311Message>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WireReader.read(big, small, name -> null))
                .isInstanceOf(CebXmlException.class).hasMessageContaining("larger than the limit of 1024 bytes");
        assertThatThrownBy(() -> drain(SecureXml.streamReader(new ByteArrayInputStream(big), small)))
                .isInstanceOf(CebXmlException.class)
                .satisfies(e -> assertThat(((CebXmlException) e).code()).isEqualTo(ErrorCode.XML_TOO_LARGE.code()));
    }

    @Test
    void nestingDeeperThanTheLimitIsRejected() {
        String xml = "<ceb:r " + CEB + ">" + "<ceb:n>".repeat(40) + "</ceb:n>".repeat(40) + "</ceb:r>";

        assertRejected(xml, ErrorCode.XML_TOO_DEEP.code());
    }

    @Test
    void tooManyAttributesAreRejected() {
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            attrs.append(" a").append(i).append("=\"v\"");
        }
        assertRejected("<ceb:r " + CEB + attrs + "/>", ErrorCode.XML_TOO_MANY_ATTRIBUTES.code());
    }

    @Test
    void malformedXmlIsReportedWithItsLine() {
        assertThatThrownBy(() -> WireReader.read("<ceb:r xmlns:ceb=\"x\">\n<a></b>".getBytes(StandardCharsets.UTF_8), LIMITS, name -> null))
                .isInstanceOf(CebXmlException.class)
                .satisfies(e -> assertThat(((CebXmlException) e).code()).isIn(ErrorCode.XML_MALFORMED.code(), ErrorCode.XML_UNEXPECTED_ROOT.code()));
        assertThatThrownBy(() -> WireReader.read("<ceb:r xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">\n<a></b>"
                .getBytes(StandardCharsets.UTF_8), LIMITS, name -> null))
                .isInstanceOf(CebXmlException.class).hasMessageContaining("not supported");
    }

    @Test
    void rootOutsideTheCustomsNamespaceIsRejected() {
        assertThatThrownBy(() -> WireReader.read("<CEB311Message/>".getBytes(StandardCharsets.UTF_8), LIMITS, name -> null))
                .isInstanceOf(CebXmlException.class)
                .hasMessageContaining("not in the customs namespace")
                .satisfies(e -> assertThat(((CebXmlException) e).code()).isEqualTo(ErrorCode.XML_UNEXPECTED_ROOT.code()));
    }
}
