package org.cbec.customs.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The negative processing error codes a receipt's {@code returnStatus} may carry instead of a {@link ReturnStatus}
 * (specification chapter 7, table 7-2), with their text, looked up by code. The data is the resource
 * {@code processing-errors.tsv} next to this class; {@code [*]} in a text stands for a value the platform fills in.
 *
 * <pre>{@code
 * ProcessingErrors.find("-621005").map(ProcessingErrors.ProcessingError::text); // Optional[清单[*]的购买金额超过单笔限额[[*]]]
 * }</pre>
 */
public final class ProcessingErrors {

    /** One error of chapter 7: its (negative) code and the specification's text. */
    public record ProcessingError(String code, String text) {
    }

    private static final Map<String, ProcessingError> BY_CODE = load();

    private ProcessingErrors() {
    }

    /** The error with this code, e.g. {@code -621005}. */
    public static Optional<ProcessingError> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code.strip()));
    }

    /** Every error of the specification, in its order. */
    public static Collection<ProcessingError> all() {
        return BY_CODE.values();
    }

    private static Map<String, ProcessingError> load() {
        Map<String, ProcessingError> m = new LinkedHashMap<>();
        try (InputStream in = ProcessingErrors.class.getResourceAsStream("processing-errors.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t", 2);
                    m.put(cols[0], new ProcessingError(cols[0], cols[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
