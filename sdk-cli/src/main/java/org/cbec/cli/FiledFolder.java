package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.customs.CebMessages;
import org.cbec.customs.receipt.CustomsReceipts;
import org.cbec.insights.facts.FactQuery;
import org.cbec.client.Stores;
import org.cbec.client.spi.MessageStore;
import org.cbec.core.error.CebException;
import org.cbec.insights.facts.FactSource;
import org.cbec.insights.facts.InMemoryFactSource;
import org.cbec.insights.facts.PartyKeys;
import org.cbec.insights.facts.StoreFactSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code stats} and {@code risk} read: the {@code DIR|FILE...} of filed messages and their receipts as files (what
 * a transfer client's outbox and inbox hold, or what {@code --data} of the mock keeps), or with {@code --store} the
 * client's store itself. From files, a message is dated by its first {@code appTime} (China time), else by the file's
 * modification time; receipts are matched to what they answer whatever their order; a file that cannot be read is
 * named on standard error and left out. From a store, a message is dated by when it entered the store and carries the
 * receipts the client recorded for it; the store is read a page at a time ({@link StoreFactSource}), never as a whole.
 *
 * <pre>{@code
 * @Mixin
 * private FiledFolder filed;
 * ...
 * try (FiledFolder.Loaded loaded = filed.loadSome(err)) { // null: nothing to report on
 *     insights.statistics(loaded.source(), filed.query());
 * }
 * }</pre>
 */
final class FiledFolder {

    private static final Set<String> RECEIPTS_WITHOUT_STATUS = Set.of("CEB792", "CEB816", "CEB818");

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of submission (China time), inclusive.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of submission (China time), inclusive.")
    private LocalDate to;

    @Option(names = "--store", paramLabel = "PATH|JDBC-URL",
            description = "Read the client's store instead of files: an H2 outbox PATH (PATH.mv.db, as submit writes it) or a"
                    + " JDBC URL (jdbc:postgresql://host/db; user and password from $CBEC_STORE_USER and $CBEC_STORE_PASSWORD).")
    private String store;

    @Parameters(arity = "0..*", paramLabel = "DIR|FILE",
            description = "Filed messages and their receipts; a directory stands for every *.xml under it, recursively.")
    private List<Path> paths = List.of();

    /** The facts to report on, and the store they are read from (closed with this), if any. */
    record Loaded(FactSource source, MessageStore store) implements AutoCloseable {
        @Override
        public void close() {
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * The facts of the files or the store, or {@code null} (said on {@code err}) when there is nothing to report on: no
     * filed message could be read, the store does not exist or cannot be opened, or both or neither were given.
     */
    Loaded loadSome(PrintWriter err) {
        if ((store == null) == paths.isEmpty()) {
            err.println("cbec: give either --store PATH|JDBC-URL or DIR|FILE..., not " + (store == null ? "neither" : "both"));
            return null;
        }
        if (store != null) {
            return openStore(err);
        }
        int[] messages = new int[1];
        InMemoryFactSource source = load(err, messages);
        if (messages[0] == 0) {
            err.println("cbec: no filed message found");
            return null;
        }
        return new Loaded(source, null);
    }

    private Loaded openStore(PrintWriter err) {
        try {
            MessageStore s;
            if (store.startsWith("jdbc:")) {
                Properties p = new Properties();
                p.setProperty(Stores.URL, store);
                copyEnv(p, Stores.USER, "CBEC_STORE_USER");
                copyEnv(p, Stores.PASSWORD, "CBEC_STORE_PASSWORD");
                s = Stores.fromProperties(p);
            } else {
                Path path = Path.of(store);
                if (!Files.isRegularFile(path.resolveSibling(path.getFileName() + ".mv.db"))) {
                    err.println("cbec: no store at " + store + " (" + path.getFileName() + ".mv.db does not exist)");
                    return null;
                }
                s = Stores.h2(path);
            }
            return new Loaded(StoreFactSource.of(s, PartyKeys.random()), s);
        } catch (CebException | IllegalArgumentException e) {
            err.println("cbec: cannot open the store: " + e.getMessage());
            return null;
        }
    }

    private static void copyEnv(Properties p, String key, String variable) {
        String value = System.getenv(variable);
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    /** The query of the days {@code --from} to {@code --to}, inclusive, in China time. */
    FactQuery query() {
        Instant start = from == null ? null : CustomsTime.toInstant(from.atStartOfDay());
        Instant end = to == null ? null : CustomsTime.toInstant(to.plusDays(1).atStartOfDay());
        return FactQuery.all().from(start).to(end);
    }

    private InMemoryFactSource load(PrintWriter err, int[] messagesRead) {
        CebCodec codec = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();
        InMemoryFactSource.Builder b = InMemoryFactSource.builder();
        int messages = 0;
        int receipts = 0;
        int unusable = 0;
        for (Path input : paths) {
            List<Path> files;
            List<FileOutcome> unlisted = new ArrayList<>();
            try {
                files = MessageFiles.list(input, unlisted);
            } catch (MessageFiles.Unusable e) {
                unlisted.add(e.outcome());
                files = List.of();
            }
            for (FileOutcome o : unlisted) { // an unreadable entry is named; every other file is still read
                err.println("cbec: " + ValidateCommand.failureLine(o));
                unusable++;
            }
            for (Path f : files) {
                try {
                    CebCodec.Parsed<?> p = MessageFiles.parse(f, codec);
                    if (!(p.message() instanceof CebMessage m)) {
                        err.println("cbec: " + f + ": unreadable: a value is not of its type, left out");
                        unusable++;
                    } else if (RECEIPTS_WITHOUT_STATUS.contains(m.spec().messageType()) || !CustomsReceipts.of(m).isEmpty()) {
                        b.receipt(m);
                        receipts++;
                    } else {
                        b.filed(m, filedAt(p.wire(), f));
                        messages++;
                    }
                } catch (MessageFiles.Unusable e) {
                    err.println("cbec: " + ValidateCommand.failureLine(e.outcome()));
                    unusable++;
                }
            }
        }
        messagesRead[0] = messages;
        return b.build();
    }

    private static Instant filedAt(WireNode root, Path file) {
        String appTime = firstAppTime(root);
        if (appTime != null && ValueType.DATETIME14.accepts(appTime)) {
            return CustomsTime.toInstant(ValueType.DATETIME14.parse(appTime));
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String firstAppTime(WireNode node) {
        String t = node.text("appTime");
        if (t != null) {
            return t;
        }
        for (WireNode.Item i : node.items()) {
            if (i.node() != null && (t = firstAppTime(i.node())) != null) {
                return t;
            }
        }
        return null;
    }
}
