/**
 * Not API: the built-in HTTP dialects, the outbox SQL shared by the JDBC stores, and small naming helpers shared by
 * the transports. May change without notice.
 */
package org.cbec.client.spi.internal;
