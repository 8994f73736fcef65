package org.cbec.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.junit.jupiter.api.Test;

/**
 * A declared encoding is decoded strictly: bytes invalid in it are refused with {@code XML_ENCODING} by every parser
 * of the SDK (and so by the signer), never read, validated or signed as U+FFFD.
 */
class XmlEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");

    private static byte[] gbk(byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("<?xml version=\"1.0\" encoding=\"GBK\"?>\n<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" guid=\"G\">\n<ceb:x>"
                .getBytes(GBK));
        for (byte[] p : parts) {
            out.write(p);
        }
        out.write("</ceb:x></ceb:CEB311Message>".getBytes(GBK));
        return out.toByteArray();
    }

    private static String text(byte[] xml) throws Exception {
        XMLStreamReader r = SecureXml.streamReader(xml, XmlLimits.ofDefaults());
        StringBuilder b = new StringBuilder();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.CHARACTERS) {
                b.append(r.getText());
            }
        }
        return b.toString();
    }

    @Test
    void validGbkIsReadAsWritten() throws Exception {
        assertThat(text(gbk("跨境电商".getBytes(GBK)))).contains("跨境电商").doesNotContain("\uFFFD");
    }

    @Test
    void bytesInvalidInTheDeclaredEncodingAreRefusedByEveryParserAndTheSigner() throws Exception {
        byte[] invalidGbk = gbk("跨境".getBytes(GBK), new byte[] {(byte) 0x81, (byte) 0x20}, "电商".getBytes(GBK));
        byte[] invalidUtf8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\u8de8").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] truncatedUtf8 = java.util.Arrays.copyOf(invalidUtf8, invalidUtf8.length - 1);
        byte[] badUtf8 = new byte[truncatedUtf8.length + 5];
        System.arraycopy(truncatedUtf8, 0, badUtf8, 0, truncatedUtf8.length);
        System.arraycopy("</a>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, badUtf8, truncatedUtf8.length, 4);

        List<Consumer<byte[]>> parsers = List.of(
                b -> SecureXml.parseDom(b, XmlLimits.ofDefaults()),
                b -> { try { text(b); } catch (RuntimeException e) { throw e; } catch (Exception e) { throw new IllegalStateException(e); } },
                b -> XmlSigner.custom(TestKeys.sm2().signer()).build().sign(b));
        for (byte[] bad : List.of(invalidGbk, java.util.Arrays.copyOf(badUtf8, badUtf8.length - 1))) {
            for (Consumer<byte[]> parser : parsers) {
                assertThatThrownBy(() -> parser.accept(bad)).isInstanceOf(CebXmlException.class)
                        .satisfies(e -> assertThat(((CebXmlException) e).errorCode()).isEqualTo(ErrorCode.XML_ENCODING))
                        .hasMessageContaining("line ");
            }
        }
    }

    @Test
    void anEncodingTheJvmCannotDecodeIsRefused() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"X-NO-SUCH\"?><a/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> SecureXml.parseDom(xml, XmlLimits.ofDefaults())).isInstanceOf(CebXmlException.class)
                .satisfies(e -> assertThat(((CebXmlException) e).errorCode()).isEqualTo(ErrorCode.XML_ENCODING));
    }
}
