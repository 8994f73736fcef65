package org.cbec.tax.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.tax.TaxRates;

/** Reads the CSV rate table format of {@link org.cbec.tax.TaxRateTables#fromCsv(Reader)}. */
public final class CsvTaxRates {

    static final String HEADER = "key,category,dutyRate,vatRate,consumptionRate,consumptionPerUnit,consumptionUnit";

    private CsvTaxRates() {
    }

    public static Map<String, TaxRates> read(Reader csv) {
        Map<String, TaxRates> out = new LinkedHashMap<>();
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        boolean header = false;
        int lineNo = 0;
        try {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String t = line.strip();
                if (lineNo == 1 && t.startsWith("\uFEFF")) {
                    t = t.substring(1);
                }
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!t.replace(" ", "").equals(HEADER)) {
                        throw error(lineNo, "the header must be '" + HEADER + "'");
                    }
                    header = true;
                    continue;
                }
                String[] c = t.split(",", -1);
                if (c.length != 7) {
                    throw error(lineNo, "expected 7 cells, found " + c.length);
                }
                String key = c[0].strip();
                if (key.isEmpty()) {
                    throw error(lineNo, "empty key");
                }
                TaxRates rates;
                try {
                    String unit = c[6].strip();
                    rates = new TaxRates(c[1].strip(), number(c[2]), number(c[3]), number(c[4]), number(c[5]),
                            unit.isEmpty() ? null : unit);
                } catch (IllegalArgumentException e) {
                    throw error(lineNo, e.getMessage());
                }
                if (out.putIfAbsent(key, rates) != null) {
                    throw error(lineNo, "duplicate key " + key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!header) {
            throw error(lineNo, "no header line");
        }
        return out;
    }

    private static BigDecimal number(String cell) {
        String s = cell.strip();
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }

    private static CebException error(int line, String message) {
        return new CebException(ErrorCode.TAX_RATE_CSV, "tax rate CSV line " + line + ": " + message);
    }
}
