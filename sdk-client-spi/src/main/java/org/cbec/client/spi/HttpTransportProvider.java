package org.cbec.client.spi;

/**
 * Opens the HTTP {@link Transport} for {@code Transports.http}: the HTTP transport module ({@code sdk-transport-http},
 * over OkHttp) registers one in {@code META-INF/services/org.cbec.client.spi.HttpTransportProvider}; sdk-client finds
 * it there and never links against it, so the module can be excluded or replaced by another HTTP client.
 *
 * <pre>{@code
 * public final class MyHttpProvider implements HttpTransportProvider {
 *     public Transport open(HttpTransportConfig config) { return new MyHttpTransport(config); }
 * }
 * }</pre>
 */
public interface HttpTransportProvider {

    /** A transport that sends to and polls {@code config}'s URLs in its dialect, honouring its timeouts. */
    Transport open(HttpTransportConfig config);
}
