package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.cbec.client.CebClient;
import org.cbec.client.ClientConfig;
import org.cbec.client.ClientListener;
import org.cbec.client.GuidConflictException;
import org.cbec.client.ReceiptEvent;
import org.cbec.client.SenderProfile;
import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.Submission;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.StoreException;
import org.cbec.client.spi.StoredMessage;
import org.cbec.client.spi.Transport;
import org.cbec.client.spi.TransportException;
import org.cbec.core.CebCodec;
import org.cbec.core.error.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.core.signature.XmlSigner;
import org.cbec.core.signature.spi.Signer;
import org.cbec.core.validation.Violation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cbec submit}: files messages with the Single Window through {@link CebClient}: each is signed (with
 * {@code --key}) or taken as already signed, wrapped, persisted in the outbox store and sent; the command waits until
 * the exchange platform has acknowledged each one (or {@code --timeout} passed) and sums up.
 *
 * <pre>{@code
 * $ cbec submit --url http://127.0.0.1:8080/ceb/send --sender DXPENT0000458763 --key k.pem --cert c.pem orders/
 * [##############################] 3/3 acknowledged
 * accepted orders/a.xml: CEB311Message 5C0F... SENT
 * rejected orders/b.xml: CEB311Message 77AB... EXCHANGE_ERROR: 1001 signature invalid
 * invalid orders/c.xml: 2 errors; not sent
 * 3 files: 1 accepted, 2 rejected, 0 pending, 0 unusable
 * $ cbec submit --outbox /data/transfer/outbox --sender DXPENT0000458763 signed/*.xml   # signed already: sent as they are
 * }</pre>
 *
 * <p>A message with an error finding is not sent (its findings go to standard error, masked); without {@code --key} a
 * message must carry its signature, and is sent byte for byte. What was submitted stays in the store ({@code --store},
 * an H2 file) with its status and receipts, for {@code cbec receipts}; a message still pending at the timeout is sent
 * by the next {@code submit} or {@code receipts --watch} on the same store. Submitting a guid again changes nothing.
 *
 * <p>Exit code: 0 every message accepted; 1 a message was rejected (invalid, refused by the exchange platform, failed)
 * or is still pending; 2 a file cannot be read as a supported message, a key cannot be used, or wrong usage.
 */
@Command(name = "submit",
        sortOptions = false,
        description = {"File CEB messages with the Single Window: sign (with --key) or take as signed, wrap, store, send, and "
                + "wait for the exchange platform's acknowledgement."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every message accepted by the exchange platform",
                "1:a message is invalid, was refused or failed, or is still pending at the timeout",
                "2:a file cannot be read as a supported message, a key cannot be used, or wrong usage"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  cbec mock --port 8080 &",
                "  cbec submit --url http://127.0.0.1:8080/ceb/send \\",
                "      --receipt-url http://127.0.0.1:8080/ceb/receipts \\",
                "      --sender DXPENT0000458763 --key k.pem --cert c.pem orders/",
                "  CBEC_KEY_PASSWORD=... cbec submit --outbox /data/transfer/outbox \\",
                "      --sender DXPENT0000458763 --key k.p12 --password-env CBEC_KEY_PASSWORD \\",
                "      --format json order.xml",
                "  cbec submit --url https://gw.example.cn/dxp --sender DXPENT0000458763 \\",
                "      signed/    # signed already: sent as they are",
                "  cbec receipts --watch --url http://127.0.0.1:8080/ceb/send \\",
                "      --receipt-url http://127.0.0.1:8080/ceb/receipts"})
public final class SubmitCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Single Window (HTTP or transfer folders):%n")
    private Endpoint endpoint;

    @Option(names = "--sender", required = true, paramLabel = "DXPID",
            description = "Your DXP id assigned by the exchange platform: the envelope's SenderId.")
    private String sender;

    @ArgGroup(exclusive = false, multiplicity = "0..1",
            heading = "Key (signs each message; without it every message must be signed already):%n")
    private KeyOptions keyOptions;

    @Mixin
    private StoreOption store;

    @Option(names = "--rate", paramLabel = "N/min", converter = RateConverter.class,
            description = "Send at most N messages a minute (e.g. 600/min; default: no limit). Signing has its own limit, 250/min.")
    private Integer rate;

    @Option(names = "--timeout", defaultValue = "60s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for the acknowledgements, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--progress",
            description = "Show a progress bar on standard error even when it is not a terminal.")
    private boolean progress;

    @Mixin
    private FormatOption format;

    @Mixin
    private MessageInputs inputs;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private CbecCommand parent;

    /** How one file came out. */
    enum Outcome {
        ACCEPTED, REJECTED, PENDING, UNUSABLE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One file's result; {@code submission} is {@code null} when it was not submitted, {@code status} is its status
     * when classified ({@code null} before, or when not submitted).
     */
    private record Filed(String file, String messageType, String guid, Submission submission, Outcome outcome, String reason, Status status) {
        Filed(String file, String messageType, String guid, Submission submission, Outcome outcome, String reason) {
            this(file, messageType, guid, submission, outcome, reason, null);
        }

        /** This result classified as {@code outcome} with {@code status}; a repeated submission says so first. */
        Filed as(Outcome outcome, String reason, Status status) {
            String repeat = submission.alreadySubmitted() ? "already submitted " + submission.submittedAt() + ", status " + status : null;
            String why = repeat == null ? reason : reason == null ? repeat : repeat + "; " + reason;
            return new Filed(file, messageType, guid, submission, outcome, why, status);
        }
    }

    /**
     * The CLI's claim lease: a run killed outright (SIGKILL) holds its claims until the lease runs out, so it is seconds
     * here, not the library's minutes: one attempt of at most {@link #ATTEMPT_TIMEOUT} per claim, a failed one retried
     * from the outbox. A send that outlasts the lease is still safe (its completion is refused, the message is sent again
     * with the same guid and bytes).
     */
    static final Duration LEASE = Duration.ofSeconds(20);

    /** How long one send may take in the CLI. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(15);

    /** The client configuration of the CLI: a short lease (see {@link #LEASE}) and {@code sendsPerMinute} (0: no limit). */
    static ClientConfig.Builder config(int sendsPerMinute) {
        return ClientConfig.custom().lease(LEASE).inProcessAttempts(1).attemptTimeout(ATTEMPT_TIMEOUT)
                .backoff(Duration.ofMillis(500), Duration.ofSeconds(2)).sendsPerMinute(sendsPerMinute);
    }

    /** The exit code after SIGTERM or Ctrl-C, as shells report a process ended by SIGINT: 128 + 2. */
    static final int EXIT_INTERRUPTED = 130;

    private final CebCodec codec = CebCodec.ofDefaults();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<Filed> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs.paths()) {
            try {
                List<FileOutcome> failures = new ArrayList<>();
                files.addAll(MessageFiles.list(input, failures));
                failures.forEach(f -> results.add(unusable(err, f.file(), null, null, f.reason())));
            } catch (MessageFiles.Unusable e) {
                err.println(e.line());
                results.add(new Filed(input.toString(), null, null, null, Outcome.UNUSABLE, e.outcome().reason()));
            }
        }
        List<Ready> ready = new ArrayList<>();
        for (Path file : files) {
            check(file, err, results, ready);
        }
        try (Signer signer = keyOptions == null ? null : keyOptions.signer(spec, parent::environment)) {
            XmlSigner xmlSigner = signer == null ? null : keyOptions.xmlSigner(signer, spec);
            if (!ready.isEmpty()) {
                results.addAll(submit(ready, xmlSigner, err, List.copyOf(results)));
            }
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            return e.outcome().status().exitCode;
        } catch (IllegalArgumentException | TransportException | StoreException e) {
            // a wrong URL or sender id, folders or a store that cannot be opened
            err.println("cbec: " + Masks.text(e.getMessage()));
            return CbecCommand.EXIT_UNUSABLE;
        }
        Map<String, Integer> position = new HashMap<>();
        files.forEach(f -> position.putIfAbsent(f.toString(), position.size()));
        results.sort(Comparator.comparingInt(r -> position.getOrDefault(r.file(), -1)));   // as named, listings failed first
        print(results);
        boolean unusable = results.stream().anyMatch(r -> r.outcome() == Outcome.UNUSABLE);
        boolean allAccepted = results.stream().allMatch(r -> r.outcome() == Outcome.ACCEPTED);
        return unusable ? CbecCommand.EXIT_UNUSABLE : allAccepted ? CbecCommand.EXIT_OK : CbecCommand.EXIT_INVALID;
    }

    private static void createParent(Path store) {
        Path parent = store.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IllegalArgumentException(store + ": cannot create the store's folder: " + MessageFiles.reason(e, "I/O error"));
        }
    }

    /** A file that passed the checks, to submit. */
    private record Ready(String file, CebCodec.Parsed<?> parsed, byte[] bytes) {
    }

    /**
     * Reads and checks one file: into {@code ready} when it can be submitted, else its result into {@code results}
     * (and why on {@code err}).
     */
    private void check(Path file, PrintWriter err, List<Filed> results, List<Ready> ready) {
        String name = file.toString();
        CebCodec.Parsed<?> parsed;
        byte[] bytes;
        try {
            bytes = MessageFiles.read(file);
            parsed = MessageFiles.parse(file, bytes, codec);
        } catch (MessageFiles.Unusable e) {
            err.println(e.line());
            results.add(new Filed(name, null, null, null, Outcome.UNUSABLE, e.outcome().reason()));
            return;
        }
        String type = parsed.spec().rootName();
        String guid = parsed.wire().attribute("guid");
        List<Violation> errors = parsed.report().errors();
        if (!errors.isEmpty()) {
            errors.forEach(v -> err.println(ValidateCommand.findingLine(name, v)));
            results.add(new Filed(name, type, guid, null, Outcome.REJECTED, errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "; not sent"));
        } else if (!parsed.spec().signature().allowed()) {
            results.add(unusable(err, name, type, guid, type + " is never signed, so it is not filed by a company"));
        } else if (keyOptions == null && !parsed.signed()) {
            results.add(unusable(err, name, type, guid, "not signed; give --key to sign it"));
        } else {
            ready.add(new Ready(name, parsed, bytes));
        }
    }

    /**
     * Submits every ready file through a client on the store, and waits for the acknowledgements. SIGTERM or Ctrl-C
     * meanwhile ({@link Interruption}) releases the claims the client holds, prints the summary so far and exits 130.
     */
    private List<Filed> submit(List<Ready> ready, XmlSigner xmlSigner, PrintWriter err, List<Filed> earlier) throws InterruptedException {
        Transport transport = endpoint.transport(); // first: a wrong URL must not leave the store open and locked
        Path storePath = store.resolve(sender, parent::environment);
        err.println("store: " + storePath);
        store.warnIfSecondStore(sender, parent::environment, err);
        createParent(storePath);
        MessageStore messageStore = Stores.h2(storePath);
        CebClient.Builder b = CebClient.builder()
                .sender(new SenderProfile(sender, "", ""))
                .transport(transport)
                .store(messageStore)
                .config(config(rate == null ? 0 : rate).closeGrace(Duration.ofSeconds(2)).build())
                .clientListener(new ClientListener() {
                    @Override
                    public void receiptQueueShared(String queue, int unmatched, int of) {
                        err.println("cbec: warning: " + unmatched + " of the last " + of + " receipts of DXP id " + queue + " named no "
                                + "message of this store: another store polls the same queue (one DXP id belongs to one store)");
                    }
                });
        if (xmlSigner != null) {
            b.signer(xmlSigner);
        }
        List<Filed> submitted = new ArrayList<>();
        try (CebClient client = b.build();
             Interruption interruption = Interruption.onSignal(() -> {
                 List<Filed> soFar = new ArrayList<>(earlier);
                 synchronized (submitted) {
                     soFar.addAll(classifyAll(List.copyOf(submitted), messageStore, "interrupted; it stays in the store"));
                 }
                 client.close(); // releases the claims it holds: due again at once for the next run
                 print(soFar);
                 spec.commandLine().getOut().flush();
                 err.println("cbec: interrupted; claims released, the rest stays in " + storePath);
                 err.flush();
             }, EXIT_INTERRUPTED)) {
            for (Ready r : ready) {
                Filed f = submit(client, r, err);
                synchronized (submitted) {
                    submitted.add(f);
                }
            }
            ProgressBar bar = new ProgressBar(err, ready.size(), progress || ProgressBar.stderrIsTerminal(), "acknowledged");
            awaitAcknowledgements(submitted, bar);
            List<Filed> done = classifyAll(List.copyOf(submitted), messageStore, "not acknowledged within " + readable(timeout)
                    + "; it stays in the store and is sent by the next submit or receipts --watch");
            interruption.finished();
            return done;
        }
    }

    /** Signs and submits, or submits as signed, one file. */
    private Filed submit(CebClient client, Ready r, PrintWriter err) {
        CebCodec.Parsed<?> parsed = r.parsed();
        try {
            if (keyOptions == null) {
                return submitted(r.file(), client.submitSigned(parsed.spec().rootName(), parsed.spec().direction(), parsed.wire().attribute("guid"), r.bytes()));
            }
            return submitted(r.file(), client.submit((CebMessage) parsed.message()));
        } catch (StoreException e) {
            throw e; // not this file's fault: the whole command fails, as before StoreException was a CebException
        } catch (GuidConflictException e) {
            err.println("cbec: " + r.file() + ": rejected: " + e.getMessage() + " [" + e.code() + "]");
            return new Filed(r.file(), parsed.spec().rootName(), e.guid(), null, Outcome.REJECTED,
                    e.code() + ": stored " + e.storedAt() + " with other content, status " + e.storedStatus() + "; not sent");
        } catch (CebException e) {
            err.println("cbec: " + r.file() + ": rejected: " + Masks.text(e.getMessage()) + " [" + e.code() + "]");
            return new Filed(r.file(), parsed.spec().rootName(), parsed.wire().attribute("guid"), null, Outcome.REJECTED, Masks.text(e.getMessage()));
        }
    }

    private static Filed unusable(PrintWriter err, String name, String type, String guid, String reason) {
        err.println("cbec: " + name + ": unusable: " + reason);
        return new Filed(name, type, guid, null, Outcome.UNUSABLE, reason);
    }

    private static Filed submitted(String name, Submission s) {
        return new Filed(name, s.messageType(), s.guid(), s, Outcome.PENDING, null);
    }

    /** Waits until every submission is acknowledged or final, or the timeout. */
    private void awaitAcknowledgements(List<Filed> results, ProgressBar bar) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long done = results.stream().filter(r -> r.submission() == null || acknowledged(r.submission().status())).count();
            bar.show((int) results.stream().filter(r -> r.submission() != null && acknowledged(r.submission().status())).count());
            if (done == results.size() || System.nanoTime() >= deadline) {
                break;
            }
            Thread.sleep(50);
        }
        bar.finish();
    }

    /** Classifies each submitted file; {@code pendingReason} says why one is still pending. */
    private List<Filed> classifyAll(List<Filed> results, MessageStore messageStore, String pendingReason) {
        return results.stream().map(r -> r.submission() == null ? r : classify(r, messageStore, pendingReason)).toList();
    }

    private static boolean acknowledged(Status s) {
        return s.reached(Status.SENT);
    }

    private static Filed classify(Filed r, MessageStore messageStore, String pendingReason) {
        Status s = r.submission().status();
        if (s.isFailure()) {
            return r.as(Outcome.REJECTED, s + ": " + failureReason(r, messageStore), s);
        }
        if (acknowledged(s)) {
            return r.as(Outcome.ACCEPTED, null, s);
        }
        return r.as(Outcome.PENDING, s + ": " + pendingReason, s);
    }

    /** The last receipt that says why, or the store's last error. */
    private static String failureReason(Filed r, MessageStore messageStore) {
        List<ReceiptEvent> receipts = r.submission().receipts();
        for (int i = receipts.size() - 1; i >= 0; i--) {
            ReceiptEvent receipt = receipts.get(i);
            if (receipt.status().map(Status::isFailure).orElse(false)) {
                return Masks.text(receipt.returnStatus() + (receipt.info() == null ? "" : " " + receipt.info()));
            }
        }
        return messageStore.find(r.guid()).map(StoredMessage::lastError).filter(Objects::nonNull).map(Masks::text).orElse("unknown reason");
    }

    private static String readable(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    private void print(List<Filed> results) {
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode root = Json.MAPPER.createObjectNode();
            ArrayNode files = root.putArray("files");
            for (Filed r : results) {
                files.addObject()
                        .put("file", r.file())
                        .put("outcome", r.outcome().label())
                        .put("messageType", r.messageType())
                        .put("guid", r.guid())
                        .put("status", r.status() == null ? null : r.status().name())
                        .put("reason", r.reason());
            }
            ObjectNode summary = root.putObject("summary");
            for (Outcome o : Outcome.values()) {
                summary.put(o.label(), results.stream().filter(r -> r.outcome() == o).count());
            }
            out.println(Json.write(root));
            return;
        }
        for (Filed r : results) {
            if (r.outcome() == Outcome.UNUSABLE) {
                continue; // said on standard error
            }
            StringBuilder line = new StringBuilder(r.outcome().label()).append(' ').append(r.file()).append(':');
            if (r.submission() != null) {
                line.append(' ').append(r.messageType()).append(' ').append(r.guid());
                if (r.outcome() == Outcome.ACCEPTED) {
                    line.append(' ').append(r.status());
                }
            }
            if (r.reason() != null) {
                line.append(' ').append(r.reason());
            }
            out.println(line);
        }
        out.println(results.size() + " file" + (results.size() == 1 ? "" : "s") + ": "
                + String.join(", ", Arrays.stream(Outcome.values())
                        .map(o -> results.stream().filter(r -> r.outcome() == o).count() + " " + o.label()).toList()));
    }
}
