package org.cbec.customs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb312Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb412Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.customs.imports.Ceb512Message;
import org.cbec.customs.imports.Ceb513Message;
import org.cbec.customs.imports.Ceb514Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.Ceb624Message;
import org.cbec.customs.imports.Ceb625Message;
import org.cbec.customs.imports.Ceb626Message;
import org.cbec.customs.imports.Ceb711Message;
import org.cbec.customs.imports.Ceb712Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.Ceb900Message;

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
            Ceb311Message.SPEC, Ceb312Message.SPEC, Ceb411Message.SPEC, Ceb412Message.SPEC, Ceb511Message.SPEC,
            Ceb512Message.SPEC, Ceb513Message.SPEC, Ceb514Message.SPEC, Ceb621Message.SPEC, Ceb622Message.SPEC,
            Ceb623Message.SPEC, Ceb624Message.SPEC, Ceb625Message.SPEC, Ceb626Message.SPEC, Ceb711Message.SPEC,
            Ceb712Message.SPEC, Ceb816Message.SPEC, Ceb818Message.SPEC, Ceb900Message.SPEC);

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
