package org.cbec.core.model;

/**
 * The constraints the official XSD puts on a field, in the field dictionary's compact notation:
 * {@code 36} (xs:string, length 36), {@code 1..60} (minLength 1, maxLength 60), {@code ..100} (maxLength only),
 * {@code decimal19,5} (xs:decimal, totalDigits 19, fractionDigits 5), {@code decimal} (unrestricted xs:decimal),
 * {@code int} (xs:int; {@code int5}: at most 5 digits), {@code any} (xs:string without facets or mixed content);
 * a string notation followed by {@code " collapse"} (e.g. {@code "1 collapse"}) has {@code xs:whiteSpace collapse}, so
 * its length counts after leading, trailing and repeated white space is collapsed.
 *
 * <p>The validator checks these exactly as an XSD validator would, so that a message the SDK accepts is accepted by
 * the official schema; these violations are flagged {@link org.cbec.core.validation.Rule#schemaLevel() schema
 * level}.
 *
 * @param base           {@code string}, {@code decimal}, {@code int} or {@code any}
 * @param minLength      smallest string length, 0 when unrestricted
 * @param maxLength      largest string length, {@link Integer#MAX_VALUE} when unrestricted
 * @param totalDigits    decimal digits in all, 0 when unrestricted
 * @param fractionDigits decimal digits after the point, -1 when unrestricted
 * @param collapse       {@code xs:whiteSpace value="collapse"}: lengths count the collapsed text
 */
public record XsdFacets(String base, int minLength, int maxLength, int totalDigits, int fractionDigits, boolean collapse) {

    private static final String COLLAPSE = " collapse";

    /** Parses the dictionary notation. */
    public static XsdFacets parse(String notation) {
        if (notation.endsWith(COLLAPSE)) {
            XsdFacets s = parse(notation.substring(0, notation.length() - COLLAPSE.length()));
            return new XsdFacets(s.base, s.minLength, s.maxLength, s.totalDigits, s.fractionDigits, true);
        }
        if (notation.startsWith("int")) {
            String digits = notation.substring("int".length());
            return new XsdFacets("int", 0, Integer.MAX_VALUE, digits.isEmpty() ? 0 : Integer.parseInt(digits), -1, false);
        }
        if (notation.equals("any")) {
            return new XsdFacets("any", 0, Integer.MAX_VALUE, 0, -1, false);
        }
        if (notation.startsWith("decimal")) {
            String rest = notation.substring("decimal".length());
            if (rest.isEmpty()) {
                return new XsdFacets("decimal", 0, Integer.MAX_VALUE, 0, -1, false);
            }
            String[] p = rest.split(",");
            return new XsdFacets("decimal", 0, Integer.MAX_VALUE, Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : -1, false);
        }
        int dots = notation.indexOf("..");
        if (dots < 0) {
            int len = Integer.parseInt(notation);
            return new XsdFacets("string", len, len, 0, -1, false);
        }
        int min = dots == 0 ? 0 : Integer.parseInt(notation.substring(0, dots));
        String maxText = notation.substring(dots + 2);
        int max = maxText.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(maxText);
        return new XsdFacets("string", min, max, 0, -1, false);
    }

    public boolean isDecimal() {
        return base.equals("decimal");
    }

    public boolean isInt() {
        return base.equals("int");
    }

    /** The text whose length the facets bound: collapsed when {@link #collapse()}. */
    public String lexical(String text) {
        if (!collapse || !hasWhiteSpace(text)) {
            return text;
        }
        return text.replaceAll("[ \\t\\r\\n]+", " ").replaceAll("^ | $", "");
    }

    private static boolean hasWhiteSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The notation this was parsed from. */
    public String notation() {
        String n = switch (base) {
            case "any" -> base;
            case "int" -> totalDigits == 0 ? "int" : "int" + totalDigits;
            case "decimal" -> totalDigits == 0 ? "decimal" : "decimal" + totalDigits + (fractionDigits >= 0 ? "," + fractionDigits : "");
            default -> minLength == maxLength ? String.valueOf(minLength)
                    : (minLength == 0 ? "" : minLength) + ".." + (maxLength == Integer.MAX_VALUE ? "" : maxLength);
        };
        return collapse ? n + COLLAPSE : n;
    }

    @Override
    public String toString() {
        return notation();
    }
}
