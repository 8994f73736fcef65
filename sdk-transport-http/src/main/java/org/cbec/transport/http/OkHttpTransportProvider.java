package org.cbec.transport.http;

import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.HttpTransportProvider;
import org.cbec.client.spi.Transport;

/**
 * Makes {@code Transports.http(config)} and {@code cbec.transport=http} open an {@link OkHttpTransport}: having this
 * module on the class path (sdk-client brings it) is all it takes.
 */
public final class OkHttpTransportProvider implements HttpTransportProvider {

    @Override
    public Transport open(HttpTransportConfig config) {
        return new OkHttpTransport(config);
    }
}
