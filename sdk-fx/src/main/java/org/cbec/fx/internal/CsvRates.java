package org.cbec.fx.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.Currencies;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateType;

/** Reads the rate CSV described at {@code RateSource.csv}. */
public final class CsvRates {

    static final String HEADER = "type,currency,period,rate,units";

    private CsvRates() {
    }

    /** Every rate of the text, in order. */
    public static List<ExchangeRate> read(Reader csv) throws IOException {
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        List<ExchangeRate> rates = new ArrayList<>();
        boolean header = false;
        int lineNo = 0;
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
                if (!t.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("type,currency,period,rate")) {
                    throw new IllegalArgumentException("rate CSV line " + lineNo + ": expected the header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            rates.add(parse(t, lineNo));
        }
        return rates;
    }

    private static ExchangeRate parse(String line, int lineNo) {
        String[] f = line.split(",", -1);
        if (f.length < 4 || f.length > 5) {
            throw error(lineNo, "expected 4 or 5 fields, found " + f.length);
        }
        try {
            RateType type = RateType.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
            String cur = f[1].strip();
            CurrencyCode currency = (cur.chars().allMatch(Character::isDigit) ? Currencies.fromCustoms(cur) : Currencies.fromIso(cur))
                    .orElseThrow(() -> error(lineNo, "unknown currency '" + cur + "'"));
            String p = f[2].strip();
            LocalDate period = type == RateType.CUSTOMS_MONTHLY ? YearMonth.parse(p).atDay(1) : LocalDate.parse(p);
            BigDecimal rate = new BigDecimal(f[3].strip());
            int units = f.length == 5 && !f[4].isBlank() ? Integer.parseInt(f[4].strip()) : 1;
            return ExchangeRate.perUnits(type, currency, period, rate, units);
        } catch (DateTimeParseException e) {
            throw error(lineNo, "bad period '" + f[2].strip() + "' (yyyy-MM for CUSTOMS_MONTHLY, yyyy-MM-dd for CENTRAL_PARITY_DAILY)");
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("rate CSV line")) {
                throw e;
            }
            throw error(lineNo, e.getMessage());
        }
    }

    private static IllegalArgumentException error(int lineNo, String detail) {
        return new IllegalArgumentException("rate CSV line " + lineNo + ": " + detail);
    }
}
