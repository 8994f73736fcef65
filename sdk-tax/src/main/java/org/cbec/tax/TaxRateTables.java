package org.cbec.tax;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cbec.core.error.CebException;
import org.cbec.tax.internal.CsvTaxRates;
import org.cbec.tax.internal.MapTaxRateTable;
import org.cbec.tax.spi.TaxRateTable;

/**
 * The built-in {@link TaxRateTable}s (the factories live here, not on the interface, as {@code Stores} and
 * {@code Transports} do for sdk-client's SPIs, so the SPI never depends on its implementations).
 *
 * <pre>{@code
 * TaxRateTable real = TaxRateTables.fromCsv(Path.of("rates-2026.csv"));
 * TaxRateTable forTests = TaxRateTables.sample();
 * }</pre>
 */
public final class TaxRateTables {

    private TaxRateTables() {
    }

    /**
     * A small built-in table of <b>sample</b> rates, for examples and tests only: they are illustrative, not the
     * current tariff, and must not be used to charge buyers. Categories (each also under an HS prefix):
     * {@code general} (VAT 13 %), {@code cosmetics} / {@code 3304} (consumption tax 15 % ad valorem),
     * {@code milk-powder} / {@code 0402}, {@code books} / {@code 4901} (VAT 9 %), {@code beer} / {@code 2203}
     * (consumption tax 250 CNY per tonne, specific), {@code wine} / {@code 2204} (10 %), {@code jewellery} /
     * {@code 7113} (10 %), {@code watches} / {@code 9101} (20 %). The file is {@code org/cbec/tax/sample-rates.csv}.
     */
    public static TaxRateTable sample() {
        return MapTaxRateTable.sample();
    }

    /** A table from these entries (key to rates). */
    public static TaxRateTable of(Map<String, TaxRates> entries) {
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
    public static TaxRateTable fromCsv(Reader csv) {
        return new MapTaxRateTable(CsvTaxRates.read(csv));
    }

    /** A table read from a UTF-8 CSV file; see {@link #fromCsv(Reader)}. */
    public static TaxRateTable fromCsv(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return fromCsv(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tax rates from " + csv, e);
        }
    }
}
