package org.cbec.tax.spi;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.cbec.core.error.CebException;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.TaxRates;
import org.cbec.tax.internal.CsvTaxRates;
import org.cbec.tax.internal.MapTaxRateTable;

/**
 * The statutory rates by tax category and by customs commodity code. Implementations must be thread-safe.
 *
 * <p>Built in: {@link #sample()}, a small table of <b>sample</b> rates for examples and tests, and
 * {@link #fromCsv(Path)}, a table read from a CSV file (no network). Keys are either a category name (e.g.
 * {@code cosmetics}) or the leading digits of a commodity code; a code finds the entry with the longest matching
 * prefix ({@code 3304100091} finds {@code 330410} before {@code 3304}).
 *
 * <pre>{@code
 * TaxRateTable table = TaxRateTable.fromCsv(Path.of("rates-2026.csv"));
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
        return r.orElseThrow(() -> new CebException("TAX_RATE_UNKNOWN", "no tax rates for line " + line.itemNo()
                + " (category " + line.taxCategory() + ", HS code " + line.hsCode() + ")"));
    }

    /**
     * A small built-in table of <b>sample</b> rates, for examples and tests only: they are illustrative, not the
     * current tariff, and must not be used to charge buyers. Categories (each also under an HS prefix):
     * {@code general} (VAT 13 %), {@code cosmetics} / {@code 3304} (consumption tax 15 % ad valorem),
     * {@code milk-powder} / {@code 0402}, {@code books} / {@code 4901} (VAT 9 %), {@code beer} / {@code 2203}
     * (consumption tax 250 CNY per tonne, specific), {@code wine} / {@code 2204} (10 %), {@code jewellery} /
     * {@code 7113} (10 %), {@code watches} / {@code 9101} (20 %). The file is {@code org/cbec/tax/sample-rates.csv}.
     */
    static TaxRateTable sample() {
        return MapTaxRateTable.sample();
    }

    /** A table from these entries (key to rates). */
    static TaxRateTable of(Map<String, TaxRates> entries) {
        return new MapTaxRateTable(entries);
    }

    /**
     * A table read from CSV text: a header line
     * {@code key,category,dutyRate,vatRate,consumptionRate,consumptionPerUnit,consumptionUnit}, then one entry per
     * line; rates are fractions ({@code 0.13}), empty cells are 0; lines starting with {@code #} and blank lines are
     * skipped. Cells are not quoted, so they cannot hold commas. The reader is not closed.
     *
     * @throws CebException {@code TAX_RATE_CSV} naming the line of a malformed or duplicate entry
     */
    static TaxRateTable fromCsv(Reader csv) {
        return new MapTaxRateTable(CsvTaxRates.read(csv));
    }

    /** A table read from a UTF-8 CSV file; see {@link #fromCsv(Reader)}. */
    static TaxRateTable fromCsv(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return fromCsv(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tax rates from " + csv, e);
        }
    }
}
