package org.cbec.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The description of one node type (a head, a list line, {@code BaseTransfer}, a message root): its members in
 * schema order, its attributes, cross-field checks, and how to build the typed class. Reader, writer and validator
 * are written once over these descriptions; no reflection is involved.
 *
 * <pre>{@code
 * OrderHead head = OrderHead.SPEC.fromWire(wire);  // bind wire text to the typed node
 * WireNode again = OrderHead.SPEC.toWire(head);    // and back
 * }</pre>
 *
 * @param <N> the typed node
 * @param <B> its builder
 */
public final class NodeSpec<N, B> {

    private final String name;
    private final String cnName;
    private final List<Member<N, B>> members;
    private final List<Member.Field<N, B, ?>> attributes;
    private final List<NodeCheck> checks;
    private final Supplier<B> newBuilder;
    private final Function<B, N> build;
    private final Map<String, Integer> indexByTag;

    private NodeSpec(Builder<N, B> b) {
        this.name = b.name;
        this.cnName = b.cnName;
        this.members = List.copyOf(b.members);
        this.attributes = List.copyOf(b.attributes);
        this.checks = List.copyOf(b.checks);
        this.newBuilder = b.newBuilder;
        this.build = b.build;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            if (idx.put(members.get(i).tag(), i) != null) {
                throw new IllegalArgumentException("duplicate member " + members.get(i).tag() + " in " + name);
            }
        }
        this.indexByTag = Collections.unmodifiableMap(idx);
    }

    /** Starts the description of node {@code name}. */
    public static <N, B> Builder<N, B> builder(String name, String cnName, Supplier<B> newBuilder, Function<B, N> build) {
        return new Builder<>(name, cnName, newBuilder, build);
    }

    /** Element local name. */
    public String name() {
        return name;
    }

    /** Specification name. */
    public String cnName() {
        return cnName;
    }

    /** Element members in schema order. */
    public List<Member<N, B>> members() {
        return members;
    }

    public List<Member.Field<N, B, ?>> attributes() {
        return attributes;
    }

    public List<NodeCheck> checks() {
        return checks;
    }

    /** Position of the member {@code tag} in schema order, or -1. */
    public int indexOf(String tag) {
        Integer i = indexByTag.get(tag);
        return i == null ? -1 : i;
    }

    /** The member {@code tag}, or {@code null}. */
    public Member<N, B> member(String tag) {
        int i = indexOf(tag);
        return i < 0 ? null : members.get(i);
    }

    /** The typed node as wire text, members in schema order; absent optional fields are left out. */
    public WireNode toWire(N node) {
        WireNode w = new WireNode(name, 0);
        for (int i = 0; i < attributes.size(); i++) {
            Member.Field<N, B, ?> a = attributes.get(i);
            String text = format(a, node);
            if (text != null) {
                w.putAttribute(a.tag(), text);
            }
        }
        for (int i = 0; i < members.size(); i++) {
            Member<N, B> m = members.get(i);
            if (m instanceof Member.Field<N, B, ?> f) {
                String text = format(f, node);
                if (text != null) {
                    if (f.def().type() == ValueType.XML) {
                        w.addXmlField(f.tag(), text, 0);
                    } else {
                        w.addField(f.tag(), text, 0);
                    }
                }
            } else if (m instanceof Member.Child<N, B, ?> c) {
                addChildren(w, c, node);
            }
        }
        return w;
    }

    private static <N, B, T> String format(Member.Field<N, B, T> f, N node) {
        T value = f.getter().apply(node);
        return value == null ? null : f.def().type().format(value);
    }

    private static <N, B, C> void addChildren(WireNode w, Member.Child<N, B, C> c, N node) {
        List<C> children = c.getter().apply(node);
        for (int i = 0; i < children.size(); i++) {
            w.addChild(c.spec().toWire(children.get(i)));
        }
    }

    /**
     * Binds wire text to the typed node. Items that are not members are ignored (the validator reports them).
     *
     * @throws IllegalArgumentException when a field's text does not parse as its type; validate first to get every
     *                                  such problem reported with its path
     */
    public N fromWire(WireNode wire) {
        B b = newBuilder.get();
        for (Member.Field<N, B, ?> a : attributes) {
            String text = wire.attribute(a.tag());
            if (text != null) {
                set(a, b, text);
            }
        }
        for (WireNode.Item item : wire.items()) {
            if (!Namespaces.CEB.equals(item.namespace())) {
                continue;
            }
            Member<N, B> m = member(item.tag());
            if (m instanceof Member.Field<N, B, ?> f && item.isField()) {
                set(f, b, item.text());
            } else if (m instanceof Member.Child<N, B, ?> c) {
                add(c, b, item.node() == null ? new WireNode(item.tag(), item.line()) : item.node());
            }
        }
        return build.apply(b);
    }

    private static <N, B, T> void set(Member.Field<N, B, T> f, B b, String text) {
        f.setter().accept(b, f.def().type().parse(text));
    }

    private static <N, B, C> void add(Member.Child<N, B, C> c, B b, WireNode node) {
        c.adder().accept(b, c.spec().fromWire(node));
    }

    @Override
    public String toString() {
        return "NodeSpec[" + name + "]";
    }

    /**
     * Builder of a {@link NodeSpec}; members are added in schema order.
     *
     * @param <N> the typed node
     * @param <B> its builder
     */
    public static final class Builder<N, B> {
        private final String name;
        private final String cnName;
        private final Supplier<B> newBuilder;
        private final Function<B, N> build;
        private final List<Member<N, B>> members = new ArrayList<>();
        private final List<Member.Field<N, B, ?>> attributes = new ArrayList<>();
        private final List<NodeCheck> checks = new ArrayList<>();

        private Builder(String name, String cnName, Supplier<B> newBuilder, Function<B, N> build) {
            this.name = name;
            this.cnName = cnName;
            this.newBuilder = newBuilder;
            this.build = build;
        }

        /** A field (element or, if {@link FieldDef#asAttribute()}, attribute). */
        public <T> Builder<N, B> field(FieldDef<T> def, Function<N, T> getter, BiConsumer<B, T> setter) {
            Member.Field<N, B, T> f = new Member.Field<>(def, getter, setter);
            if (def.isAttribute()) {
                attributes.add(f);
            } else {
                members.add(f);
            }
            return this;
        }

        /** A child node that occurs exactly once. */
        public <C> Builder<N, B> one(NodeSpec<C, ?> spec, Function<N, C> getter, BiConsumer<B, C> setter) {
            members.add(new Member.Child<>(spec, 1, 1, n -> listOf(getter.apply(n)), setter));
            return this;
        }

        /** A child node that occurs at most once. */
        public <C> Builder<N, B> optional(NodeSpec<C, ?> spec, Function<N, C> getter, BiConsumer<B, C> setter) {
            members.add(new Member.Child<>(spec, 0, 1, n -> listOf(getter.apply(n)), setter));
            return this;
        }

        /** A repeating child node. */
        public <C> Builder<N, B> many(NodeSpec<C, ?> spec, int min, int max, Function<N, List<C>> getter, BiConsumer<B, C> adder) {
            members.add(new Member.Child<>(spec, min, max, getter, adder));
            return this;
        }

        /** A rule spanning several fields of this node. */
        public Builder<N, B> check(NodeCheck check) {
            checks.add(check);
            return this;
        }

        public NodeSpec<N, B> build() {
            return new NodeSpec<>(this);
        }

        private static <C> List<C> listOf(C c) {
            return c == null ? List.of() : List.of(c);
        }
    }
}
