package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cbec.client.CebClient;
import org.cbec.client.SenderProfile;
import org.cbec.client.Submission;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.signature.SignaturePlacement;
import org.cbec.core.signature.TestKeys;
import org.cbec.core.signature.XmlSigner;
import org.cbec.client.Stores;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.customs.CebMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message type that is filed signed goes through {@link CebClient#submitSigned} with as many records as its
 * schema allows (the official sample's record repeated): a signed CEB623 with ten {@code InvtCancel} records used to be
 * refused with {@code XML_TOO_DEEP ... line 252}, because reading each correlation key with
 * {@code getElementText()} bypassed the hardened reader's depth count, which then grew by one per key.
 */
class ManyRecordsSubmitTest {

    /** Accepts every send; nothing comes back. */
    private static final class Accepting implements Transport {
        @Override
        public String endpoint() {
            return "accepting:";
        }

        @Override
        public SendResult send(OutboundEnvelope envelope) {
            return new SendResult(endpoint(), null, "ok");
        }

        @Override
        public List<InboundEnvelope> receive() {
            return List.of();
        }
    }

    static Stream<Path> signedSamples() {
        return Stream.concat(OfficialSpec.samples("import").stream(), OfficialSpec.samples("export").stream())
                .filter(p -> spec(p) != null && spec(p).signature().allowed());
    }

    private static MessageSpec<?> spec(Path sample) {
        String name = sample.getFileName().toString().replace(".xml", "");
        return CebMessages.byRootName(name).orElse(null);
    }

    @ParameterizedTest
    @MethodSource("signedSamples")
    void aSignedMessageWithAsManyRecordsAsAllowedIsSubmitted(Path sample) {
        MessageSpec<?> spec = spec(sample);
        String xml = new String(OfficialSpec.read(sample), StandardCharsets.UTF_8);
        Member.Child<?, ?, ?> records = records(spec.root(), xml);
        String many = repeat(xml, records.tag(), Math.min(records.maxOccurs(), 100));
        SignaturePlacement placement = spec.direction() == MessageSpec.Direction.EXPORT ? SignaturePlacement.BEFORE_EXTEND_MESSAGE : SignaturePlacement.LAST_CHILD;
        byte[] signed = XmlSigner.custom(TestKeys.sm2().signer()).placement(placement).build().sign(many.getBytes(StandardCharsets.UTF_8));
        String guid = attribute(many, "guid");

        try (CebClient client = CebClient.builder().sender(new SenderProfile("DXPENT0000458763", "1105910159", "测试"))
                .transport(new Accepting()).store(Stores.inMemory()).build()) {
            Submission s = client.submitSigned(spec.rootName(), spec.direction(), guid, signed);
            assertThat(s.guid()).isEqualTo(guid);
        }
    }

    /** The first repeatable node (in schema order, depth first) that the sample holds, BaseSubscribe aside. */
    private static Member.Child<?, ?, ?> records(NodeSpec<?, ?> node, String xml) {
        for (Member<?, ?> m : node.members()) {
            if (m instanceof Member.Child<?, ?, ?> c && xml.contains(":" + c.tag() + ">")) {
                if (c.maxOccurs() > 1 && !c.tag().equals("BaseSubscribe")) {
                    return c;
                }
                Member.Child<?, ?, ?> inner = records(c.spec(), xml);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** {@code xml} with its first {@code <ceb:tag>} element repeated until there are {@code count} of them. */
    private static String repeat(String xml, String tag, int count) {
        Matcher m = Pattern.compile("(?s)<(?:\\w+:)?" + tag + "\\b[^>]*>.*?</(?:\\w+:)?" + tag + ">").matcher(xml);
        List<String> found = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            found.add(m.group());
            end = m.end();
        }
        assertThat(found).as("<" + tag + "> records").isNotEmpty();
        StringBuilder more = new StringBuilder();
        for (int i = found.size(); i < count; i++) {
            more.append(found.get(0));
        }
        return xml.substring(0, end) + more + xml.substring(end);
    }

    private static String attribute(String xml, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]+)\"").matcher(xml);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
