/**
 * The message store of every SQL database, written once: {@link org.cbec.store.jdbc.JdbcMessageStore} with a
 * {@link org.cbec.store.jdbc.StoreDialect} per database (sdk-store-h2, sdk-store-postgres); the schema is migrated by
 * sdk-jdbc's {@code SchemaMigrator}.
 */
package org.cbec.store.jdbc;
