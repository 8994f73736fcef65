package org.cbec.tax.spi;

import java.util.Optional;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.TaxRates;

/**
 * The statutory rates by tax category and by customs commodity code. Implementations must be thread-safe.
 *
 * <p>Built in ({@link org.cbec.tax.TaxRateTables}): {@code sample()}, a small table of <b>sample</b> rates for examples
 * and tests, and {@code fromCsv(path)}, a table read from a CSV file (no network). Keys are either a category name (e.g.
 * {@code cosmetics}) or the leading digits of a commodity code; a code finds the entry with the longest matching
 * prefix ({@code 3304100091} finds {@code 330410} before {@code 3304}).
 *
 * <pre>{@code
 * TaxRateTable table = TaxRateTables.fromCsv(Path.of("rates-2026.csv"));
 * TaxRates r = table.find("3304100091").orElseThrow();
 * }</pre>
 */
public interface TaxRateTable {

    /** The rates of a category name or of a commodity code (longest prefix), or empty when the table has none. */
    Optional<TaxRates> find(String key);

    /**
     * The rates of {@code line}: its own {@link GoodsLine#rates()} when set, else its category, else its commodity
     * code.
     *
     * @throws CebException {@code TAX_RATE_UNKNOWN} when none is found
     */
    default TaxRates ratesFor(GoodsLine line) {
        if (line.rates() != null) {
            return line.rates();
        }
        Optional<TaxRates> r = Optional.empty();
        if (line.taxCategory() != null) {
            r = find(line.taxCategory());
        }
        if (r.isEmpty() && line.hsCode() != null) {
            r = find(line.hsCode());
        }
        return r.orElseThrow(() -> new CebException(ErrorCode.TAX_RATE_UNKNOWN, "no tax rates for line " + line.itemNo()
                + " (category " + line.taxCategory() + ", HS code " + line.hsCode() + ")"));
    }
}
