package org.cbec.mock.internal.console;

import java.util.List;

import org.cbec.core.model.CebMessage;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.Namespaces;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.WireNode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message as the console shows it: each node and field with its XML name and the dictionary's Chinese name, every
 * value of a personal field masked by its {@link org.cbec.core.validation.Sensitivity} (as the SDK masks them in
 * violations and logs), and any element the specification does not define masked whole (its meaning, hence its
 * sensitivity, is unknown).
 *
 * <pre>{@code
 * ObjectNode tree = MaskedTree.of(Ceb311Message.SPEC, wire);
 * // {"xml":"CEB311Message","cn":"电子订单","items":[{"xml":"guid","cn":"企业系统生成36位唯一序号","value":"…"}, …]}
 * }</pre>
 */
public final class MaskedTree {

    /** What replaces the value of an element the specification does not define. */
    static final String UNKNOWN = "*** (not in the specification: not shown)";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MaskedTree() {
    }

    /** The tree of a whole message read off the wire. */
    public static ObjectNode of(MessageSpec<?> spec, WireNode root) {
        ObjectNode tree = node(spec.root(), root);
        tree.put("cn", spec.cnName());
        return tree;
    }

    /** The tree of a typed message (e.g. a receipt the mock made). */
    @SuppressWarnings("unchecked")
    public static <M extends CebMessage> ObjectNode of(CebMessage message) {
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return of(spec, spec.root().toWire((M) message));
    }

    /** The tree of one node under {@code spec}. */
    public static ObjectNode node(NodeSpec<?, ?> spec, WireNode wire) {
        ObjectNode out = JSON.objectNode().put("xml", wire.name()).put("cn", spec == null ? "" : spec.cnName());
        ArrayNode items = out.putArray("items");
        for (Member.Field<?, ?, ?> a : spec == null ? List.<Member.Field<?, ?, ?>>of() : spec.attributes()) {
            String value = wire.attribute(a.tag());
            if (value != null) {
                items.add(field("@" + a.tag(), a.cnName(), a.def().sensitivity().mask(value)));
            }
        }
        for (WireNode.Item item : wire.items()) {
            Member<?, ?> m = spec != null && Namespaces.CEB.equals(item.namespace()) ? spec.member(item.tag()) : null;
            if (item.isField()) {
                items.add(m instanceof Member.Field<?, ?, ?> f ? field(item.tag(), f.cnName(), f.def().sensitivity().mask(item.text()))
                        : field(item.tag(), "", UNKNOWN));
            } else {
                items.add(m instanceof Member.Child<?, ?, ?> c ? node(c.spec(), item.node()) : unknownNode(item.node()));
            }
        }
        return out;
    }

    private static ObjectNode unknownNode(WireNode wire) {
        return field(wire.name(), "", UNKNOWN);
    }

    private static ObjectNode field(String xml, String cn, String value) {
        return JSON.objectNode().put("xml", xml).put("cn", cn).put("value", value);
    }
}
