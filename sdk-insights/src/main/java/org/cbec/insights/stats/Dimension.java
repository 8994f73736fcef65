package org.cbec.insights.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.cbec.insights.facts.FilingFact;

/**
 * What statistics can be grouped by. A fact without the value (an order has no trade mode) falls in the group
 * {@value #NONE}.
 *
 * <pre>{@code
 * Dimension.parse("mode");           // MODE
 * Dimension.MONTH.of(fact);          // "2026-11"
 * }</pre>
 */
public enum Dimension {
    /** The message type, e.g. CEB621. */
    TYPE("type", FilingFact::messageType),
    /** The trade mode (贸易方式): 9610, 1210, 9710, 9810… */
    MODE("mode", FilingFact::tradeMode),
    /** The customs code (申报海关代码). */
    CUSTOMS("customs", FilingFact::customsCode),
    /** The month of submission in China time, {@code yyyy-MM}. */
    MONTH("month", f -> f.month().toString()),
    /** Where the filing stands ({@link org.cbec.insights.facts.FilingStatus}). */
    STATUS("status", f -> f.status().name()),
    /** The customs currency code of the value, e.g. 142, 502. */
    CURRENCY("currency", FilingFact::currency),
    /** The seller (电商企业代码, ebcCode). */
    ENTERPRISE("enterprise", FilingFact::ebcCode),
    /** The platform (电商平台代码, ebpCode). */
    PLATFORM("platform", FilingFact::ebpCode);

    /** The group of facts without the value. */
    public static final String NONE = "-";

    private final String label;
    private final Function<FilingFact, String> value;

    Dimension(String label, Function<FilingFact, String> value) {
        this.label = label;
        this.value = value;
    }

    /** The name on the command line and in JSON, e.g. {@code mode}. */
    public String label() {
        return label;
    }

    /** The fact's value of this dimension, or {@value #NONE}. */
    public String of(FilingFact fact) {
        String v = value.apply(fact);
        return v == null || v.isBlank() ? NONE : v;
    }

    /** The dimension of a label or name, case-insensitive. */
    public static Dimension parse(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.label.equals(l) || d.name().equalsIgnoreCase(l)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dimension '" + label + "'; one of "
                        + Arrays.stream(values()).map(Dimension::label).toList()));
    }
}
