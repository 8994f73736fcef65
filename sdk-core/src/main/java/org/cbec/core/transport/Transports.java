package org.cbec.core.transport;

import org.cbec.core.transport.internal.FolderTransport;
import org.cbec.core.transport.internal.OkHttpTransport;
import org.cbec.core.transport.spi.Transport;

/**
 * The built-in {@link Transport}s.
 *
 * <pre>{@code
 * Transport http = Transports.http(HttpTransportConfig.custom().sendUrl("https://gw.example.cn/dxp").build());
 * Transport folder = Transports.folder(FolderTransportConfig.custom().root(Path.of("/data/transfer")).build());
 * }</pre>
 */
public final class Transports {

    private Transports() {
    }

    /** HTTP over OkHttp: POST per send, GET per receipt poll, in the config's dialect. */
    public static Transport http(HttpTransportConfig config) {
        return new OkHttpTransport(config);
    }

    /** Files in an outbox folder, receipts from an inbox folder, processed receipts moved to an archive folder. */
    public static Transport folder(FolderTransportConfig config) {
        return new FolderTransport(config);
    }
}
