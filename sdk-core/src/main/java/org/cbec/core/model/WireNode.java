package org.cbec.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message node as it is on the wire: the text of each field and the child nodes, in document order, before any
 * typing. The reader produces it, the validator checks it and the writer writes it, so that what is validated is
 * exactly what is written or was read. Typed messages convert to and from it through their {@link NodeSpec}.
 *
 * <p>A {@code WireNode} is filled while it is built and then only read.
 *
 * <pre>{@code
 * WireNode head = new WireNode("OrderHead", 0);
 * head.addField("orderNo", "A001", 0);
 * head.text("orderNo"); // "A001"
 * }</pre>
 */
public final class WireNode {

    /**
     * One child element: a field ({@code text} set) or a node ({@code node} set).
     *
     * @param tag       local name
     * @param namespace namespace URI as read (the CEB namespace for anything the SDK writes)
     * @param text      text of a field, {@code null} for a node
     * @param node      child node, {@code null} for a field
     * @param xml       the text is an XML fragment to be written verbatim
     * @param line      one-based input line, 0 when built in code
     */
    public record Item(String tag, String namespace, String text, WireNode node, boolean xml, int line) {
        public boolean isField() {
            return node == null;
        }
    }

    private final String name;
    private final int line;
    /** Created with the first attribute: most nodes have none. */
    private Map<String, String> attributes;
    private final List<Item> items = new ArrayList<>();
    private boolean signed;
    /** Created with the first signature read: where each stood and what it held, for the validator. */
    private List<Signature> signatures;

    /**
     * An enveloped {@code ds:Signature} as the reader met it at the root (its content is not part of the message and
     * is never read as such): the root's elements that came after it, and its own child elements in order.
     *
     * @param line       one-based input line of its start tag
     * @param followedBy local names of the root's elements after it, in order
     * @param parts      its child elements as {@code ds:Name} (XML-Signature namespace) or {@code {uri}Name}, in order
     */
    public record Signature(int line, List<String> followedBy, List<String> parts) {
        public Signature {
            followedBy = List.copyOf(followedBy);
            parts = List.copyOf(parts);
        }
    }

    public WireNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public void putAttribute(String name, String value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.put(name, value);
    }

    public String attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    public Map<String, String> attributes() {
        return attributes == null ? Collections.emptyMap() : Collections.unmodifiableMap(attributes);
    }

    public void addField(String tag, String text, int line) {
        items.add(new Item(tag, Namespaces.CEB, text, null, false, line));
    }

    public void addXmlField(String tag, String xml, int line) {
        items.add(new Item(tag, Namespaces.CEB, xml, null, true, line));
    }

    public void addChild(WireNode child) {
        items.add(new Item(child.name, Namespaces.CEB, null, child, false, child.line));
    }

    public void add(Item item) {
        items.add(item);
    }

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    /** Text of the first field {@code tag}, or {@code null} when absent. */
    public String text(String tag) {
        for (Item i : items) {
            if (i.isField() && i.tag.equals(tag)) {
                return i.text;
            }
        }
        return null;
    }

    /** The child nodes named {@code tag}, in order. */
    public List<WireNode> children(String tag) {
        List<WireNode> out = new ArrayList<>();
        for (Item i : items) {
            if (!i.isField() && i.tag.equals(tag)) {
                out.add(i.node);
            }
        }
        return out;
    }

    /** True when the node (a message root) carried a {@code ds:Signature} when read. */
    public boolean signed() {
        return signed;
    }

    public void markSigned() {
        this.signed = true;
    }

    /** Notes a {@code ds:Signature} read at this (root) node; {@link #signed()} becomes true. */
    public void markSigned(Signature signature) {
        this.signed = true;
        if (signatures == null) {
            signatures = new ArrayList<>(1);
        }
        signatures.add(signature);
    }

    /** The signatures read at this node, in document order; empty for a node built in code. */
    public List<Signature> signatures() {
        return signatures == null ? List.of() : Collections.unmodifiableList(signatures);
    }

    @Override
    public String toString() {
        return "WireNode[" + name + ", " + items.size() + " items]";
    }
}
