package org.cbec.insights.internal.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** The streaming JSON generator the writers share: plain decimals, pretty-printed, the target left open. */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Json() {
    }

    public static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        return g;
    }

    /** A CNY amount at the fen. */
    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Seconds, or null. */
    public static void seconds(JsonGenerator g, String field, Duration d) throws IOException {
        if (d == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, d.getSeconds());
        }
    }
}
