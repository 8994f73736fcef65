/**
 * The PostgreSQL outbox shared by many SDK instances: {@link org.cbec.store.postgres.PostgresStore}, opened through
 * {@code Stores.fromUrl("jdbc:postgresql://...")} via {@link org.cbec.store.postgres.PostgresStoreProvider}.
 */
package org.cbec.store.postgres;
