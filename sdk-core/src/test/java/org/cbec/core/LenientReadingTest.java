package org.cbec.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.core.model.FieldDef;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.ValidationException;
import org.cbec.core.xml.CebXmlException;
import org.junit.jupiter.api.Test;

class LenientReadingTest {

    /** A message type shaped like the customs ones: lines (1..2) with a sequence number, then exactly one transfer. */
    private static final NodeSpec<Map<String, Object>, Map<String, Object>> LINE = NodeSpec
            .<Map<String, Object>, Map<String, Object>>builder("Line", "行", LinkedHashMap::new, Map::copyOf)
            .field(FieldDef.of("seq", "顺序号", ValueType.INT, "N5", "int5"), n -> (Integer) n.get("seq"), (b, v) -> b.put("seq", v))
            .field(FieldDef.of("gnum", "项号", ValueType.INT, "N5", "int5").optional(), n -> (Integer) n.get("gnum"), (b, v) -> b.put("gnum", v))
            .build();
    private static final NodeSpec<Map<String, Object>, Map<String, Object>> TRANSFER = NodeSpec
            .<Map<String, Object>, Map<String, Object>>builder("Transfer", "传输", LinkedHashMap::new, Map::copyOf)
            .field(FieldDef.of("copCode", "传输企业代码", ValueType.STRING, "C..18", "1..18"), n -> (String) n.get("copCode"),
                    (b, v) -> b.put("copCode", v))
            .build();
    @SuppressWarnings("unchecked")
    private static final MessageSpec<Map<String, Object>> SPEC = new MessageSpec<>(NodeSpec
            .<Map<String, Object>, Map<String, Object>>builder("TESTMessage", "测试", LinkedHashMap::new, Map::copyOf)
            .many(LINE, 1, 2, n -> (List<Map<String, Object>>) n.getOrDefault("Line", List.of()),
                    (b, c) -> ((List<Object>) b.computeIfAbsent("Line", k -> new ArrayList<>())).add(c))
            .one(TRANSFER, n -> (Map<String, Object>) n.get("Transfer"), (b, c) -> b.put("Transfer", c))
            .build(), "TEST", "测试", MessageSpec.Direction.EXPORT, MessageSpec.SignatureSlot.NONE);

    private static final KnownAliases ALIASES = KnownAliases.load(new ByteArrayInputStream(
            "root.TEST = TESTMessage\nLine.gnum = seq\nLine.seqNo = seq\n".getBytes(StandardCharsets.UTF_8)));

    private final CebCodec strict = CebCodec.builder().readPolicy(ReadPolicy.strict(ALIASES)).build();
    private final CebCodec lenient = CebCodec.builder().readPolicy(ReadPolicy.lenient(ALIASES)).build();

    private static byte[] xml(String root, String body) {
        return ("<c:" + root + " xmlns:c=\"http://www.chinaport.gov.cn/ceb\">" + body + "</c:" + root + ">").getBytes(StandardCharsets.UTF_8);
    }

    private static final String LINE_1 = "<c:Line><c:seq>1</c:seq></c:Line>";
    private static final String TRANSFER_A = "<c:Transfer><c:copCode>A</c:copCode></c:Transfer>";
    private static final String TRANSFER_B = "<c:Transfer><c:copCode>B</c:copCode></c:Transfer>";

    @Test
    void strictReadingRefusesADuplicateNodeNamingIt() {
        assertThatThrownBy(() -> strict.read(xml("TESTMessage", LINE_1 + TRANSFER_A + TRANSFER_B), SPEC))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("<Transfer> occurs 2 times, at most 1 allowed");
    }

    @Test
    void lenientReadingKeepsTheFirstDuplicateAndReportsTheSecondWithItsContent() {
        CebCodec.Parsed<Map<String, Object>> p = lenient.parse(xml("TESTMessage", LINE_1 + TRANSFER_A + TRANSFER_B), SPEC);

        assertThat(p.report().errors()).isEmpty();
        assertThat(p.message().get("Transfer")).isEqualTo(Map.of("copCode", "A"));
        assertThat(p.deviations()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Deviation.Kind.DUPLICATE);
            assertThat(d.path()).isEqualTo("Transfer");
            assertThat(d.item().node().text("copCode")).isEqualTo("B");
        });
        assertThat(lenient.read(xml("TESTMessage", LINE_1 + TRANSFER_A + TRANSFER_B), SPEC)).isEqualTo(p.message());
        assertThat(CebCodec.builder().readPolicy(ReadPolicy.lenient()).build()
                .parse(xml("TESTMessage", LINE_1 + TRANSFER_A + TRANSFER_B), SPEC).deviations())
                .extracting(Deviation::toString).containsExactly(p.deviations().get(0).toString());
    }

    @Test
    void lenientReadingSetsAsideUnknownElementsAndReportsThem() {
        CebCodec.Parsed<Map<String, Object>> p = lenient.parse(xml("TESTMessage",
                "<c:Line><c:seq>1</c:seq><c:appSenderId>X</c:appSenderId></c:Line>" + TRANSFER_A), SPEC);

        assertThat(p.report().errors()).isEmpty();
        assertThat(p.deviations()).extracting(Deviation::kind, Deviation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Deviation.Kind.UNKNOWN_ELEMENT, "Line[1].appSenderId"));
        assertThat(p.deviations().get(0).item().text()).isEqualTo("X");
        assertThat(strict.parse(xml("TESTMessage", "<c:Line><c:seq>1</c:seq><c:appSenderId>X</c:appSenderId></c:Line>" + TRANSFER_A), SPEC)
                .report().errors()).extracting(v -> v.rule()).containsExactly(Rule.UNKNOWN_ELEMENT);
    }

    @Test
    void rootAliasIsReadLenientlyAndRefusedStrictlyWithAClearMessage() {
        byte[] aliased = xml("TEST", LINE_1 + TRANSFER_A);

        CebCodec.Parsed<?> p = lenient.parseAny(aliased, name -> name.equals("TESTMessage") ? SPEC : null);
        assertThat(p.spec()).isSameAs(SPEC);
        assertThat(p.report().errors()).isEmpty();
        assertThat(p.deviations()).extracting(Deviation::toString)
                .containsExactly("ROOT_ALIAS TEST: root <TEST> read as <TESTMessage>, its known real-world name");

        assertThatThrownBy(() -> strict.read(aliased, SPEC)).isInstanceOf(CebXmlException.class)
                .hasMessageContaining("known real-world name of <TESTMessage>, accepted only when reading leniently");
        assertThatThrownBy(() -> CebCodec.ofDefaults().read(aliased, SPEC)).isInstanceOf(CebXmlException.class)
                .hasMessageContaining("TEST is not supported");
    }

    @Test
    void elementAliasThatIsItselfAFieldLendsItsValueAndStays() {
        CebCodec.Parsed<Map<String, Object>> p = lenient.parse(xml("TESTMessage", "<c:Line><c:gnum>7</c:gnum></c:Line>" + TRANSFER_A), SPEC);

        assertThat(p.report().errors()).isEmpty();
        assertThat(p.message().get("Line")).isEqualTo(List.of(Map.of("seq", 7, "gnum", 7)));
        assertThat(p.deviations()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Deviation.Kind.ELEMENT_ALIAS);
            assertThat(d.path()).isEqualTo("Line[1].gnum");
        });
        assertThat(strict.parse(xml("TESTMessage", "<c:Line><c:gnum>7</c:gnum></c:Line>" + TRANSFER_A), SPEC).report().errors())
                .extracting(v -> v.path()).containsExactly("Line[1].seq");
    }

    @Test
    void elementAliasThatIsNoFieldIsReadAsTheSchemasElement() {
        CebCodec.Parsed<Map<String, Object>> p = lenient.parse(xml("TESTMessage", "<c:Line><c:seqNo>3</c:seqNo></c:Line>" + TRANSFER_A), SPEC);

        assertThat(p.report().errors()).isEmpty();
        assertThat(p.message().get("Line")).isEqualTo(List.of(Map.of("seq", 3)));
        assertThat(p.deviations()).extracting(Deviation::kind).containsExactly(Deviation.Kind.ELEMENT_ALIAS);
    }

    @Test
    void aliasIsNotUsedWhenTheSchemasElementIsPresent() {
        CebCodec.Parsed<Map<String, Object>> p = lenient.parse(xml("TESTMessage",
                "<c:Line><c:seq>1</c:seq><c:gnum>7</c:gnum></c:Line>" + TRANSFER_A), SPEC);

        assertThat(p.deviations()).isEmpty();
        assertThat(p.message().get("Line")).isEqualTo(List.of(Map.of("seq", 1, "gnum", 7)));
    }

    @Test
    void lenientReadingStillRefusesWhatItDoesNotRepair() {
        assertThatThrownBy(() -> lenient.read(xml("TESTMessage", "<c:Line><c:gnum>x</c:gnum><c:gnum>1</c:gnum></c:Line>"), SPEC))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Transfer");
    }

    @Test
    void aliasFileRejectsKeysThatAreNeitherRootNorNodeElement() {
        assertThatThrownBy(() -> KnownAliases.load(new ByteArrayInputStream("gnum=gseqno".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gnum");
        assertThat(KnownAliases.none().root("CEB214")).isEqualTo("CEB214");
    }
}
