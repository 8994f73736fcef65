/**
 * The embedded H2 outbox, the default store of sdk-client: {@link org.cbec.store.h2.H2Store}, opened through {@code
 * Stores.h2(path)} or {@code Stores.fromUrl("jdbc:h2:...")} via {@link org.cbec.store.h2.H2StoreProvider}. Exclude
 * this module to drop H2.
 */
package org.cbec.store.h2;
