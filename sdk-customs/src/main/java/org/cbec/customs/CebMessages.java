package org.cbec.customs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.imports.Ceb311Message;

/**
 * The catalogue of every message type this module models, for reading a message whose type is not known in advance.
 *
 * <pre>{@code
 * CebCodec.Parsed<?> parsed = CebCodec.ofDefaults().parseAny(bytes, CebMessages::resolve);
 * parsed.spec().messageType();            // "CEB311"
 * CebMessages.byRootName("CEB311Message"); // Optional[Ceb311Message.SPEC]
 * }</pre>
 *
 * <p>A root that names no modelled type resolves to {@code null}, which {@code parseAny} reports as
 * {@link org.cbec.core.xml.WireReader#UNSUPPORTED_MESSAGE}.
 */
public final class CebMessages {

    /** Every modelled type; a new type is one more entry here. */
    private static final List<MessageSpec<?>> ALL = List.of(
            Ceb311Message.SPEC);

    private static final Map<String, MessageSpec<?>> BY_ROOT = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(MessageSpec::rootName, Function.identity()));

    private CebMessages() {
    }

    /** Every modelled message type, in specification order. */
    public static List<MessageSpec<?>> all() {
        return ALL;
    }

    /** The message type whose root element has this local name, e.g. {@code CEB311Message}. */
    public static Optional<MessageSpec<?>> byRootName(String rootName) {
        return Optional.ofNullable(resolve(rootName));
    }

    /**
     * The message type whose root element has this local name, or {@code null} when it is not modelled: the catalogue
     * function of {@link org.cbec.core.CebCodec#parseAny}.
     */
    public static MessageSpec<?> resolve(String rootName) {
        return rootName == null ? null : BY_ROOT.get(rootName);
    }
}
