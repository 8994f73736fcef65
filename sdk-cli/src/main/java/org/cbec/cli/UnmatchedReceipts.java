package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cbec.client.CebClient;
import org.cbec.client.ReceiptImport;
import org.cbec.client.SenderProfile;
import org.cbec.client.Stores;
import org.cbec.client.spi.InboundEnvelope;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboundEnvelope;
import org.cbec.client.spi.SendResult;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.client.spi.UnmatchedReceipt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code cbec receipts --unmatched [--export DIR]} and {@code cbec receipts --import DIR}: the receipts a store keeps
 * because they named none of its messages, listed, written out as files (named by their key, the SHA-256 of their
 * bytes, so exporting twice writes the same files), and read into another store, where they are recorded for their
 * messages or kept as unmatched there.
 *
 * <pre>{@code
 * $ cbec receipts --store a/outbox --unmatched --export moved/
 * 3f9a…  2026-11-23T06:05:04Z  CEB312Message  4CDE1CFD-EDED-46B1-946C-B8022E42FC94
 * 1 unmatched receipt; exported to moved/
 * $ cbec receipts --store b/outbox --import moved/
 * 1 file: 1 receipt recorded, 0 kept unmatched
 * }</pre>
 */
final class UnmatchedReceipts {

    /** At most this many are listed or exported in one run. */
    static final int MAX = 100_000;

    private UnmatchedReceipts() {
    }

    /** Lists the kept receipts of the store at {@code path}, writing each into {@code exportDir} when given. */
    static int list(Path path, Path exportDir, boolean json, PrintWriter out, PrintWriter err) {
        List<UnmatchedReceipt> kept;
        try (MessageStore store = Stores.h2(path)) {
            kept = store.unmatched(MAX);
        }
        if (exportDir != null) {
            try {
                Files.createDirectories(exportDir);
                for (UnmatchedReceipt u : kept) {
                    Files.write(exportDir.resolve(u.key() + ".xml"), u.envelope());
                }
            } catch (IOException e) {
                err.println("cbec: " + exportDir + ": cannot export: " + MessageFiles.reason(e, "I/O error"));
                return CbecCommand.EXIT_UNUSABLE;
            }
        }
        if (json) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            ArrayNode items = root.putArray("unmatched");
            for (UnmatchedReceipt u : kept) {
                ObjectNode node = items.addObject().put("key", u.key()).put("receivedAt", u.receivedAt().toString())
                        .put("messageType", u.messageType()).put("bytes", u.envelope().length);
                u.correlationKeys().forEach(node.putArray("correlationKeys")::add);
            }
            root.put("count", kept.size());
            if (exportDir != null) {
                root.put("exportedTo", exportDir.toString());
            }
            out.println(Json.write(root));
        } else {
            for (UnmatchedReceipt u : kept) {
                out.println(u.key() + "  " + u.receivedAt() + "  " + (u.messageType() == null ? "undecodable" : u.messageType()) + "  "
                        + Masks.text(String.join(" ", u.correlationKeys())));
            }
            out.println(kept.size() + " unmatched receipt" + (kept.size() == 1 ? "" : "s")
                    + (exportDir == null ? "" : "; exported to " + exportDir));
        }
        return CbecCommand.EXIT_OK;
    }

    /** Processes every regular file in {@code dir} as an inbound envelope of the store at {@code path}. */
    static int importFrom(Path path, Path dir, PrintWriter out, PrintWriter err) {
        List<InboundEnvelope> envelopes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                envelopes.add(new InboundEnvelope(f.getFileName().toString(), MessageFiles.read(f)));
            }
        } catch (IOException e) {
            err.println("cbec: " + dir + ": cannot read: " + MessageFiles.reason(e, "I/O error"));
            return CbecCommand.EXIT_UNUSABLE;
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return CbecCommand.EXIT_UNUSABLE;
        }
        ReceiptImport r;
        try (CebClient client = CebClient.builder().sender(new SenderProfile("-", "", "")).transport(new NoTransport())
                .store(Stores.h2(path)).startWorkers(false).build()) {
            r = client.importReceipts(envelopes);
        }
        out.println(r.envelopes() + " file" + (r.envelopes() == 1 ? "" : "s") + ": " + r.recorded() + " receipt"
                + (r.recorded() == 1 ? "" : "s") + " recorded, " + r.keptUnmatched() + " kept unmatched");
        return CbecCommand.EXIT_OK;
    }

    /** Importing sends nothing and polls nothing. */
    private static final class NoTransport implements Transport {
        @Override
        public String endpoint() {
            return "import:";
        }

        @Override
        public SendResult send(OutboundEnvelope envelope) {
            throw new TransportException("cbec receipts --import sends nothing", false, null);
        }

        @Override
        public List<InboundEnvelope> receive() {
            return List.of();
        }
    }
}
