/**
 * The HTTP transport over OkHttp, the default transport of sdk-client: {@link
 * org.cbec.transport.http.OkHttpTransport}, opened through {@code Transports.http(config)} via {@link
 * org.cbec.transport.http.OkHttpTransportProvider}; {@code new OkHttpTransport(config, okHttpClient)} is the one
 * escape hatch to OkHttp itself. Exclude this module to drop OkHttp and Kotlin.
 */
package org.cbec.transport.http;
