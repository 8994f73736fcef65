/**
 * The seams between {@code CebClient} and what it plugs in: {@link org.cbec.client.spi.Transport} and {@link
 * org.cbec.client.spi.MessageStore} with their value types, the providers that {@code Stores.fromUrl} and {@code
 * Transports.fromProperties} find through {@link java.util.ServiceLoader} ({@link
 * org.cbec.client.spi.MessageStoreProvider}, {@link org.cbec.client.spi.TransportProvider}, {@link
 * org.cbec.client.spi.HttpTransportProvider}), and the settings every HTTP transport honours ({@link
 * org.cbec.client.spi.HttpTransportConfig}, {@link org.cbec.client.spi.HttpDialect}). Every store and transport
 * module depends on this package, not on sdk-client; each passes the abstract contract tests of this module's
 * test-jar.
 */
package org.cbec.client.spi;
