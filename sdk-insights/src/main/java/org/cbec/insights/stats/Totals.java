package org.cbec.insights.stats;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts and values of a group of filings (or of all of them). Counts and values add up: the totals of the groups of
 * any grouping sum to the overall total.
 *
 * @param count       filed documents
 * @param released    of them released (放行)
 * @param refused     of them rejected (退单) or refused with an error (format check, processing error)
 * @param declaredCny the value of every filed document in CNY, at the customs monthly rate of its submission month
 * @param releasedCny the value of the released ones in CNY, at the rate of the release month
 * @param unconverted documents with a value no rate could convert (see {@link Statistics#missingRates()})
 * @param byCurrency  the value of every filed document in its own currency, by customs currency code
 * @param latency     filing-to-release times of the released ones
 */
public record Totals(long count, long released, long refused, BigDecimal declaredCny, BigDecimal releasedCny,
                     long unconverted, SortedMap<String, BigDecimal> byCurrency, Latency latency) {

    /** The map is copied. */
    public Totals {
        byCurrency = Collections.unmodifiableSortedMap(new TreeMap<>(byCurrency));
    }

    /** refused ÷ count, 0 for no filings. */
    public double refusalRate() {
        return count == 0 ? 0 : (double) refused / count;
    }
}
