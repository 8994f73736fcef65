package org.cbec.tax.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cbec.tax.TaxRates;
import org.cbec.tax.spi.TaxRateTable;

/** An immutable table in memory; commodity codes match by longest prefix. */
public final class MapTaxRateTable implements TaxRateTable {

    /** The built-in sample table, read on first use. */
    public static TaxRateTable sample() {
        return SampleHolder.TABLE;
    }

    private static final class SampleHolder {
        static final TaxRateTable TABLE = load();

        private static TaxRateTable load() {
            try (InputStream in = Objects.requireNonNull(MapTaxRateTable.class.getResourceAsStream(
                    "/org/cbec/tax/sample-rates.csv"), "sample-rates.csv");
                 Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new MapTaxRateTable(CsvTaxRates.read(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, TaxRates> entries;

    public MapTaxRateTable(Map<String, TaxRates> entries) {
        this.entries = Map.copyOf(entries);
    }

    @Override
    public Optional<TaxRates> find(String key) {
        Objects.requireNonNull(key, "key");
        if (!key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            for (int n = key.length(); n >= 1; n--) {
                TaxRates r = entries.get(key.substring(0, n));
                if (r != null) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public String toString() {
        return "TaxRateTable[" + entries.size() + " entries]";
    }
}
