package org.cbec.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.WireNode;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.validation.ValidationException;
import org.cbec.core.validation.ValidationReport;
import org.cbec.core.validation.Violation;
import org.cbec.core.validation.internal.WireValidator;
import org.cbec.core.xml.CebXmlException;
import org.cbec.core.xml.XmlLimits;
import org.cbec.core.xml.internal.WireReader;
import org.cbec.core.xml.internal.WireWriter;

/**
 * The entry point of sdk-core for business messages: write, read and validate any typed CEB message. Immutable and
 * thread-safe; build one and share it.
 *
 * <pre>{@code
 * CebCodec codec = CebCodec.ofDefaults();
 * ValidationReport report = codec.validate(order);      // every finding, with path and rule
 * byte[] xml = codec.write(order);                       // refuses a message with errors
 * Ceb311Message back = codec.read(xml, Ceb311Message.SPEC);
 * }</pre>
 *
 * <p>Writing goes typed message → {@link WireNode} (wire text) → validation → bytes, so what is validated is what is
 * written; no DOM is built. Reading goes bytes → hardened parser → {@link WireNode} → validation → typed message.
 * Reading is strict unless the codec is built with a lenient {@link ReadPolicy}; then departures real traffic is known
 * for (duplicates, unknown elements, {@link KnownAliases known aliases}) are accepted and returned as
 * {@link Parsed#deviations()}.
 */
public final class CebCodec {

    private final XmlLimits limits;
    private final WriteCheck writeCheck;
    private final ReadPolicy readPolicy;

    private CebCodec(Builder b) {
        this.limits = b.limits;
        this.writeCheck = b.writeCheck;
        this.readPolicy = b.readPolicy;
    }

    /** Default limits, and writing refuses any message with an error. */
    public static CebCodec ofDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What {@link #write} checks before it writes. */
    public enum WriteCheck {
        /** Every rule; a message with any error is refused (the default). */
        ALL,
        /**
         * Only what the official XSD checks: for replaying real traffic or feeding a test system deliberately wrong
         * business data. The output still validates against the schema.
         */
        SCHEMA,
        /** Nothing; the caller has validated. The output may be rejected by customs. */
        NONE
    }

    /** Every violation of the message, in document order. */
    public ValidationReport validate(CebMessage message) {
        return WireValidator.validate(message.spec(), toWire(message));
    }

    /**
     * The message as UTF-8 XML.
     *
     * @throws ValidationException when the message breaks a rule the {@link WriteCheck} covers; nothing is written
     */
    public byte[] write(CebMessage message) {
        WireNode wire = toWire(message);
        check(message.spec(), wire);
        return WireWriter.write(wire);
    }

    /**
     * The message as UTF-8 XML with its enveloped {@code ds:Signature}, placed where the message's schema wants it.
     * The fast path: the bytes this codec writes are already canonical XML, so they are digested as written and the
     * signature element is inserted into them; no DOM is built.
     *
     * <pre>{@code
     * XmlSigner signer = XmlSigner.custom(Signers.pkcs12(Path.of("company.p12"), password)).build();
     * byte[] signed = codec.writeSigned(inventory, signer);
     * }</pre>
     *
     * @throws ValidationException when the message breaks a rule the {@link WriteCheck} covers
     * @throws CebException        with code {@code SIGN_NO_SLOT} when the message type carries no signature
     *                             (receipts), or when the signer fails
     */
    public byte[] writeSigned(CebMessage message, XmlSigner signer) {
        MessageSpec<?> spec = message.spec();
        if (!spec.signature().allowed()) {
            throw new CebException(ErrorCode.SIGN_NO_SLOT, spec.rootName() + " has no ds:Signature in its schema and is not signed");
        }
        WireNode wire = toWire(message);
        check(spec, wire);
        byte[] unsigned = WireWriter.write(wire);
        byte[] signature = signer.signatureElement(unsigned, WireWriter.CANONICAL_OFFSET, unsigned.length - WireWriter.CANONICAL_OFFSET,
                WireWriter.ROOT_NAMESPACES);
        int at = WireWriter.signatureOffset(unsigned, wire, spec.signature());
        byte[] out = new byte[unsigned.length + signature.length];
        System.arraycopy(unsigned, 0, out, 0, at);
        System.arraycopy(signature, 0, out, at, signature.length);
        System.arraycopy(unsigned, at, out, at + signature.length, unsigned.length - at);
        return out;
    }

    private void check(MessageSpec<?> spec, WireNode wire) {
        if (writeCheck == WriteCheck.NONE) {
            return;
        }
        List<Violation> blocking = WireValidator.validate(spec, wire).errors().stream()
                .filter(v -> writeCheck == WriteCheck.ALL || v.rule().schemaLevel())
                .toList();
        if (!blocking.isEmpty()) {
            throw new ValidationException(new ValidationReport(blocking));
        }
    }

    /**
     * Reads a message of the given type: any violation the official schema would also find (after the
     * {@link ReadPolicy}'s repairs, when lenient), and any value that does not parse as its type, raises a
     * {@link ValidationException} listing all of them. Business-rule findings do not stop reading; {@link #parse}
     * returns them, and the deviations of lenient reading.
     *
     * @throws org.cbec.core.xml.CebXmlException on malformed or hostile XML or another root element
     */
    public <M> M read(byte[] xml, MessageSpec<M> spec) {
        Parsed<M> p = parse(xml, spec);
        List<Violation> blocking = p.report().errors().stream().filter(v -> v.rule().schemaLevel()).toList();
        if (!blocking.isEmpty() || p.message() == null) {
            throw new ValidationException(new ValidationReport(blocking.isEmpty() ? p.report().errors() : blocking));
        }
        return p.message();
    }

    /** Reads a message of the given type and reports every finding instead of throwing. */
    public <M> Parsed<M> parse(byte[] xml, MessageSpec<M> spec) {
        WireReader.Result r = WireReader.read(xml, limits, name -> spec.rootName().equals(rootName(name)) ? spec : null);
        return parsed(spec, r.root());
    }

    /**
     * Reads a message of whichever type its root names, and reports every finding.
     *
     * @param catalogue the supported message type for a root local name, or {@code null}
     * @throws org.cbec.core.xml.CebXmlException with code {@code UNSUPPORTED_MESSAGE} for another root
     */
    public Parsed<?> parseAny(byte[] xml, Function<String, MessageSpec<?>> catalogue) {
        WireReader.Result r = WireReader.read(xml, limits, name -> catalogue.apply(rootName(name)));
        return parsed(r.spec(), r.root());
    }

    /** The root name to look up: the alias's target when lenient; a strict refusal of a known alias says so. */
    private String rootName(String name) {
        String canonical = readPolicy.aliases().root(name);
        if (readPolicy.isLenient() || canonical.equals(name)) {
            return canonical;
        }
        throw new CebXmlException(ErrorCode.UNSUPPORTED_MESSAGE, "root <" + name + "> is not a root of the schema: it is a known"
                + " real-world name of <" + canonical + ">, accepted only when reading leniently", 0);
    }

    private <M> Parsed<M> parsed(MessageSpec<M> spec, WireNode read) {
        WireNode wire = read;
        List<Deviation> deviations = List.of();
        if (readPolicy.isLenient()) {
            WireRepair.Repaired repaired = WireRepair.repair(spec.root(), read, readPolicy.aliases());
            wire = repaired.root();
            deviations = repaired.deviations();
        }
        ValidationReport report = WireValidator.validate(spec, wire);
        M message = null;
        try {
            message = spec.root().fromWire(wire);
        } catch (IllegalArgumentException e) {
            // a value does not parse as its type; the report names it with its path
        }
        return new Parsed<>(spec, wire, report, message, deviations);
    }

    @SuppressWarnings("unchecked")
    private static WireNode toWire(CebMessage message) {
        MessageSpec<CebMessage> spec = (MessageSpec<CebMessage>) Objects.requireNonNull(message, "message").spec();
        return spec.root().toWire(message);
    }

    /**
     * The outcome of {@link #parse}: the wire tree (everything that was read; when reading leniently, what the
     * deviations set aside is in them), every finding, and the typed message when every value parsed as its type.
     *
     * @param spec       the message type
     * @param wire       what was read, repaired when reading leniently
     * @param report     every finding
     * @param message    the typed message, or {@code null} when a value could not be typed (see the report)
     * @param deviations what lenient reading accepted and repaired; empty when strict
     * @param <M>        the typed message
     */
    public record Parsed<M>(MessageSpec<M> spec, WireNode wire, ValidationReport report, M message, List<Deviation> deviations) {
        /** True when the input carried an enveloped {@code ds:Signature}. */
        public boolean signed() {
            return wire.signed();
        }
    }

    /** Builder of {@link CebCodec}. */
    public static final class Builder {
        private XmlLimits limits = XmlLimits.ofDefaults();
        private WriteCheck writeCheck = WriteCheck.ALL;
        private ReadPolicy readPolicy = ReadPolicy.strict();

        private Builder() {
        }

        /** How reading treats departures from the schema; defaults to {@link ReadPolicy#strict()}. */
        public Builder readPolicy(ReadPolicy policy) {
            this.readPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** Limits for reading; defaults to {@link XmlLimits#ofDefaults()}. */
        public Builder limits(XmlLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** What {@link CebCodec#write} checks; defaults to {@link WriteCheck#ALL}. */
        public Builder writeCheck(WriteCheck check) {
            this.writeCheck = Objects.requireNonNull(check);
            return this;
        }

        public CebCodec build() {
            return new CebCodec(this);
        }
    }
}
