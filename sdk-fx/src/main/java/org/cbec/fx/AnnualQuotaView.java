package org.cbec.fx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.core.validation.Sensitivity;
import org.cbec.customs.codes.CurrencyCode;

/**
 * The individuals' annual FX quota (个人年度便利化额度) seen per person and year: what counted against the quota,
 * what individual sellers registered for e-commerce settlement settled outside it, what was refused, and what is
 * left. Built by replaying the uses in date order through a {@link PersonalQuotaTracker}, so it says exactly what the
 * tracker would have decided. Identity numbers appear only masked.
 *
 * <pre>{@code
 * List<AnnualQuotaView.Row> rows = AnnualQuotaView.of(fx, registrations, uses);
 * // 110***********4514 2026: used 48,000.00 USD, outside 12,000.00 USD, refused 1 (3,500.00 USD), left 2,000.00 USD
 * }</pre>
 */
public final class AnnualQuotaView {

    /**
     * One person's year.
     *
     * @param person      the identity number, masked
     * @param year        the calendar year
     * @param used        USD counted against the quota
     * @param outside     USD of e-commerce trade settled outside the quota
     * @param refused     how many uses were refused (they would have exceeded the quota)
     * @param refusedUsd  their USD amount
     * @param remaining   what is left of the quota
     */
    public record Row(String person, int year, Money used, Money outside, int refused, Money refusedUsd, Money remaining) {
        @Override
        public String toString() {
            return person + " " + year + ": used " + used + ", outside " + outside + ", refused " + refused + " ("
                    + refusedUsd + "), left " + remaining;
        }
    }

    private AnnualQuotaView() {
    }

    /** The rows of {@code uses} (replayed by date) with the annual quota of {@code fx}, by person then year. */
    public static List<Row> of(CbecFx fx, Collection<TradeFxRegistration> registrations, Collection<QuotaUse> uses) {
        PersonalQuotaTracker tracker = fx.newQuotaTracker(registrations);
        Map<String, Row> rows = new LinkedHashMap<>();
        Money zero = Money.zero(CurrencyCode.USD);
        uses.stream().sorted(Comparator.comparing(QuotaUse::date)).forEach(u -> {
            QuotaDecision d = tracker.use(u.idNumber(), u.amount(), u.date(), u.purpose());
            String key = u.idNumber().strip().toUpperCase(java.util.Locale.ROOT) + "|" + u.date().getYear();
            Row r = rows.getOrDefault(key, new Row(Sensitivity.ID_NUMBER.mask(u.idNumber().strip()), u.date().getYear(),
                    zero, zero, 0, zero, tracker.annualLimit()));
            Money usd = d.usdEquivalent();
            r = !d.allowed() ? new Row(r.person(), r.year(), r.used(), r.outside(), r.refused() + 1, r.refusedUsd().plus(usd), d.remaining())
                    : d.countsAgainstQuota() ? new Row(r.person(), r.year(), r.used().plus(usd), r.outside(), r.refused(), r.refusedUsd(), d.remaining())
                    : new Row(r.person(), r.year(), r.used(), r.outside().plus(usd), r.refused(), r.refusedUsd(), d.remaining());
            rows.put(key, r);
        });
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing(Row::person).thenComparing(Row::year));
        return List.copyOf(out);
    }
}
