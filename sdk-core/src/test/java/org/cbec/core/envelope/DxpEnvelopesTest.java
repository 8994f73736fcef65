package org.cbec.core.envelope;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbec.core.envelope.Fixtures.DXP;
import static org.cbec.core.envelope.Fixtures.TERMINAL_XSD;
import static org.cbec.core.envelope.Fixtures.replace;
import static org.cbec.core.envelope.Fixtures.transInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.cbec.core.error.ErrorCode;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.XmlLimits;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class DxpEnvelopesTest {

    private static final byte[] BUSINESS = "<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"/>".getBytes(UTF_8);

    private static DxpMsg fullMessage() {
        return DxpMsg.builder()
                .id("Dxp_1")
                .transInfo(transInfo().receiverId("DXPEDCCEB0000003").receiverId("R3").receiverId("R4").receiverId("R5").build())
                .data(BUSINESS)
                .addInfo(AddInfo.builder()
                        .fileName("CEB311_20240601.xml")
                        .icCard("1234567890123")
                        .bizKey("DealFlag", "1")
                        .bizKey("RetType", "2")
                        .bizKey(null, "no name")
                        .textEncode("UTF-8")
                        .recMapId("MAP1")
                        .build())
                .build();
    }

    @Test
    void writtenMessageIsValidAgainstOfficialTerminalNodeSchema() {
        OfficialSpec.assertValid(DXP.write(fullMessage()), TERMINAL_XSD);
        OfficialSpec.assertValid(DXP.write(DXP.wrap(BUSINESS, transInfo().build())), TERMINAL_XSD);
    }

    @Test
    void writtenMessageReadsBackEqual() {
        DxpMsg msg = fullMessage();
        assertThat(DXP.read(DXP.write(msg))).isEqualTo(msg);
    }

    @Test
    void writesTheWireFormOfTheSpecification() {
        String xml = new String(DXP.write(DXP.wrap(BUSINESS, transInfo().build())), UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dxp:DxpMsg xmlns:dxp=\"http://www.chinaport.gov.cn/dxp\" ver=\"1.0\">")
                .contains("<dxp:ReceiverIds><dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId></dxp:ReceiverIds>")
                .contains("<dxp:CreatTime>2024-06-01T12:00:00</dxp:CreatTime>")
                .contains("<dxp:Data>" + Base64.getEncoder().encodeToString(BUSINESS) + "</dxp:Data>");
    }

    @Property
    void unwrapsToTheSameBytes(@ForAll @Size(max = 4096) byte[] data) {
        assertThat(DXP.unwrap(DXP.write(DXP.wrap(data, transInfo().build())))).isEqualTo(data);
    }

    @Test
    void unwrapsTheOfficialSampleByteForByteWithItsByteOrderMark() throws IOException {
        byte[] sample = Files.readAllBytes(OfficialSpec.sample("import/CEB311Message.xml"));
        assertThat(sample).startsWith(0xEF, 0xBB, 0xBF);
        byte[] envelope = DXP.write(DXP.wrap(sample, transInfo().build()));
        OfficialSpec.assertValid(envelope, TERMINAL_XSD);
        assertThat(DXP.unwrap(envelope)).isEqualTo(sample);
    }

    @Test
    void writesBase64WithoutLineBreaksAndReadsItWithLineBreaks() {
        byte[] large = new byte[1000];
        new java.util.Random(7).nextBytes(large);
        String xml = new String(DXP.write(DXP.wrap(large, transInfo().build())), UTF_8);
        String encoded = Base64.getEncoder().encodeToString(large);
        assertThat(xml).contains(encoded);
        String wrapped = Base64.getMimeEncoder().encodeToString(large) + "\n";
        assertThat(wrapped).contains("\r\n");
        assertThat(DXP.unwrap(replace(xml, encoded, "\n" + wrapped).getBytes(UTF_8))).isEqualTo(large);
    }

    @Test
    void escapesMarkupInTextAndAttributes() {
        DxpMsg msg = DxpMsg.builder()
                .transInfo(transInfo().copMsgId("a<b>&c\"d'e\r\nf\tg]]>").msgType("").build())
                .data(new byte[0])
                .addInfo(AddInfo.builder().bizKey("k\"<&>\t\n\r", "v").textEncode("\"").build())
                .build();
        byte[] xml = DXP.write(msg);
        OfficialSpec.assertValid(xml, TERMINAL_XSD);
        assertThat(DXP.read(xml)).isEqualTo(msg);
    }

    @Test
    void creationTimeFromAnInstantIsChinaTime() {
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T16:30:15.750Z"), ZoneOffset.UTC);
        assertThat(transInfo().creatTime(clock).build().creatTime()).isEqualTo(LocalDateTime.of(2024, 6, 2, 0, 30, 15));
    }

    @Test
    void readsCreationTimeWithOffsetAsChinaTime() {
        String xml = replace(new String(DXP.write(DXP.wrap(BUSINESS, transInfo().build())), UTF_8), "2024-06-01T12:00:00", "2024-06-01T04:00:00Z");
        assertThat(DXP.read(xml.getBytes(UTF_8)).transInfo().creatTime()).isEqualTo(LocalDateTime.of(2024, 6, 1, 12, 0, 0));
    }

    @Test
    void skipsAnEnvelopeSignature() {
        String xml = replace(new String(DXP.write(DXP.wrap(BUSINESS, transInfo().build())), UTF_8), "</dxp:DxpMsg>",
                "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/></ds:Signature></dxp:DxpMsg>");
        assertThat(DXP.unwrap(xml.getBytes(UTF_8))).isEqualTo(BUSINESS);
    }

    @Test
    void rejectsExternalEntityWithoutReadingTheFile() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + new String(DXP.write(DXP.wrap(BUSINESS, transInfo().copMsgId("&x;").build())), UTF_8).replaceFirst("<\\?xml[^>]*>\\n", "").replace("&amp;x;", "&x;");
        assertThatThrownBy(() -> DXP.read(xml.getBytes(UTF_8)))
                .isInstanceOfSatisfying(CebXmlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.XML_DOCTYPE.code()))
                .message().doesNotContain("root:");
    }

    @Test
    void rejectsDoctypeInAnEnvelope() {
        String xml = "<!DOCTYPE dxp:DxpMsg><dxp:DxpMsg xmlns:dxp=\"http://www.chinaport.gov.cn/dxp\" ver=\"1.0\"/>";
        assertThatThrownBy(() -> DXP.read(xml.getBytes(UTF_8)))
                .isInstanceOfSatisfying(CebXmlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.XML_DOCTYPE.code()));
    }

    @Test
    void honoursTheSizeLimit() {
        byte[] xml = DXP.write(DXP.wrap(new byte[2000], transInfo().build()));
        assertThatThrownBy(() -> DxpEnvelopes.withLimits(XmlLimits.custom().maxBytes(1000).build()).read(xml))
                .isInstanceOfSatisfying(CebXmlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.XML_TOO_LARGE.code()));
    }

    @Test
    void rejectsAnotherRoot() {
        assertThatThrownBy(() -> DXP.read("<DxpMsg ver=\"1.0\"/>".getBytes(UTF_8)))
                .isInstanceOfSatisfying(CebXmlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.XML_UNEXPECTED_ROOT.code()))
                .hasMessageContaining("<dxp:DxpMsg>");
    }
}
