package org.cbec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cbec.client.CebClient;
import org.cbec.client.SenderProfile;
import org.cbec.client.Statuses;
import org.cbec.client.Stores;
import org.cbec.client.spi.DeliveryState;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.StoreException;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbec receipts}: the status and receipts of every message {@code cbec submit} filed, read from its store; with
 * {@code --watch}, takes receipts from the Single Window and prints each status change until every message is final
 * or {@code --timeout} passed.
 *
 * <pre>{@code
 * $ cbec receipts
 * 5C0F...  CEB311Message  RELEASED  sent
 *     CEB312Message 2    20261123140501000  电子口岸已暂存
 *     CEB312Message 800  20261123140504000  放行
 * 1 message: 1 final, 0 failed
 * $ cbec receipts --watch --url http://127.0.0.1:8080/ceb/send --receipt-url http://127.0.0.1:8080/ceb/receipts
 * 14:05:01 5C0F... CEB311Message SENT -> DECLARING (CEB312Message 2 电子口岸已暂存)
 * }</pre>
 *
 * <p>A message is final when its status is terminal or is where its type's receipt table in the specification ends
 * ({@link Statuses#isFinal}): an order at 120, a cancellation or return at 399, an inventory at 800, for example.
 * While watching, messages still pending in the store are sent too. Receipt texts are printed with ID and mobile
 * numbers masked. With {@code --format json} one document is printed at the end (also after watching).
 *
 * <p>Exit code: 0 no message failed (and, with {@code --watch}, every one is final); 1 a message failed (rejected,
 * refused, dead letter), or was not final when watching timed out; 2 there is no store, or wrong usage.
 */
@Command(name = "receipts",
        sortOptions = false,
        description = "List the status and receipts of what was submitted; --watch follows them until final.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:no message failed (with --watch: and every one is final)",
                "1:a message failed, or (with --watch) is not final at the timeout",
                "2:no store at --store, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec receipts",
                "  cbec receipts --format json --store /var/cbec/outbox \\",
                "      5C0F3C2E-7D8B-4C4A-9E43-0D2A61B3F1A7",
                "  cbec receipts --watch --timeout 10m --url http://127.0.0.1:8080/ceb/send \\",
                "      --receipt-url http://127.0.0.1:8080/ceb/receipts",
                "  cbec receipts --watch --inbox /data/transfer/inbox"})
public final class ReceiptsCommand implements Callable<Integer> {

    @Mixin
    private StoreOption store;

    @Option(names = "--sender", paramLabel = "DXPID",
            description = "Your DXP id: selects its default store (not needed when the data directory holds one store, or with --store).")
    private String sender;

    @Option(names = "--unmatched",
            description = "List the receipts kept because they named no message of this store (raw bytes kept; matched again when their message is submitted).")
    private boolean unmatched;

    @Option(names = "--export", paramLabel = "DIR",
            description = "With --unmatched: also write each kept receipt to DIR/<key>.xml, as received, for --import into another store.")
    private Path exportDir;

    @Option(names = "--import", paramLabel = "DIR",
            description = "Process the receipt files in DIR (e.g. exported from another store) as if they had arrived: recorded for "
                    + "their messages here, the rest kept as unmatched.")
    private Path importDir;

    @Option(names = "--watch",
            description = "Take receipts from the Single Window and print status changes until all are final or --timeout (needs --receipt-url or --inbox).")
    private boolean watch;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Single Window, for --watch (HTTP or transfer folders):%n")
    private Endpoint endpoint;

    @Option(names = "--timeout", defaultValue = "10m", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --watch: stop after this long, e.g. 90s, 10m (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--interval", defaultValue = "2s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --watch: how often to poll for receipts (default: ${DEFAULT-VALUE}).")
    private Duration interval;

    @Mixin
    private FormatOption format;

    @Parameters(arity = "0..*", paramLabel = "GUID", description = "Only these messages (default: every message in the store).")
    private List<String> guids;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CbecCommand parent;

    /** The store this run reads. */
    private Path storePath;

    /**
     * {@code --store}; else the default store of {@code --sender}; else the only default store in the data directory;
     * {@code null} (said on {@code err}) when that is not one store.
     */
    private Path storePath(PrintWriter err) {
        if (store.given() != null || sender != null) {
            return store.resolve(sender, parent::environment);
        }
        List<String> ids = StoreOption.defaultStores(parent::environment);
        if (ids.size() == 1) {
            return StoreOption.defaultStore(ids.get(0), parent::environment);
        }
        Path data = StoreOption.dataDirectory(parent::environment);
        err.println(ids.isEmpty() ? "cbec: no store in " + data + "; cbec submit creates one per sender DXP id (or give --store PATH)"
                : "cbec: " + data + " holds the stores of " + String.join(", ", ids) + "; give --sender DXPID or --store PATH");
        return null;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (watch && (endpoint == null || !endpoint.receivesReceipts())) {
            throw new ParameterException(spec.commandLine(), "--watch needs where receipts come from: --url URL with --receipt-url URL, or --inbox DIR");
        }
        if (!watch && endpoint != null) {
            throw new ParameterException(spec.commandLine(), "--url, --receipt-url, --outbox and --inbox are for --watch");
        }
        if (exportDir != null && !unmatched) {
            throw new ParameterException(spec.commandLine(), "--export is for --unmatched");
        }
        if ((unmatched || importDir != null) && (watch || guids != null) || unmatched && importDir != null) {
            throw new ParameterException(spec.commandLine(), "--unmatched, --import and --watch/GUID... go one at a time");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            storePath = storePath(err);
            if (storePath == null) {
                return CbecCommand.EXIT_UNUSABLE;
            }
            err.println("store: " + storePath);
            if (sender != null) {
                store.warnIfSecondStore(sender, parent::environment, err);
            }
            if (!StoreOption.exists(storePath)) {
                err.println("cbec: " + storePath + ": no store (" + storePath + ".mv.db); cbec submit creates it");
                return CbecCommand.EXIT_UNUSABLE;
            }
            if (unmatched) {
                return UnmatchedReceipts.list(storePath, exportDir, format.json(), spec.commandLine().getOut(), err);
            }
            if (importDir != null) {
                return UnmatchedReceipts.importFrom(storePath, importDir, spec.commandLine().getOut(), err);
            }
            return report();
        } catch (IllegalArgumentException | TransportException | StoreException e) {
            // a wrong URL, folders or a store that cannot be opened
            err.println("cbec: " + Masks.text(e.getMessage()));
            return CbecCommand.EXIT_UNUSABLE;
        }
    }

    /** Lists, or watches then lists, the rows; the exit code. */
    private int report() throws InterruptedException {
        Transport transport = watch ? endpoint.transport() : null; // first: a wrong URL must not leave the store locked
        MessageStore messageStore = Stores.h2(storePath);
        List<Row> rows;
        if (watch) {
            try (CebClient client = CebClient.builder()
                    .sender(new SenderProfile("-", "", ""))   // sends only what submit stored, already in its envelope
                    .transport(transport)
                    .store(messageStore)
                    .config(SubmitCommand.config(0).receiptPoll(interval).maxReceiptPoll(interval.multipliedBy(4)).build())
                    .build()) {
                rows = watch(messageStore);
            }
        } else {
            try (messageStore) {
                rows = rows(messageStore);
            }
        }
        print(rows);
        List<String> unknown = guids == null ? List.of()
                : guids.stream().filter(g -> rows.stream().noneMatch(r -> r.message().id().equals(g))).toList();
        if (!unknown.isEmpty()) {
            spec.commandLine().getErr().println("cbec: not in " + storePath + ": " + String.join(", ", unknown));
            return CbecCommand.EXIT_UNUSABLE;
        }
        boolean failed = rows.stream().anyMatch(r -> r.status().isFailure());
        boolean unfinished = watch && rows.stream().anyMatch(r -> !r.isFinal());
        return failed || unfinished ? CbecCommand.EXIT_INVALID : CbecCommand.EXIT_OK;
    }

    /** One stored message and its receipts. */
    private record Row(StoredMessage message, List<StoredReceipt> receipts) {
        Status status() {
            return message.status();
        }

        /** Whether no further receipt is expected ({@link Statuses#isFinal}: terminal, or where its type's table ends). */
        boolean isFinal() {
            return Statuses.isFinal(message.messageType(), status());
        }
    }

    /** Prints each status change until every row is final or the timeout; returns the rows then. */
    private List<Row> watch(MessageStore messageStore) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Status> shown = new HashMap<>();
        rows(messageStore).forEach(r -> shown.put(r.message().id(), r.message().status()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Row> rows = rows(messageStore);
            for (Row r : rows) {
                StoredMessage m = r.message();
                Status before = shown.put(m.id(), m.status());
                if (!format.json() && !m.status().equals(before)) {
                    out.println(LocalTime.now(CustomsTime.ZONE).truncatedTo(ChronoUnit.SECONDS) + " " + m.id() + " " + m.messageType() + " "
                            + before + " -> " + m.status() + lastReceipt(r.receipts()));
                    out.flush();
                }
            }
            if (rows.stream().allMatch(Row::isFinal) || System.nanoTime() >= deadline) {
                return rows;
            }
            Thread.sleep(Math.min(200, interval.toMillis()));
        }
    }

    private static String lastReceipt(List<StoredReceipt> receipts) {
        if (receipts.isEmpty()) {
            return "";
        }
        StoredReceipt last = receipts.get(receipts.size() - 1);
        return " (" + last.messageType() + " " + last.returnStatus() + (last.info() == null ? "" : " " + Masks.text(last.info())) + ")";
    }

    /** Every row of the store, or of the guids given, oldest first, with its receipts. */
    private List<Row> rows(MessageStore messageStore) {
        List<StoredMessage> messages = new ArrayList<>();
        for (DeliveryState state : DeliveryState.values()) {
            messageStore.forEach(state, m -> {
                if (guids == null || guids.contains(m.id())) {
                    messages.add(m);
                }
            });
        }
        messages.sort(Comparator.comparing(StoredMessage::createdAt).thenComparing(StoredMessage::id));
        return messages.stream().map(m -> new Row(m, messageStore.receipts(m.id()))).toList();
    }

    private void print(List<Row> rows) {
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            ArrayNode messages = root.putArray("messages");
            for (Row row : rows) {
                StoredMessage m = row.message();
                ObjectNode node = messages.addObject()
                        .put("guid", m.id())
                        .put("messageType", m.messageType())
                        .put("status", m.status().name())
                        .put("final", row.isFinal())
                        .put("delivery", m.state().name())
                        .put("attempts", m.attempts())
                        .put("lastError", Masks.text(m.lastError()));
                ArrayNode receipts = node.putArray("receipts");
                for (StoredReceipt r : row.receipts()) {
                    receipts.addObject()
                            .put("messageType", r.messageType())
                            .put("returnStatus", r.returnStatus())
                            .put("returnTime", r.returnTime())
                            .put("info", Masks.text(r.info()));
                }
            }
            out.println(Json.write(root));
            return;
        }
        for (Row row : rows) {
            StoredMessage m = row.message();
            out.println(m.id() + "  " + m.messageType() + "  " + m.status() + "  " + m.state().name().toLowerCase(Locale.ROOT)
                    + (m.lastError() == null ? "" : "  (" + Masks.text(m.lastError()) + ")"));
            for (StoredReceipt r : row.receipts()) {
                out.println("    " + r.messageType() + " " + r.returnStatus() + "  " + r.returnTime() + (r.info() == null ? "" : "  " + Masks.text(r.info())));
            }
        }
        out.println(rows.size() + " message" + (rows.size() == 1 ? "" : "s") + ": " + rows.stream().filter(Row::isFinal).count()
                + " final, " + rows.stream().filter(r -> r.status().isFailure()).count() + " failed");
    }
}
