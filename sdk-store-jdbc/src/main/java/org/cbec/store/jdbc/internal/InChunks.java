package org.cbec.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * {@code IN (…)} lists of a fixed length, so that one statement text serves any number of values (the statement stays
 * in the database's and the driver's caches): a shorter last chunk repeats its last value.
 *
 * <pre>{@code
 * for (List<String> chunk : InChunks.split(keys)) { InChunks.bind(ps, 1, chunk); ... }
 * }</pre>
 */
public final class InChunks {

    /** Values per statement. */
    public static final int SIZE = 64;

    /** {@code (?, ?, …)} with {@link #SIZE} binds. */
    public static final String LIST = "(" + String.join(", ", Collections.nCopies(SIZE, "?")) + ")";

    private InChunks() {
    }

    /** {@code values} in chunks of at most {@link #SIZE}. */
    public static List<List<String>> split(List<String> values) {
        int n = (values.size() + SIZE - 1) / SIZE;
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> values.subList(i * SIZE, Math.min(values.size(), (i + 1) * SIZE))).toList();
    }

    /** Binds {@code chunk} to the {@link #SIZE} parameters from {@code first} on, repeating its last value. */
    public static void bind(PreparedStatement ps, int first, List<String> chunk) throws SQLException {
        for (int i = 0; i < SIZE; i++) {
            ps.setString(first + i, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }
}
