package org.cbec.core.model;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One entry of a node's content model, in schema order: a field or a child node, with its occurrence bounds and the
 * accessors that connect it to the typed class. Built by {@link NodeSpec.Builder}.
 *
 * @param <N> the typed node
 * @param <B> its builder
 */
public sealed interface Member<N, B> {

    String tag();

    /** Specification name of the field or node. */
    String cnName();

    int minOccurs();

    int maxOccurs();

    /**
     * A field.
     *
     * @param def    the field's definition
     * @param getter reads the value from the typed node ({@code null} when absent)
     * @param setter stores a parsed value into the builder
     */
    record Field<N, B, T>(FieldDef<T> def, Function<N, T> getter, BiConsumer<B, T> setter) implements Member<N, B> {
        @Override
        public String tag() {
            return def.tag();
        }

        @Override
        public String cnName() {
            return def.cnName();
        }

        @Override
        public int minOccurs() {
            return def.required() ? 1 : 0;
        }

        @Override
        public int maxOccurs() {
            return 1;
        }
    }

    /**
     * A child node.
     *
     * @param spec      the child's description
     * @param minOccurs fewest occurrences
     * @param maxOccurs most occurrences
     * @param getter    reads the occurrences from the typed node (never {@code null})
     * @param adder     adds one bound occurrence to the builder
     */
    record Child<N, B, C>(NodeSpec<C, ?> spec, int minOccurs, int maxOccurs, Function<N, List<C>> getter,
                          BiConsumer<B, C> adder) implements Member<N, B> {
        @Override
        public String tag() {
            return spec.name();
        }

        @Override
        public String cnName() {
            return spec.cnName();
        }
    }
}
