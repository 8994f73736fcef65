package org.cbec.insights.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the risk rules found over a batch of filings: one alert per finding, the latest and most complete one kept
 * (a split that grows from two to three orders is one alert naming the three; a telephone shared by a fourth buyer
 * replaces the alert naming three), in the order findings first occurred.
 *
 * <pre>{@code
 * RiskReport r = insights.risk(source, FactQuery.all());
 * if (!r.alerts().isEmpty()) System.exit(1);
 * r.countsByRule(); // {SPLIT_ORDER=1, SHARED_PHONE=2}
 * }</pre>
 *
 * @param filingsChecked how many filings the rules looked at (of the basis type, not refused)
 * @param alerts         the alerts
 */
public record RiskReport(long filingsChecked, List<RiskAlert> alerts) {

    /** The list is copied. */
    public RiskReport {
        alerts = List.copyOf(alerts);
    }

    /** How many alerts each rule raised, in rule order. */
    public Map<RiskRule, Integer> countsByRule() {
        Map<RiskRule, Integer> m = new EnumMap<>(RiskRule.class);
        alerts.forEach(a -> m.merge(a.rule(), 1, Integer::sum));
        return m;
    }

    /** Whether an alert blocks. */
    public boolean blocks() {
        return alerts.stream().anyMatch(RiskAlert::blocks);
    }

    /** Collects the alerts of a replay, keeping per finding the latest and most complete. */
    public static final class Collector {
        private final Map<String, List<RiskAlert>> bySubject = new LinkedHashMap<>();
        private long checked;

        /** Counts one filing the rules looked at. */
        public void checked() {
            checked++;
        }

        /** Adds an alert, replacing an earlier one of the same finding it completes. */
        public void add(RiskAlert a) {
            List<RiskAlert> same = bySubject.computeIfAbsent(a.rule().code() + "|" + a.subjectKey(), k -> new ArrayList<>());
            boolean latestWins = a.rule() != RiskRule.SPLIT_ORDER;
            for (int i = 0; i < same.size(); i++) {
                if (latestWins || a.orders().containsAll(same.get(i).orders())) {
                    same.set(i, a);
                    return;
                }
            }
            same.add(a);
        }

        /** The report. */
        public RiskReport report() {
            List<RiskAlert> out = new ArrayList<>();
            bySubject.values().forEach(out::addAll);
            return new RiskReport(checked, out);
        }
    }
}
