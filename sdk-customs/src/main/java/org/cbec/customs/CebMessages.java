package org.cbec.customs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbec.core.KnownAliases;
import org.cbec.core.ReadPolicy;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.exports.Ceb213Message;
import org.cbec.customs.exports.Ceb214Message;
import org.cbec.customs.exports.Ceb215Message;
import org.cbec.customs.exports.Ceb216Message;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb304Message;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb404Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Ceb506Message;
import org.cbec.customs.exports.Ceb507Message;
import org.cbec.customs.exports.Ceb508Message;
import org.cbec.customs.exports.Ceb509Message;
import org.cbec.customs.exports.Ceb510Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Ceb604Message;
import org.cbec.customs.exports.Ceb605Message;
import org.cbec.customs.exports.Ceb606Message;
import org.cbec.customs.exports.Ceb607Message;
import org.cbec.customs.exports.Ceb608Message;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Ceb702Message;
import org.cbec.customs.exports.Ceb792Message;
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
 * {@code UNSUPPORTED_MESSAGE}.
 *
 * <p>Real traffic departs from the schemas in known ways; {@link #lenientReading()} accepts them and reports each:
 * <pre>{@code
 * CebCodec lenient = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
 * lenient.parseAny(bytes, CebMessages::resolve).deviations(); // e.g. DUPLICATE BaseTransfer
 * }</pre>
 */
public final class CebMessages {

    /** Every modelled type; a new type is one more entry here. */
    private static final List<MessageSpec<?>> ALL = List.of(
            Ceb311Message.SPEC, Ceb312Message.SPEC, Ceb411Message.SPEC, Ceb412Message.SPEC, Ceb511Message.SPEC,
            Ceb512Message.SPEC, Ceb513Message.SPEC, Ceb514Message.SPEC, Ceb621Message.SPEC, Ceb622Message.SPEC,
            Ceb623Message.SPEC, Ceb624Message.SPEC, Ceb625Message.SPEC, Ceb626Message.SPEC, Ceb711Message.SPEC,
            Ceb712Message.SPEC, Ceb816Message.SPEC, Ceb818Message.SPEC, Ceb900Message.SPEC,
            Ceb303Message.SPEC, Ceb304Message.SPEC, Ceb403Message.SPEC, Ceb404Message.SPEC, Ceb505Message.SPEC, Ceb506Message.SPEC, Ceb507Message.SPEC, Ceb508Message.SPEC, Ceb509Message.SPEC, Ceb510Message.SPEC, Ceb603Message.SPEC, Ceb604Message.SPEC, Ceb605Message.SPEC, Ceb606Message.SPEC, Ceb607Message.SPEC, Ceb608Message.SPEC, Ceb213Message.SPEC, Ceb214Message.SPEC, Ceb215Message.SPEC, Ceb216Message.SPEC, Ceb701Message.SPEC, Ceb702Message.SPEC, Ceb792Message.SPEC);

    private static final Map<String, MessageSpec<?>> BY_ROOT = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(MessageSpec::rootName, Function.identity()));

    private static final KnownAliases KNOWN_ALIASES = loadAliases();

    private CebMessages() {
    }

    /** Root and element names real traffic uses instead of the schemas' ({@code known-aliases.properties}). */
    public static KnownAliases knownAliases() {
        return KNOWN_ALIASES;
    }

    /** Strict reading that names a {@link #knownAliases() known alias} when it refuses one. */
    public static ReadPolicy strictReading() {
        return ReadPolicy.strict(KNOWN_ALIASES);
    }

    /** Lenient reading with the {@link #knownAliases() known aliases}. */
    public static ReadPolicy lenientReading() {
        return ReadPolicy.lenient(KNOWN_ALIASES);
    }

    private static KnownAliases loadAliases() {
        try (InputStream in = CebMessages.class.getResourceAsStream("known-aliases.properties")) {
            return KnownAliases.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
