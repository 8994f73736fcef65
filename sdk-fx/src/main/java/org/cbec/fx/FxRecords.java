package org.cbec.fx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Batch export of {@link FxTransactionRecord}s, unmasked (the report needs the payer in clear), in a fixed
 * column order:
 * {@code orderNo, payTransactionId, payCode, payerName, payerIdNumber, payeeCode, payeeName, amount, currency
 * (customs code), currencyIso, logisticsCode, logisticsNo, goodsSummary, paidAt} (ISO-8601 local date-time).
 * Amounts are plain decimals as given, never in exponent notation. Values are written verbatim, for machines:
 * nothing is prefixed to stop a spreadsheet from reading a cell starting with {@code =} as a formula.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("fx-2026-11-23.csv"))) {
 *     FxRecords.writeCsv(records, w);
 * }
 * FxRecords.writeJson(records, jsonWriter); // [{"orderNo":"…","amount":179.70,"currency":"142",…}]
 * }</pre>
 */
public final class FxRecords {

    /** The columns of the CSV export and the properties of the JSON export, in order. */
    public static final List<String> COLUMNS = List.of("orderNo", "payTransactionId", "payCode", "payerName",
            "payerIdNumber", "payeeCode", "payeeName", "amount", "currency", "currencyIso", "logisticsCode",
            "logisticsNo", "goodsSummary", "paidAt");

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private FxRecords() {
    }

    /**
     * RFC 4180 CSV: a header line, then one line per record, CRLF line ends; a field holding a comma, quote or
     * line break is quoted with quotes doubled; an absent value is an empty field. The writer is not closed.
     */
    public static void writeCsv(List<FxTransactionRecord> records, Writer out) throws IOException {
        writeCsvRows(COLUMNS, records.stream().map(FxRecords::values).toList(), out);
    }

    /** A header line of {@code columns}, then one RFC 4180 line per row, CRLF line ends; shared with {@link FxRegistrations}. */
    static void writeCsvRows(List<String> columns, List<String[]> rows, Writer out) throws IOException {
        out.write(String.join(",", columns));
        out.write("\r\n");
        for (String[] v : rows) {
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(csvField(v[i]));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    /** A JSON array of objects with the {@link #COLUMNS} as properties; {@code amount} is a JSON number. */
    public static void writeJson(List<FxTransactionRecord> records, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (FxTransactionRecord r : records) {
                String[] v = values(r);
                g.writeStartObject();
                for (int i = 0; i < v.length; i++) {
                    g.writeFieldName(COLUMNS.get(i));
                    if (i == 7) {
                        g.writeNumber(r.amount().amount());
                    } else if (v[i] == null) {
                        g.writeNull();
                    } else {
                        g.writeString(v[i]);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.flush();
    }

    private static String[] values(FxTransactionRecord r) {
        return new String[] {r.orderNo(), r.payTransactionId(), r.payCode(), r.payerName(), r.payerIdNumber(),
            r.payeeCode(), r.payeeName(), r.amount().amount().toPlainString(), r.amount().currency().code(),
            Currencies.iso(r.amount().currency()), r.logisticsCode(), r.logisticsNo(), r.goodsSummary(),
            r.paidAt() == null ? null : r.paidAt().toString()};
    }

    private static String csvField(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
