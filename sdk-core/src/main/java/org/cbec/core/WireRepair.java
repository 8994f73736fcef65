package org.cbec.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cbec.core.model.Member;
import org.cbec.core.model.Namespaces;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.WireNode;

/**
 * Lenient reading: turns a wire tree as read into one the schema accepts where the departure is one lenient reading
 * tolerates, and records each as a {@link Deviation}. Anything else is copied unchanged for the validator to judge.
 */
final class WireRepair {

    private final KnownAliases aliases;
    private final List<Deviation> deviations = new ArrayList<>();

    private WireRepair(KnownAliases aliases) {
        this.aliases = aliases;
    }

    /** The repaired copy of {@code root} and what was changed. */
    static Repaired repair(NodeSpec<?, ?> spec, WireNode root, KnownAliases aliases) {
        WireRepair r = new WireRepair(aliases);
        if (!root.name().equals(spec.name())) {
            r.deviations.add(new Deviation(root.name(), Deviation.Kind.ROOT_ALIAS,
                    "root <" + root.name() + "> read as <" + spec.name() + ">, its known real-world name", null));
        }
        WireNode fixed = r.node(spec, root, "");
        if (root.signed()) {
            fixed.markSigned();
            root.signatures().forEach(fixed::markSigned);
        }
        return new Repaired(fixed, List.copyOf(r.deviations));
    }

    /** What {@link #repair} returns. */
    record Repaired(WireNode root, List<Deviation> deviations) {
    }

    private WireNode node(NodeSpec<?, ?> spec, WireNode wire, String path) {
        WireNode copy = new WireNode(spec.name(), wire.line());
        wire.attributes().forEach(copy::putAttribute);
        Set<String> present = new HashSet<>();
        for (WireNode.Item item : wire.items()) {
            present.add(item.tag());
        }
        int[] counts = new int[spec.members().size()];
        for (WireNode.Item item : wire.items()) {
            if (!Namespaces.CEB.equals(item.namespace())) {
                copy.add(item);
                continue;
            }
            String canonical = aliases.element(spec.name(), item.tag());
            if (canonical != null && spec.indexOf(canonical) >= 0 && present.add(canonical)) {
                deviations.add(new Deviation(join(path, item.tag()), Deviation.Kind.ELEMENT_ALIAS,
                        "<" + item.tag() + "> stands in for the missing <" + canonical + ">, a known real-world name", item));
                add(spec, copy, renamed(item, canonical), path, counts);
                if (spec.indexOf(item.tag()) < 0) {
                    continue;
                }
            }
            add(spec, copy, item, path, counts);
        }
        return copy;
    }

    private void add(NodeSpec<?, ?> spec, WireNode copy, WireNode.Item item, String path, int[] counts) {
        int index = spec.indexOf(item.tag());
        String itemPath = join(path, item.tag());
        if (index < 0) {
            deviations.add(new Deviation(itemPath, Deviation.Kind.UNKNOWN_ELEMENT,
                    "<" + item.tag() + "> is not part of " + spec.name() + "; set aside", item));
            return;
        }
        Member<?, ?> m = spec.members().get(index);
        int occurrence = ++counts[index];
        if (occurrence > m.maxOccurs()) {
            deviations.add(new Deviation(itemPath, Deviation.Kind.DUPLICATE, "<" + item.tag() + "> occurrence " + occurrence
                    + ", at most " + m.maxOccurs() + " allowed; the first " + (m.maxOccurs() == 1 ? "is" : m.maxOccurs() + " are")
                    + " kept, this one set aside", item));
            return;
        }
        if (m instanceof Member.Child<?, ?, ?> c && item.node() != null) {
            String childPath = c.maxOccurs() > 1 ? itemPath + "[" + occurrence + "]" : itemPath;
            copy.addChild(node(c.spec(), item.node(), childPath));
        } else {
            copy.add(item);
        }
    }

    private static WireNode.Item renamed(WireNode.Item item, String tag) {
        return new WireNode.Item(tag, item.namespace(), item.text(), item.node(), item.xml(), item.line());
    }

    private static String join(String path, String tag) {
        return path.isEmpty() ? tag : path + "." + tag;
    }
}
