package org.cbec.insights.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cbec.customs.codes.ProcessingErrors;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.stats.ReasonCount;

/**
 * Counts refusal reasons in bounded memory: reasons are normalised (numbers of documents and people replaced by
 * {@code *}, so one reason is one line however many orders it hit) and at most {@code capacity} distinct reasons are
 * kept; the rest count under {@link #OTHER}. Counts are exact.
 */
public final class ReasonCounter {

    /** Where reasons beyond the capacity are counted. */
    public static final String OTHER = "(other reasons)";

    private static final Pattern NUMBERS = Pattern.compile(
            "(?<![A-Za-z0-9_\\-])(?=[A-Za-z0-9_\\-]*[0-9])[A-Za-z0-9_\\-]{4,}(?![A-Za-z0-9_\\-])");
    private static final int MAX_LENGTH = 120;

    private final int capacity;
    private final Map<String, long[]> counts = new HashMap<>();

    public ReasonCounter(int capacity) {
        this.capacity = capacity;
    }

    /** Counts the refusal of {@code f}, if it was refused. */
    public void add(FilingFact f) {
        if (!f.status().isRefusal()) {
            return;
        }
        String reason = reason(f);
        long[] c = counts.get(reason);
        if (c == null) {
            if (counts.size() >= capacity) {
                reason = OTHER;
            }
            c = counts.computeIfAbsent(reason, k -> new long[1]);
        }
        c[0]++;
    }

    /** Adds another counter's counts. */
    public void addAll(ReasonCounter other) {
        other.counts.forEach((k, v) -> counts.computeIfAbsent(counts.size() < capacity || counts.containsKey(k) ? k : OTHER,
                x -> new long[1])[0] += v[0]);
    }

    /** The {@code n} most frequent reasons, most frequent first (ties by text). */
    public List<ReasonCount> top(int n) {
        return counts.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue()[0]))
                .sorted(Comparator.comparingLong(ReasonCount::count).reversed().thenComparing(ReasonCount::reason))
                .limit(n).toList();
    }

    /** The reason of a refused fact as it is counted: {@code code text}, normalised. */
    public static String reason(FilingFact f) {
        String code = f.refusalCode() == null ? "?" : f.refusalCode();
        String text = f.refusalReason();
        if ((text == null || text.isBlank()) && code.startsWith("-")) {
            text = ProcessingErrors.find(code).map(ProcessingErrors.ProcessingError::text).orElse(null);
        }
        String normal = text == null ? "" : NUMBERS.matcher(text.strip()).replaceAll("*");
        if (normal.length() > MAX_LENGTH) {
            normal = normal.substring(0, MAX_LENGTH - 1) + "…";
        }
        return normal.isEmpty() ? code : code + " " + normal;
    }
}
