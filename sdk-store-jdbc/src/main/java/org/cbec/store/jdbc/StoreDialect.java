package org.cbec.store.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import org.cbec.jdbc.SchemaMigrator;

/**
 * What differs between databases for {@link JdbcMessageStore}, and only that: the schema's migrations (types differ),
 * the database clock, inserts that ignore an existing key, and the shape of a claim. Every statement that is the same
 * everywhere lives in {@link JdbcMessageStore}. A store for another database (MySQL, say) is a subclass of this, a
 * small subclass of {@link JdbcMessageStore} choosing how transactions run, and a test extending the SPI's contract
 * test.
 *
 * <pre>{@code
 * final class MySqlDialect extends StoreDialect {
 *     public String now() { return "CURRENT_TIMESTAMP(3)"; }
 *     public String nowPlusMillis() { return "TIMESTAMPADD(MICROSECOND, ? * 1000, CURRENT_TIMESTAMP(3))"; }
 *     public String insertIgnoring(String table, List<String> columns, List<String> values, int keys) {
 *         return "INSERT IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ")";
 *     }
 *     …
 * }
 * }</pre>
 */
public abstract class StoreDialect {

    /** The schema of the store in this database, every version since the first (tables {@code cbec_outbox}, …). */
    public abstract SchemaMigrator schema();

    /** The database clock, at the millisecond precision of the time columns. */
    public abstract String now();

    /** The database clock plus a bound number of milliseconds (one {@code ?}, a {@code long}). */
    public abstract String nowPlusMillis();

    /**
     * An insert of one row into {@code table} that does nothing when a row with the same key exists, whatever other
     * transactions do at the same time: update count 1 when inserted, 0 when not. The key is the first {@code keys}
     * columns, whose values are binds.
     *
     * @param values per column, {@code ?} for a bind (bound in column order) or an SQL expression
     */
    public abstract String insertIgnoring(String table, List<String> columns, List<String> values, int keys);

    /** How a claim is taken. */
    public abstract Claims claims();

    /**
     * The statements of a claim. Either one statement ({@code returning}) that picks due rows, stamps each with a fresh
     * claim token and a lease and returns them (binds: max, lease millis; columns: id, message type, CopMsgId, claim
     * token, attempts, envelope), or two: {@code lockDue} picks and locks due rows skipping those another transaction
     * locks (binds: max; columns: id, message type, CopMsgId, attempts), then {@code stamp} runs per row (binds: claim
     * token, lease millis, id) and the envelopes are read by id.
     *
     * @param returning one statement, or {@code null}
     * @param lockDue   the locking query, or {@code null}
     * @param stamp     the stamping update, or {@code null}
     */
    public record Claims(String returning, String lockDue, String stamp) {
        public Claims {
            if ((returning == null) == (lockDue == null || stamp == null)) {
                throw new IllegalArgumentException("a claim is one returning statement, or a locking query and a stamp");
            }
        }

        /** A claim in one statement. */
        public static Claims returning(String sql) {
            return new Claims(Objects.requireNonNull(sql), null, null);
        }

        /** A claim as a locking query and a stamp per row. */
        public static Claims lockThenStamp(String lockDue, String stamp) {
            return new Claims(null, Objects.requireNonNull(lockDue), Objects.requireNonNull(stamp));
        }
    }

    /** Whether {@code e} reports a duplicate key (SQLState class 23, integrity constraint violation). */
    public boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
