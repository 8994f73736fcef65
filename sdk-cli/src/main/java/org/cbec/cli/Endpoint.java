package org.cbec.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.cbec.client.FolderTransportConfig;
import org.cbec.client.Transports;
import org.cbec.client.spi.HttpTransportConfig;
import org.cbec.client.spi.Transport;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the Single Window is, as {@code submit} and {@code receipts} take it: over HTTP ({@code --url} and
 * {@code --receipt-url}) or through the transfer folders of the exchange platform's client ({@code --outbox} and
 * {@code --inbox}), one or the other.
 *
 * <pre>{@code
 * @ArgGroup(exclusive = true, multiplicity = "1", heading = "Single Window (HTTP or folders):%n")
 * private Endpoint endpoint;
 * ...
 * Transport transport = endpoint.transport();
 * }</pre>
 */
final class Endpoint {

    @ArgGroup(exclusive = false)
    private Http http;

    @ArgGroup(exclusive = false)
    private Folders folders;

    /** The HTTP transport's options. */
    static final class Http {
        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "Where envelopes are posted (DxpMsg over HTTP), e.g. http://127.0.0.1:8080/ceb/send of `cbec mock`.")
        private String sendUrl;

        @Option(names = "--receipt-url", paramLabel = "URL",
                description = "Where receipts are polled, e.g. http://127.0.0.1:8080/ceb/receipts (default: none are polled).")
        private String receiptUrl;
    }

    /** The folder transport's options. */
    static final class Folders {
        @Option(names = "--outbox", paramLabel = "DIR",
                description = "Write envelopes into DIR, the exchange client's outbox (default: outbox next to --inbox).")
        private Path outbox;

        @Option(names = "--inbox", paramLabel = "DIR",
                description = "Read receipts from DIR, the exchange client's inbox (default: inbox next to --outbox); read ones go to archive next to it.")
        private Path inbox;
    }

    /**
     * The transport these options designate: HTTP with TLS verification (OkHttp's defaults), or folders created if
     * missing.
     */
    Transport transport() {
        if (http != null) {
            HttpTransportConfig.Builder b = HttpTransportConfig.custom().sendUrl(http.sendUrl);
            if (http.receiptUrl != null) {
                b.receiptUrl(http.receiptUrl);
            }
            return Transports.http(b.build());
        }
        Path root = (folders.outbox != null ? folders.outbox : folders.inbox).toAbsolutePath().getParent();
        FolderTransportConfig.Builder b = FolderTransportConfig.custom().root(root).quietPeriod(Duration.ofMillis(200));
        if (folders.outbox != null) {
            b.outbox(folders.outbox);
        }
        if (folders.inbox != null) {
            b.inbox(folders.inbox);
        }
        return Transports.folder(b.build());
    }

    /** Whether receipts can be taken this way: a receipt URL, or folders. */
    boolean receivesReceipts() {
        return http == null || http.receiptUrl != null;
    }
}
