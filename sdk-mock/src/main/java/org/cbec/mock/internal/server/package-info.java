/**
 * The mock's own small HTTP/1.1 server ({@link org.cbec.mock.internal.server.NioHttpServer}): one selector thread reads every
 * connection, so a slow client holds no thread; complete requests go to a bounded pool of workers; sizes, idle time and
 * request time are limited while reading. Not API: used by {@code MockSingleWindow} only.
 */
package org.cbec.mock.internal.server;
