/**
 * Versioned schema migrations for every JDBC component of the SDK (the H2 and PostgreSQL stores, the tax quota
 * ledger): {@link org.cbec.jdbc.SchemaMigrator} runs {@link org.cbec.jdbc.Migration}s in order, records them with
 * checksums in {@code cbec_schema_history}, and keeps instances starting together from migrating at once.
 */
package org.cbec.jdbc;
