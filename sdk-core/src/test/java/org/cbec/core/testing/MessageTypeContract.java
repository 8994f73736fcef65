package org.cbec.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cbec.core.CebCodec;
import org.cbec.core.model.FieldDef;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.model.XsdFacets;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.ValidationReport;
import org.cbec.core.validation.Violation;
import org.cbec.core.validation.internal.WireValidator;
import org.cbec.core.xml.internal.WireWriter;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties every message type must have, run by a few lines per type:
 *
 * <pre>{@code
 * class Ceb411PropertiesTest extends MessageTypeContract<Ceb411Message> {
 *     Ceb411PropertiesTest() { super(Ceb411Message.SPEC, "ceb-import-202205.xsd"); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>a random message satisfying every field rule is accepted by the official XSD and reads back equal;</li>
 *   <li>a random mandatory field removed, or a value over its bounds, is rejected naming that field, by the SDK and
 *   by the XSD.</li>
 * </ul>
 *
 * @param <M> the typed message
 */
public abstract class MessageTypeContract<M> {

    private final MessageSpec<M> spec;
    private final String xsd;
    private final CebCodec codec = CebCodec.builder().writeCheck(CebCodec.WriteCheck.SCHEMA).build();

    protected MessageTypeContract(MessageSpec<M> spec, String xsd) {
        this.spec = spec;
        this.xsd = xsd;
    }

    @Provide
    Arbitrary<WireNode> messages() {
        return RandomWire.of(spec);
    }

    @Property(tries = 25)
    void randomValidMessageIsAcceptedBySdkAndSchemaAndReadsBackEqual(@ForAll("messages") WireNode wire) {
        List<Violation> fieldFindings = WireValidator.validate(spec, wire).violations().stream()
                .filter(v -> v.rule() != Rule.CONSISTENCY).toList();
        assertThat(fieldFindings).isEmpty();

        byte[] xml = WireWriter.write(wire);
        assertThat(schemaError(xml)).isNull();

        M message = codec.read(xml, spec);
        assertThat(codec.read(codec.write((org.cbec.core.model.CebMessage) message), spec)).isEqualTo(message);
        assertThat(WireWriter.write(spec.root().toWire(message))).isEqualTo(xml);
    }

    @Property(tries = 40)
    void removedMandatoryFieldOrOverLongValueIsRejectedNamingThatField(@ForAll("messages") WireNode wire,
                                                                       @ForAll @IntRange(min = 0, max = 100_000) int pick,
                                                                       @ForAll boolean remove) {
        List<Slot> slots = new ArrayList<>();
        collect(spec.root(), wire, "", slots);
        List<Slot> candidates = slots.stream().filter(s -> remove ? s.def().required() : bounded(s.def().xsd()) || s.def().fixedValue() != null)
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        Slot slot = candidates.get(pick % candidates.size());
        WireNode mutated = replace(wire, slot.owner(), slot.def().tag(), remove ? null : invalidFor(slot.def()));

        ValidationReport report = WireValidator.validate(spec, mutated);

        assertThat(report.errors()).as("%s %s", remove ? "removing" : "over-long", slot.path())
                .anySatisfy(v -> {
                    assertThat(v.path()).isEqualTo(slot.path());
                    assertThat(v.fieldName()).isEqualTo(slot.def().cnName());
                    assertThat(v.rule().schemaLevel()).isTrue();
                });
        assertThat(schemaError(WireWriter.write(mutated))).as("XSD on %s", slot.path()).isNotNull();
    }

    /** The XSD's complaint; a type whose schema requires ds:Signature gets a placeholder one, as signing would add. */
    private String schemaError(byte[] xml) {
        boolean required = spec.signature() == MessageSpec.SignatureSlot.REQUIRED_LAST;
        return OfficialSpec.schemaError(required ? OfficialSpec.withPlaceholderSignature(xml) : xml, xsd);
    }

    /** A field of the tree with its definition and the node holding it. */
    private record Slot(String path, FieldDef<?> def, WireNode owner) {
    }

    private static void collect(NodeSpec<?, ?> spec, WireNode node, String path, List<Slot> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (WireNode.Item item : node.items()) {
            Member<?, ?> m = spec.member(item.tag());
            String p = path.isEmpty() ? item.tag() : path + "." + item.tag();
            if (m instanceof Member.Field<?, ?, ?> f && f.def().type() != ValueType.XML) {
                out.add(new Slot(p, f.def(), node));
            } else if (m instanceof Member.Child<?, ?, ?> c) {
                int k = seen.merge(item.tag(), 1, Integer::sum);
                collect(c.spec(), item.node(), c.maxOccurs() > 1 ? p + "[" + k + "]" : p, out);
            }
        }
    }

    /** Whether some value lies over the facets (an xs:string without maxLength, like CEB900's oriBizMessage, has none). */
    private static boolean bounded(XsdFacets x) {
        return x.isDecimal() || x.isInt() || x.maxLength() != Integer.MAX_VALUE;
    }

    /** A value the field's XSD facets refuse. */
    private static String invalidFor(FieldDef<?> def) {
        XsdFacets x = def.xsd();
        if (x.isDecimal()) {
            return x.fractionDigits() >= 0 ? "1." + "1".repeat(x.fractionDigits() + 1) : "1,5";
        }
        if (x.isInt()) {
            return "1.5";
        }
        if (def.fixedValue() != null) {
            return def.fixedValue() + "9";
        }
        return "x".repeat(x.maxLength() == Integer.MAX_VALUE ? 0 : x.maxLength() + 1);
    }

    /** A copy of the tree in which {@code owner}'s field {@code tag} holds {@code text}, or is gone when null. */
    private static WireNode replace(WireNode node, WireNode owner, String tag, String text) {
        WireNode copy = new WireNode(node.name(), node.line());
        node.attributes().forEach(copy::putAttribute);
        for (WireNode.Item item : node.items()) {
            if (item.isField() && node == owner && item.tag().equals(tag)) {
                if (text != null) {
                    copy.addField(tag, text, item.line());
                }
            } else if (item.isField()) {
                copy.add(item);
            } else {
                copy.addChild(replace(item.node(), owner, tag, text));
            }
        }
        return copy;
    }
}
