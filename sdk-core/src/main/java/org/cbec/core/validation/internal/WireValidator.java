package org.cbec.core.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.cbec.core.model.FieldDef;
import org.cbec.core.model.FieldFormat;
import org.cbec.core.model.Member;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.Namespaces;
import org.cbec.core.model.NodeCheck;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.model.XsdFacets;
import org.cbec.core.validation.FieldCheck;
import org.cbec.core.validation.Findings;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Severity;
import org.cbec.core.validation.ValidationReport;
import org.cbec.core.validation.Violation;

/**
 * The one validation engine: checks a {@link WireNode} tree against its {@link NodeSpec} description and returns
 * every violation. Works on wire text, so a message is validated exactly as it is written or was read.
 *
 * <p>Order of checks per field: XML characters, the XSD facets (schema level), then the specification's format,
 * value type, code list and extra checks. Per node: unknown and out-of-order elements, occurrences, then
 * cross-field checks.
 *
 * <pre>{@code
 * ValidationReport r = WireValidator.validate(Ceb311Message.SPEC, wire);
 * }</pre>
 */
public final class WireValidator {

    private static final int MAX_SHOWN_VALUE = 80;

    private final List<Violation> out = new ArrayList<>();

    private WireValidator() {
    }

    /** Validates a whole message, the place and shape of its enveloped signature included. */
    public static ValidationReport validate(MessageSpec<?> spec, WireNode root) {
        WireValidator v = new WireValidator();
        v.node(spec.root(), root, "");
        v.signatures(spec, root);
        return new ValidationReport(v.out);
    }

    /** The parts of {@code ds:Signature}'s content the official xmldsig-core-schema.xsd allows, in order (no ds:Object). */
    private static final List<String> SIGNATURE_PARTS = List.of("ds:SignedInfo", "ds:SignatureValue", "ds:KeyInfo");

    /**
     * What the official schemas say about the enveloped signature: only where the message type has one, at most one,
     * after every business node (import) or just before {@code ExtendMessage} (export), holding SignedInfo,
     * SignatureValue and an optional KeyInfo (the schema's SignatureType has no {@code ds:Object}).
     */
    private void signatures(MessageSpec<?> spec, WireNode root) {
        List<WireNode.Signature> signatures = root.signatures();
        String path = "ds:Signature";
        if (!signatures.isEmpty() && !spec.signature().allowed()) {
            add(path, "", Rule.UNKNOWN_ELEMENT, "<ds:Signature> is not part of " + spec.rootName() + ": its schema has no signature",
                    null, signatures.get(0).line());
            return;
        }
        if (signatures.size() > 1) {
            add(path, "", Rule.CARDINALITY, "<ds:Signature> occurs " + signatures.size() + " times, at most 1 allowed", null, signatures.get(1).line());
        }
        boolean beforeExtend = spec.signature() == MessageSpec.SignatureSlot.OPTIONAL_BEFORE_EXTEND_MESSAGE;
        for (WireNode.Signature sig : signatures) {
            List<String> misplaced = sig.followedBy().stream().filter(t -> !(beforeExtend && t.equals("ExtendMessage"))).toList();
            if (!misplaced.isEmpty()) {
                add(path, "", Rule.ORDER, "<ds:Signature> must come after <" + misplaced.get(0) + ">"
                        + (beforeExtend ? " (only <ExtendMessage> may follow it)" : " (it is the last element of " + spec.rootName() + ")"), null, sig.line());
            } else if (beforeExtend && !root.children("ExtendMessage").isEmpty() && sig.followedBy().isEmpty()) {
                add(path, "", Rule.ORDER, "<ds:Signature> must come before <ExtendMessage>", null, sig.line());
            }
            signatureParts(sig, path);
        }
    }

    private void signatureParts(WireNode.Signature sig, String path) {
        int expected = 0;
        for (String part : sig.parts()) {
            int index = SIGNATURE_PARTS.indexOf(part);
            if (index < 0) {
                add(path + "." + part, "", Rule.UNKNOWN_ELEMENT, "<" + part + "> is not allowed in <ds:Signature>, which holds SignedInfo,"
                        + " SignatureValue and KeyInfo only (the official xmldsig schema has no ds:Object)", null, sig.line());
                return;
            }
            if (index < expected) {
                add(path + "." + part, "", Rule.ORDER, "<" + part + "> is out of order in <ds:Signature> (SignedInfo, SignatureValue, KeyInfo)",
                        null, sig.line());
                return;
            }
            expected = index + 1;
        }
        for (String required : SIGNATURE_PARTS.subList(0, 2)) {
            if (!sig.parts().contains(required)) {
                add(path + "." + required, "", Rule.REQUIRED, "<ds:Signature> lacks <" + required + ">", null, sig.line());
            }
        }
    }

    /** Validates one node and everything under it; paths start at the node's children. */
    public static ValidationReport validate(NodeSpec<?, ?> spec, WireNode node) {
        WireValidator v = new WireValidator();
        v.node(spec, node, "");
        return new ValidationReport(v.out);
    }

    private <N, B> void node(NodeSpec<N, B> spec, WireNode wire, String path) {
        for (Member.Field<N, B, ?> a : spec.attributes()) {
            String text = wire.attribute(a.tag());
            if (text == null) {
                if (a.def().required()) {
                    add(path + "@" + a.tag(), a.cnName(), Rule.REQUIRED, "mandatory attribute " + a.tag() + " is missing", null, wire.line());
                }
            } else {
                field(a.def(), text, path, "@" + a.tag(), wire.line());
            }
        }
        List<Member<N, B>> members = spec.members();
        int[] counts = new int[members.size()];
        int position = 0;
        for (WireNode.Item item : wire.items()) {
            if (!Namespaces.CEB.equals(item.namespace())) {
                add(join(path, item.tag()), "", Rule.NAMESPACE, "element {" + item.namespace() + "}" + item.tag()
                        + " is not in the customs namespace " + Namespaces.CEB, null, item.line());
                continue;
            }
            int index = spec.indexOf(item.tag());
            if (index < 0) {
                add(join(path, item.tag()), "", Rule.UNKNOWN_ELEMENT, "<" + item.tag() + "> is not part of " + spec.name(), null, item.line());
                continue;
            }
            Member<N, B> m = members.get(index);
            if (index < position) {
                add(join(path, item.tag()), m.cnName(), Rule.ORDER, "<" + item.tag() + "> must come before <" + members.get(position).tag() + ">",
                        null, item.line());
            } else {
                position = index;
            }
            int occurrence = ++counts[index];
            if (m instanceof Member.Field<N, B, ?> f) {
                if (!item.isField()) {
                    add(join(path, item.tag()), f.cnName(), Rule.FORMAT, "field <" + item.tag() + "> must hold text, not elements", null, item.line());
                } else if (occurrence <= 1) {
                    field(f.def(), item.text(), path, item.tag(), item.line());
                }
            } else if (m instanceof Member.Child<N, B, ?> c) {
                String childPath = c.maxOccurs() > 1 ? join(path, item.tag()) + "[" + occurrence + "]" : join(path, item.tag());
                WireNode child = item.node() != null ? item.node() : new WireNode(item.tag(), item.line());
                node(c.spec(), child, childPath);
            }
        }
        for (int i = 0; i < members.size(); i++) {
            occurrences(members.get(i), counts[i], path, wire.line());
        }
        if (!spec.checks().isEmpty()) {
            NodeFindings f = new NodeFindings(spec, wire, path);
            for (NodeCheck check : spec.checks()) {
                check.check(wire, f);
            }
        }
    }

    private void occurrences(Member<?, ?> m, int count, String nodePath, int line) {
        if (count < m.minOccurs()) {
            String what = m instanceof Member.Field<?, ?, ?> ? "mandatory field" : "mandatory node";
            add(join(nodePath, m.tag()), m.cnName(), Rule.REQUIRED, count == 0 ? what + " <" + m.tag() + "> is missing"
                    : "<" + m.tag() + "> occurs " + count + " times, at least " + m.minOccurs() + " required", null, line);
        } else if (count > m.maxOccurs()) {
            add(join(nodePath, m.tag()), m.cnName(), Rule.CARDINALITY, "<" + m.tag() + "> occurs " + count + " times, at most " + m.maxOccurs() + " allowed",
                    null, line);
        }
    }

    /** Checks one field; its path ({@code nodePath} joined with {@code name}, an attribute's with an {@code @}) is only built for a finding. */
    private void field(FieldDef<?> def, String text, String nodePath, String name, int line) {
        FieldFindings f = new FieldFindings(def, text, nodePath, name, line);
        int bad = firstInvalidXmlChar(text);
        if (bad >= 0) {
            f.error(Rule.XML_CHARACTER, String.format("character U+%04X at position %d cannot appear in XML", text.codePointAt(bad), bad));
            return;
        }
        if (!schemaFacets(def, text, f)) {
            return;
        }
        if (text.isEmpty()) {
            if (def.required()) {
                f.error(Rule.EMPTY, "mandatory field " + def.tag() + " is empty");
            }
            return;
        }
        if (!specFormat(def, text, f)) {
            return;
        }
        if (def.codeList() != null && !def.codeList().contains(text)) {
            if (def.codeList().isOpen()) {
                f.warning(Rule.CODE_LIST, "not a code the SDK knows in " + def.codeList().name());
            } else {
                f.error(Rule.CODE_LIST, "not a code of " + def.codeList().name());
            }
        }
        List<FieldCheck> checks = def.checks();
        for (int i = 0; i < checks.size(); i++) {
            checks.get(i).check(text, f);
        }
    }

    /** The XSD's facets; true when they pass. */
    private static boolean schemaFacets(FieldDef<?> def, String text, Findings f) {
        XsdFacets x = def.xsd();
        if (def.fixedValue() != null && !def.fixedValue().equals(text)) {
            f.error(Rule.FIXED, "must be " + def.fixedValue());
            return false;
        }
        if (x.isDecimal()) {
            return decimalFacets(x, text, f);
        }
        if (x.isInt()) {
            if (!ValueType.INT.accepts(text)) {
                f.error(Rule.INTEGER, "must be a whole number between -2147483648 and 2147483647");
                return false;
            }
            int digits = text.length() - leadingZerosEnd(text, signLength(text));
            if (x.totalDigits() > 0 && digits > x.totalDigits()) {
                f.error(Rule.INTEGER, digits + " digits, at most " + x.totalDigits() + " allowed");
                return false;
            }
            return true;
        }
        String lexical = x.lexical(text);
        int len = lexical.codePointCount(0, lexical.length());
        if (len < x.minLength() || len > x.maxLength()) {
            String bounds = x.minLength() == x.maxLength() ? "exactly " + x.minLength()
                    : x.maxLength() == Integer.MAX_VALUE ? "at least " + x.minLength()
                    : x.minLength() + " to " + x.maxLength();
            f.error(Rule.LENGTH, "length " + len + ", must be " + bounds + " characters");
            return false;
        }
        return true;
    }

    private static boolean decimalFacets(XsdFacets x, String text, Findings f) {
        if (!ValueType.DECIMAL.accepts(text)) {
            f.error(Rule.DECIMAL, "must be a decimal number such as 123.45 (no spaces, no exponent)");
            return false;
        }
        int start = signLength(text);
        int point = text.indexOf('.');
        int intEnd = point < 0 ? text.length() : point;
        int intDigits = intEnd - Math.min(leadingZerosEnd(text, start), intEnd);
        int fraction = point < 0 ? 0 : text.length() - point - 1;
        if (x.fractionDigits() >= 0 && fraction > x.fractionDigits()) {
            f.error(Rule.DECIMAL, fraction + " digits after the point, at most " + x.fractionDigits() + " allowed");
            return false;
        }
        if (x.totalDigits() > 0 && intDigits + fraction > x.totalDigits()) {
            f.error(Rule.DECIMAL, (intDigits + fraction) + " digits, at most " + x.totalDigits() + " allowed");
            return false;
        }
        return true;
    }

    /** The specification's notation and the value type; true when they pass. */
    private static boolean specFormat(FieldDef<?> def, String text, Findings f) {
        FieldFormat fmt = def.format();
        if (fmt.numeric()) {
            if (!isUnsignedNumber(text)) {
                f.error(Rule.FORMAT, "must be an unsigned number (" + fmt + ")");
                return false;
            }
            int point = text.indexOf('.');
            int fraction = point < 0 ? 0 : text.length() - point - 1;
            int intEnd = point < 0 ? text.length() : point;
            int integer = Math.max(1, intEnd - leadingZerosEnd(text, 0));
            if (fraction > fmt.fractionDigits() || integer > fmt.length() - fmt.fractionDigits()) {
                f.error(Rule.FORMAT, "at most " + (fmt.length() - fmt.fractionDigits()) + " digits before and "
                        + fmt.fractionDigits() + " after the point allowed (" + fmt + ")");
                return false;
            }
        } else {
            int len = text.codePointCount(0, text.length());
            if (fmt.fixedLength() ? len != fmt.length() : len > fmt.length()) {
                f.error(Rule.FORMAT, "length " + len + ", the specification says " + fmt);
                return false;
            }
        }
        if (!def.type().accepts(text)) {
            boolean temporal = def.type() == ValueType.DATETIME14 || def.type() == ValueType.DATETIME17 || def.type() == ValueType.DATE8;
            f.error(temporal ? Rule.DATETIME : Rule.FORMAT, "not a valid " + def.type().name()
                    + (temporal ? ": must be a real date in the form " + def.type().pattern() : ""));
            return false;
        }
        return true;
    }

    /** Index of the first character XML 1.0 cannot carry, or -1. */
    static int firstInvalidXmlChar(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok || (Character.isSurrogate(s.charAt(i)) && Character.charCount(c) == 1)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The specification's unsigned number: digits, optionally a point followed by digits. */
    private static boolean isUnsignedNumber(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.' || i == n - 1) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 1 when {@code s} starts with a sign, else 0. */
    private static int signLength(String s) {
        return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    }

    /** The index of the first character from {@code from} on that is not {@code '0'}. */
    private static int leadingZerosEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static String join(String path, String tag) {
        return path.isEmpty() ? tag : path + "." + tag;
    }

    private void add(String path, String fieldName, Rule rule, String message, String value, int line) {
        add(path, fieldName, rule, Severity.ERROR, message, value, line);
    }

    private void add(String path, String fieldName, Rule rule, Severity severity, String message, String value, int line) {
        out.add(new Violation(path, fieldName, rule, severity, message, value, line));
    }

    private static String shown(FieldDef<?> def, String text) {
        String masked = def.sensitivity().mask(text);
        return masked.length() > MAX_SHOWN_VALUE ? masked.substring(0, MAX_SHOWN_VALUE) + "…" : masked;
    }

    /** Findings bound to one field. */
    private final class FieldFindings implements Findings {
        private final FieldDef<?> def;
        private final String text;
        private final String nodePath;
        private final String name;
        private final int line;

        /** {@code name}: the field's tag, or {@code @} and the tag for an attribute. */
        FieldFindings(FieldDef<?> def, String text, String nodePath, String name, int line) {
            this.def = def;
            this.text = text;
            this.nodePath = nodePath;
            this.name = name;
            this.line = line;
        }

        private String path() {
            return name.startsWith("@") ? nodePath + name : join(nodePath, name);
        }

        @Override
        public void error(Rule rule, String message) {
            add(path(), def.cnName(), rule, Severity.ERROR, message, text == null ? null : shown(def, text), line);
        }

        @Override
        public void warning(Rule rule, String message) {
            add(path(), def.cnName(), rule, Severity.WARNING, message, text == null ? null : shown(def, text), line);
        }

        @Override
        public Findings field(String tag) {
            throw new UnsupportedOperationException("a field check reports on its own field only");
        }
    }

    /** Findings bound to one node; {@link #field} narrows to one of its fields. */
    private final class NodeFindings implements Findings {
        private final NodeSpec<?, ?> spec;
        private final WireNode wire;
        private final String path;

        NodeFindings(NodeSpec<?, ?> spec, WireNode wire, String path) {
            this.spec = spec;
            this.wire = wire;
            this.path = path;
        }

        @Override
        public void error(Rule rule, String message) {
            add(path.isEmpty() ? spec.name() : path, spec.cnName(), rule, Severity.ERROR, message, null, wire.line());
        }

        @Override
        public void warning(Rule rule, String message) {
            add(path.isEmpty() ? spec.name() : path, spec.cnName(), rule, Severity.WARNING, message, null, wire.line());
        }

        @Override
        public Findings field(String tag) {
            if (!(spec.member(tag) instanceof Member.Field<?, ?, ?> f)) {
                throw new IllegalArgumentException(tag + " is not a field of " + spec.name());
            }
            int line = wire.items().stream().filter(i -> i.tag().equals(tag)).mapToInt(WireNode.Item::line).findFirst().orElse(wire.line());
            return new FieldFindings(f.def(), wire.text(tag), path, tag, line);
        }
    }
}
