package org.cbec.core.signature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cbec.core.xml.SecureXml;
import org.cbec.core.xml.XmlLimits;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class CanonicalTest {

    /**
     * A document whose canonical form crosses the digest buffer several times, written both in small pieces (attributes
     * and short text, which Santuario writes a byte at a time) and in one text longer than the buffer.
     */
    private static Document document() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\r\n<!-- head -->\r\n<ceb:CEB621Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\""
                + " b=\"2\" a=\"1 &amp; &lt;\">\r\n");
        for (int i = 0; i < 200; i++) {
            xml.append("  <ceb:Item n=\"").append(i).append("\" xmlns:x=\"urn:x\"><!-- c --><x:v>é&amp;").append(i).append("</x:v></ceb:Item>\r\n");
        }
        xml.append("  <ceb:Note>").append("long text ".repeat(700)).append("</ceb:Note>\r\n</ceb:CEB621Message>\r\n");
        return SecureXml.parseDom(xml.toString().getBytes(StandardCharsets.UTF_8), XmlLimits.ofDefaults());
    }

    @Test
    void theStreamedDigestEqualsTheDigestOfTheCanonicalForm() {
        Document doc = document();
        byte[] canonical = Canonical.c14n(doc, false);
        assertThat(canonical.length).isGreaterThan(3 * 2048);

        for (String algorithm : new String[] {"SM3", "SHA-1"}) {
            assertThat(Canonical.c14nDigest(doc, algorithm)).as(algorithm).isEqualTo(Canonical.digest(algorithm, canonical));
        }
        assertThat(Canonical.c14nDigest(doc, "SM3")).isNotEqualTo(Canonical.digest("SM3", Canonical.c14n(doc, true)));
    }
}
