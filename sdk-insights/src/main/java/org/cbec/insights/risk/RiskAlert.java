package org.cbec.insights.risk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.cbec.core.validation.Severity;

/**
 * One risk rule firing: which rule, how serious (a {@link Severity#WARNING}, or an {@link Severity#ERROR} for a rule
 * configured to block), about whom (masked), the orders involved and what was found. Never holds personal data in
 * clear.
 *
 * <pre>{@code
 * // RISK-01 SPLIT_ORDER WARNING buyer 110***********4514: 3 orders of goods 330499 within PT24H, each within
 * //   5000.00 CNY, together 7500.00 CNY [ORDER-1, ORDER-2, ORDER-3]
 * }</pre>
 *
 * @param rule       the rule
 * @param severity   warning, or error when the rule blocks
 * @param subject    whom or what it is about, masked: {@code buyer 110***********4514}, {@code phone 135****2231}…
 * @param subjectKey the hashed key of the subject, to group alerts (not personal data)
 * @param orders     the order numbers involved, oldest first
 * @param buyers     the buyers involved, masked
 * @param detail     what was found, with the figures compared
 * @param at         the submission time of the filing that made the rule fire
 */
public record RiskAlert(RiskRule rule, Severity severity, String subject, String subjectKey, List<String> orders,
                        List<String> buyers, String detail, Instant at) {

    /** Rule, severity, subject and detail are required; the lists are copied. */
    public RiskAlert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        orders = List.copyOf(orders);
        buyers = List.copyOf(buyers);
    }

    /** Whether the alert should stop the filing. */
    public boolean blocks() {
        return severity == Severity.ERROR;
    }

    /** {@code RISK-01 SPLIT_ORDER WARNING buyer 110***…: detail [ORDER-1, ORDER-2]}. */
    @Override
    public String toString() {
        return rule.code() + " " + rule + " " + severity + " " + subject + ": " + detail + " " + orders;
    }
}
