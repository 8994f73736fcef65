package org.cbec.core.validation;

/**
 * One finding of the validator.
 *
 * <pre>{@code
 * for (Violation v : report.violations()) {
 *     System.out.println(v); // ERROR CEB-V003 Order[1].OrderList[2].itemName (企业商品名称): ...
 * }
 * }</pre>
 *
 * @param path      where: {@code Order[1].OrderList[2].gnum} (one-based indexes on repeating nodes)
 * @param fieldName the specification's (Chinese) name of the field or node, e.g. 商品序号
 * @param rule      which rule was broken; {@link #code()} is its stable code
 * @param severity  error or warning
 * @param message   what is wrong, for a person
 * @param value     the offending value, masked when the field is personal; {@code null} when absent
 * @param line      one-based line in the input when the message was read from XML, else 0
 */
public record Violation(String path, String fieldName, Rule rule, Severity severity, String message, String value, int line) {

    /** The rule's stable code, e.g. {@code CEB-V003}. */
    public String code() {
        return rule.code();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(severity).append(' ').append(rule.code()).append(' ').append(path);
        if (fieldName != null && !fieldName.isEmpty()) {
            b.append(" (").append(fieldName).append(')');
        }
        b.append(": ").append(message);
        if (value != null) {
            b.append(" [value '").append(value).append("']");
        }
        if (line > 0) {
            b.append(" at line ").append(line);
        }
        return b.toString();
    }
}
