package org.cbec.core;

import java.util.Objects;
import org.cbec.core.model.WireNode;

/**
 * One way a message read leniently departs from its schema, and what the reader did about it. Nothing is lost: an
 * element the reader set aside travels in {@link #item()}.
 *
 * <pre>{@code
 * CebCodec.Parsed<Ceb303Message> p = CebCodec.builder().readPolicy(ReadPolicy.lenient()).build().parse(xml, Ceb303Message.SPEC);
 * for (Deviation d : p.deviations()) {
 *     log.warn("{} {}: {}", d.kind(), d.path(), d.detail()); // DUPLICATE BaseTransfer: second <BaseTransfer> set aside …
 * }
 * }</pre>
 *
 * @param path   where, in the validator's path notation ({@code Order[2].OrderHead.orderNo}; the root's name for the root)
 * @param kind   what kind of departure
 * @param detail what was found and what the reader did, in one sentence
 * @param item   the element set aside ({@link Kind#DUPLICATE}, {@link Kind#UNKNOWN_ELEMENT}) or read under another name
 *               ({@link Kind#ELEMENT_ALIAS}); {@code null} for {@link Kind#ROOT_ALIAS}
 */
public record Deviation(String path, Kind kind, String detail, WireNode.Item item) {

    public Deviation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of departure lenient reading accepts. */
    public enum Kind {
        /** An element occurs more often than the schema allows; the first occurrences are kept, the rest set aside. */
        DUPLICATE,
        /** An element the schema does not define at that place (in the customs namespace); set aside. */
        UNKNOWN_ELEMENT,
        /** The root element has a known real-world name instead of the schema's; read as the schema's. */
        ROOT_ALIAS,
        /** An element has a known real-world name instead of the schema's; its value stands in for the schema's element. */
        ELEMENT_ALIAS
    }

    @Override
    public String toString() {
        return kind + " " + path + ": " + detail;
    }
}
