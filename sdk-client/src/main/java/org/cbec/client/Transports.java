package org.cbec.client;

import java.nio.file.Path;
import java.util.Properties;
import java.util.ServiceLoader;

import org.cbec.client.internal.FolderTransport;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.HttpTransportProvider;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportProvider;

/**
 * The built-in {@link Transport}s.
 *
 * <pre>{@code
 * Transport http = Transports.http(HttpTransportConfig.custom().sendUrl("https://gw.example.cn/dxp").build());
 * Transport folder = Transports.folder(FolderTransportConfig.custom().root(Path.of("/data/transfer")).build());
 * Transport configured = Transports.fromProperties(properties);   // cbec.transport=http|folder, see fromProperties
 * }</pre>
 */
public final class Transports {

    private Transports() {
    }

    /**
     * HTTP: POST per send, GET per receipt poll, in the config's dialect; over OkHttp with {@code sdk-transport-http}
     * (a default of sdk-client), or the first other {@link HttpTransportProvider} on the class path.
     *
     * @throws IllegalStateException when no HTTP transport is on the class path
     */
    public static Transport http(HttpTransportConfig config) {
        for (HttpTransportProvider provider : ServiceLoader.load(HttpTransportProvider.class)) {
            return provider.open(config);
        }
        throw new IllegalStateException("no HTTP transport on the class path: add org.cbec:sdk-transport-http"
                + " (sdk-client brings it unless excluded)");
    }

    /** Files in an outbox folder, receipts from an inbox folder, processed receipts moved to an archive folder. */
    public static Transport folder(FolderTransportConfig config) {
        return new FolderTransport(config);
    }

    /**
     * The property choosing the transport in {@link #fromProperties}: {@code http}, {@code folder}, or the kind of a
     * {@link TransportProvider} on the class path ({@code amqp} with {@code sdk-transport-amqp}).
     */
    public static final String KIND = "cbec.transport";
    /** HTTP: where envelopes are posted. */
    public static final String SEND_URL = "cbec.transport.send-url";
    /** HTTP: where receipts are polled (optional). */
    public static final String RECEIPT_URL = "cbec.transport.receipt-url";
    /** Folder: the transfer root holding the outbox, inbox and archive folders. */
    public static final String FOLDER = "cbec.transport.folder";

    /**
     * The transport that configuration designates, with the built-in defaults for everything else:
     *
     * <pre>{@code
     * cbec.transport=http
     * cbec.transport.send-url=https://gw.example.cn/dxp/send
     * cbec.transport.receipt-url=https://gw.example.cn/dxp/receipts
     * # or
     * cbec.transport=folder
     * cbec.transport.folder=/data/transfer
     * # or, with sdk-transport-amqp
     * cbec.transport=amqp
     * cbec.amqp.uri=amqp://cbec:secret@mq.internal:5672/%2F
     * }</pre>
     *
     * @throws IllegalArgumentException when no transport is of that kind or a required property is missing
     */
    public static Transport fromProperties(Properties p) {
        String kind = p.getProperty(KIND, "");
        switch (kind) {
            case "http" -> {
                HttpTransportConfig.Builder b = HttpTransportConfig.custom().sendUrl(required(p, SEND_URL));
                if (p.getProperty(RECEIPT_URL) != null) {
                    b.receiptUrl(p.getProperty(RECEIPT_URL));
                }
                return http(b.build());
            }
            case "folder" -> {
                return folder(FolderTransportConfig.custom().root(Path.of(required(p, FOLDER))).build());
            }
            default -> {
                for (TransportProvider provider : ServiceLoader.load(TransportProvider.class)) {
                    if (provider.kind().equals(kind)) {
                        return provider.open(p);
                    }
                }
                throw new IllegalArgumentException(KIND + " must be http, folder or the kind of a transport module on the class path"
                        + " (amqp: sdk-transport-amqp), was '" + kind + "'");
            }
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("property " + key + " is missing");
        }
        return value;
    }
}
