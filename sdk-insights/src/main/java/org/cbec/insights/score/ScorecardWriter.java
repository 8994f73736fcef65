package org.cbec.insights.score;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.cbec.insights.internal.format.Json;
import org.cbec.insights.internal.format.TextTable;
import org.cbec.insights.stats.Latency;
import org.cbec.insights.stats.ReasonCount;

/**
 * Renders {@link Scorecard}s as a text table (with each enterprise's top refusal reason) or JSON. Writers are
 * flushed, not closed.
 *
 * <pre>{@code
 * ScorecardWriter.text(insights.scorecards(source, FactQuery.all()), out);
 * }</pre>
 */
public final class ScorecardWriter {

    private ScorecardWriter() {
    }

    /** One line per enterprise. */
    public static void text(List<Scorecard> cards, Writer out) throws IOException {
        TextTable t = new TextTable(List.of("role", "code", "filings", "refused", "refusal rate", "mismatch rate",
                "p50 release", "cancelled", "returned", "late tax", "top refusal reason"));
        for (Scorecard c : cards) {
            t.row(List.of(c.role().name().toLowerCase(Locale.ROOT), c.code(), Long.toString(c.filings()),
                    Long.toString(c.refused()), percent(c.refusalRate()), percent(c.mismatchRate()),
                    Latency.format(c.releaseLatency().p50()), Long.toString(c.cancellations()),
                    Long.toString(c.returns()), c.lateTaxPayments() + "/" + c.taxBills(),
                    c.topReasons().isEmpty() ? "-" : c.topReasons().get(0).reason()));
        }
        t.write(out);
        out.flush();
    }

    /** A JSON array of one object per enterprise with every field of {@link Scorecard} and the rates. */
    public static void json(List<Scorecard> cards, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartArray();
            for (Scorecard c : cards) {
                g.writeStartObject();
                g.writeStringField("role", c.role().name().toLowerCase(Locale.ROOT));
                g.writeStringField("code", c.code());
                g.writeNumberField("filings", c.filings());
                g.writeNumberField("released", c.released());
                g.writeNumberField("refused", c.refused());
                g.writeNumberField("refusalRate", rate(c.refusalRate()));
                g.writeArrayFieldStart("topReasons");
                for (ReasonCount r : c.topReasons()) {
                    g.writeStartObject();
                    g.writeStringField("reason", r.reason());
                    g.writeNumberField("count", r.count());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("crossCheckFilings", c.crossCheckFilings());
                g.writeNumberField("crossCheckRefusals", c.crossCheckRefusals());
                g.writeNumberField("mismatchRate", rate(c.mismatchRate()));
                Json.seconds(g, "releaseP50Seconds", c.releaseLatency().p50());
                Json.seconds(g, "releaseP90Seconds", c.releaseLatency().p90());
                g.writeNumberField("cancellations", c.cancellations());
                g.writeNumberField("cancellationsConcluded", c.cancellationsConcluded());
                g.writeNumberField("returns", c.returns());
                g.writeNumberField("taxBills", c.taxBills());
                g.writeNumberField("lateTaxPayments", c.lateTaxPayments());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
        out.flush();
    }

    private static String percent(double r) {
        return String.format(Locale.ROOT, "%.1f%%", r * 100);
    }

    private static java.math.BigDecimal rate(double r) {
        return java.math.BigDecimal.valueOf(r).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
