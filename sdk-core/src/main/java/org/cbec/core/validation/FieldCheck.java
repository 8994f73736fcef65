package org.cbec.core.validation;

/**
 * A rule on one field's text beyond its format, such as a check character. Called only for present, non-empty
 * text.
 *
 * <pre>{@code
 * FieldCheck upper = (text, out) -> {
 *     if (!text.equals(text.toUpperCase(Locale.ROOT))) out.error(Rule.GUID, "must be upper case");
 * };
 * }</pre>
 */
@FunctionalInterface
public interface FieldCheck {
    void check(String text, Findings out);
}
