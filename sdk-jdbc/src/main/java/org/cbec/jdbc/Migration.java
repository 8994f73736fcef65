package org.cbec.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One step of a schema: its version, what it does, and the SQL statements that do it. Released migrations are never
 * edited (the {@link SchemaMigrator} refuses a database whose recorded checksum differs); a change is a new version.
 *
 * <p>On a database whose DDL is not transactional (H2, MySQL) a migration that dies half way is run again from its first
 * statement on the next start, so write each statement to be safe to repeat ({@code CREATE TABLE IF NOT EXISTS},
 * {@code INSERT … WHERE NOT EXISTS}, {@code DROP COLUMN IF EXISTS}). On PostgreSQL each migration runs in one
 * transaction with the record of it.
 *
 * <pre>{@code
 * Migration v1 = Migration.of(1, "the ledger's tables",
 *         "CREATE TABLE IF NOT EXISTS ledger_total (buyer_id VARCHAR(64) NOT NULL, total DECIMAL(19,2) NOT NULL)");
 * }</pre>
 *
 * @param version     1, 2, 3, … without gaps
 * @param description a line for {@code cbec_schema_history}, at most 200 characters
 * @param statements  the SQL, run in order
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("a migration's version is 1 or more: " + version);
        }
        Objects.requireNonNull(description, "description");
        if (description.length() > 200) {
            throw new IllegalArgumentException("a migration's description has at most 200 characters");
        }
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statement");
        }
    }

    /** A migration of these statements. */
    public static Migration of(int version, String description, String... statements) {
        return new Migration(version, description, List.of(statements));
    }

    /** Hex SHA-256 of the statements (not of the description): what {@code cbec_schema_history} records. */
    public String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : statements) {
                sha.update(s.strip().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
