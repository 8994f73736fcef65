package org.cbec.core.validation;

/**
 * Where a check reports what it found. The validator hands each check a {@code Findings} already bound to the
 * field or node being checked, so a check states only the rule and what is wrong.
 *
 * <pre>{@code
 * FieldCheck noSpaces = (text, out) -> {
 *     if (text.contains(" ")) out.error(Rule.FORMAT, "must not contain spaces");
 * };
 * }</pre>
 */
public interface Findings {

    /** Reports an error on the bound field or node. */
    void error(Rule rule, String message);

    /** Reports a warning on the bound field or node. */
    void warning(Rule rule, String message);

    /** The findings of the field {@code tag} of the bound node (for checks that span fields). */
    Findings field(String tag);
}
