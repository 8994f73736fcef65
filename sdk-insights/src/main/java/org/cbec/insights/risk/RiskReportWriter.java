package org.cbec.insights.risk;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.cbec.insights.internal.format.Json;

/**
 * Renders a {@link RiskReport} as text (one line per alert, then a summary) or JSON. Buyers, telephones and
 * addresses appear only masked. Writers are flushed, not closed.
 *
 * <pre>{@code
 * RiskReportWriter.text(report, out);
 * // RISK-03 SHARED_PHONE WARNING phone 135****2231: 3 different buyers on one phone … [O-1, O-2, O-3]
 * //   buyers: 110***********4514, 110***********0017, 110***********3618
 * // 12 filings checked, 1 alert (RISK-03 1)
 * }</pre>
 */
public final class RiskReportWriter {

    private RiskReportWriter() {
    }

    /** One line per alert with its buyers, then {@code N filings checked, M alerts (RISK-01 k, …)}. */
    public static void text(RiskReport report, Writer out) throws IOException {
        for (RiskAlert a : report.alerts()) {
            out.write(a + "\n");
            if (!a.buyers().isEmpty()) {
                out.write("  buyers: " + String.join(", ", a.buyers()) + "\n");
            }
        }
        StringBuilder b = new StringBuilder().append(report.filingsChecked()).append(" filings checked, ")
                .append(report.alerts().size()).append(report.alerts().size() == 1 ? " alert" : " alerts");
        if (!report.alerts().isEmpty()) {
            b.append(" (");
            report.countsByRule().forEach((r, n) -> b.append(b.charAt(b.length() - 1) == '(' ? "" : ", ")
                    .append(r.code()).append(' ').append(n));
            b.append(')');
        }
        out.write(b + "\n");
        out.flush();
    }

    /** {@code {"filingsChecked":N,"alerts":[{"code":"RISK-01","rule":"SPLIT_ORDER",…}],"countsByRule":{…}}}. */
    public static void json(RiskReport report, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("filingsChecked", report.filingsChecked());
            g.writeArrayFieldStart("alerts");
            for (RiskAlert a : report.alerts()) {
                g.writeStartObject();
                g.writeStringField("code", a.rule().code());
                g.writeStringField("rule", a.rule().name());
                g.writeStringField("severity", a.severity().name());
                g.writeStringField("subject", a.subject());
                g.writeArrayFieldStart("orders");
                for (String o : a.orders()) {
                    g.writeString(o);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("buyers");
                for (String b : a.buyers()) {
                    g.writeString(b);
                }
                g.writeEndArray();
                g.writeStringField("detail", a.detail());
                g.writeStringField("at", a.at().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("countsByRule");
            for (var e : report.countsByRule().entrySet()) {
                g.writeNumberField(e.getKey().code(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
