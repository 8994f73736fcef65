package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.customs.CebMessages;
import org.cbec.customs.receipt.CustomsReceipts;
import org.cbec.insights.facts.FactQuery;
import org.cbec.insights.facts.InMemoryFactSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code DIR|FILE...} of {@code stats} and {@code risk}: filed messages and their receipts as files (what a
 * transfer client's outbox and inbox hold, or what {@code --data} of the mock keeps), turned into facts. A message is
 * dated by its first {@code appTime} (China time), else by the file's modification time; receipts are matched to what
 * they answer whatever their order. A file that cannot be read is named on standard error and left out.
 *
 * <pre>{@code
 * @Mixin
 * private FiledFolder filed;
 * ...
 * FiledFolder.Loaded loaded = filed.loadSome(err); // null: nothing to report on
 * insights.statistics(loaded.source(), filed.query());
 * }</pre>
 */
final class FiledFolder {

    private static final Set<String> RECEIPTS_WITHOUT_STATUS = Set.of("CEB792", "CEB816", "CEB818");

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of submission (China time), inclusive.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of submission (China time), inclusive.")
    private LocalDate to;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Filed messages and their receipts; a directory stands for every *.xml under it, recursively.")
    private List<Path> paths;

    /** Loaded facts and how many files could not be used. */
    record Loaded(InMemoryFactSource source, int messages, int receipts, int unusable) {
    }

    /** The facts of the files, or {@code null} (said on {@code err}) when no filed message could be read. */
    Loaded loadSome(PrintWriter err) {
        Loaded loaded = load(err);
        if (loaded.messages() == 0) {
            err.println("cbec: no filed message found");
            return null;
        }
        return loaded;
    }

    /** The query of the days {@code --from} to {@code --to}, inclusive, in China time. */
    FactQuery query() {
        Instant start = from == null ? null : CustomsTime.toInstant(from.atStartOfDay());
        Instant end = to == null ? null : CustomsTime.toInstant(to.plusDays(1).atStartOfDay());
        return FactQuery.all().from(start).to(end);
    }

    private Loaded load(PrintWriter err) {
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
        return new Loaded(b.build(), messages, receipts, unusable);
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
