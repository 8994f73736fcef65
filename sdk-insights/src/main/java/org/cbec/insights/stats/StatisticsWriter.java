package org.cbec.insights.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cbec.insights.internal.format.Csv;
import org.cbec.insights.internal.format.Json;
import org.cbec.insights.internal.format.TextTable;

/**
 * Renders {@link Statistics} as a text table, JSON or CSV. CNY amounts are shown at the fen (rounded half up),
 * durations in JSON and CSV as whole seconds. Writers are flushed, not closed.
 *
 * <pre>{@code
 * StatisticsWriter.text(stats, out);   // a table, then the top refusal reasons
 * StatisticsWriter.json(stats, out);   // {"by":["type"],"total":{"count":9,…},"groups":[{"type":"CEB311","count":3,…}],…}
 * StatisticsWriter.csv(stats, out);    // type,count,released,…  one line per group, then TOTAL
 * }</pre>
 */
public final class StatisticsWriter {

    private static final List<String> COLUMNS = List.of("count", "released", "refused", "declaredCny", "releasedCny",
            "unconverted", "p50Seconds", "p90Seconds", "maxSeconds");
    private static final String TOTAL = "TOTAL";

    private StatisticsWriter() {
    }

    /** A table of the groups and the total, then the top refusal reasons and any missing rates. */
    public static void text(Statistics s, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        s.by().forEach(d -> header.add(d.label()));
        header.addAll(List.of("count", "released", "refused", "declared CNY", "released CNY", "p50 release",
                "p90 release"));
        TextTable t = new TextTable(header);
        for (Group g : s.groups()) {
            t.row(textRow(g.key(), g.totals()));
        }
        List<String> totalKey = new ArrayList<>();
        for (int i = 0; i < s.by().size(); i++) {
            totalKey.add(i == 0 ? TOTAL : "");
        }
        t.row(textRow(s.by().isEmpty() ? List.of() : totalKey, s.total()));
        t.write(out);
        if (!s.rejectionReasons().isEmpty()) {
            out.write("\nTop refusal reasons:\n");
            for (ReasonCount r : s.rejectionReasons()) {
                out.write(String.format("%8d  %s%n", r.count(), r.reason()));
            }
        }
        if (!s.missingRates().isEmpty()) {
            out.write("\nNo rate, values not in CNY totals (" + s.total().unconverted() + " filings): "
                    + String.join(", ", s.missingRates()) + "\n");
        }
        out.flush();
    }

    private static List<String> textRow(List<String> key, Totals t) {
        List<String> row = new ArrayList<>(key);
        row.addAll(List.of(Long.toString(t.count()), Long.toString(t.released()), Long.toString(t.refused()),
                Json.fen(t.declaredCny()).toPlainString(), Json.fen(t.releasedCny()).toPlainString(),
                Latency.format(t.latency().p50()), Latency.format(t.latency().p90())));
        return row;
    }

    /**
     * One JSON object: {@code by}, {@code from}, {@code to}, {@code total} (with {@code count} and the other totals),
     * {@code groups} (each with its dimension values by label, then its totals), {@code rejectionReasons} and
     * {@code missingRates}.
     */
    public static void json(Statistics s, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("by");
            for (Dimension d : s.by()) {
                g.writeString(d.label());
            }
            g.writeEndArray();
            g.writeStringField("from", s.from() == null ? null : s.from().toString());
            g.writeStringField("to", s.to() == null ? null : s.to().toString());
            g.writeFieldName("total");
            g.writeStartObject();
            totals(g, s.total());
            g.writeEndObject();
            g.writeArrayFieldStart("groups");
            for (Group grp : s.groups()) {
                g.writeStartObject();
                for (int i = 0; i < s.by().size(); i++) {
                    g.writeStringField(s.by().get(i).label(), grp.key().get(i));
                }
                totals(g, grp.totals());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejectionReasons");
            for (ReasonCount r : s.rejectionReasons()) {
                g.writeStartObject();
                g.writeStringField("reason", r.reason());
                g.writeNumberField("count", r.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missingRates");
            for (String m : s.missingRates()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void totals(JsonGenerator g, Totals t) throws IOException {
        g.writeNumberField("count", t.count());
        g.writeNumberField("released", t.released());
        g.writeNumberField("refused", t.refused());
        g.writeNumberField("declaredCny", Json.fen(t.declaredCny()));
        g.writeNumberField("releasedCny", Json.fen(t.releasedCny()));
        g.writeNumberField("unconverted", t.unconverted());
        g.writeObjectFieldStart("byCurrency");
        for (Map.Entry<String, BigDecimal> e : t.byCurrency().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("latency");
        g.writeNumberField("count", t.latency().count());
        Json.seconds(g, "p50Seconds", t.latency().p50());
        Json.seconds(g, "p90Seconds", t.latency().p90());
        Json.seconds(g, "p99Seconds", t.latency().p99());
        Json.seconds(g, "maxSeconds", t.latency().max());
        g.writeEndObject();
    }

    /** A header (the dimensions, then {@link #COLUMNS}), one line per group, and a last line {@code TOTAL}. */
    public static void csv(Statistics s, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        s.by().forEach(d -> header.add(d.label()));
        header.addAll(COLUMNS);
        Csv.line(header, out);
        for (Group grp : s.groups()) {
            Csv.line(csvRow(grp.key(), grp.totals()), out);
        }
        List<String> totalKey = new ArrayList<>();
        for (int i = 0; i < s.by().size(); i++) {
            totalKey.add(i == 0 ? TOTAL : "");
        }
        Csv.line(csvRow(totalKey, s.total()), out);
        out.flush();
    }

    private static List<String> csvRow(List<String> key, Totals t) {
        List<String> row = new ArrayList<>(key);
        row.addAll(List.of(Long.toString(t.count()), Long.toString(t.released()), Long.toString(t.refused()),
                Json.fen(t.declaredCny()).toPlainString(), Json.fen(t.releasedCny()).toPlainString(),
                Long.toString(t.unconverted()), seconds(t.latency().p50()), seconds(t.latency().p90()),
                seconds(t.latency().max())));
        return row;
    }

    private static String seconds(java.time.Duration d) {
        return d == null ? "" : Long.toString(d.getSeconds());
    }
}
