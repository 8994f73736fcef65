package org.cbec.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --store PATH}: the outbox database that {@code submit} writes and {@code receipts} reads, an embedded H2 file
 * ({@code PATH.mv.db}).
 *
 * <pre>{@code
 * @Mixin
 * private StoreOption store;
 * ...
 * MessageStore s = Stores.h2(store.path());
 * }</pre>
 */
final class StoreOption {

    /** The default store, relative to the working directory. */
    static final String DEFAULT = ".cbec/outbox";

    @Option(names = "--store", defaultValue = DEFAULT, paramLabel = "PATH",
            description = "The outbox database (default ${DEFAULT-VALUE}): an H2 file PATH.mv.db, created by submit, read by receipts.")
    private Path path;

    /** The path as given (H2 adds {@code .mv.db}). */
    Path path() {
        return path;
    }

    /** Whether {@code submit} has created the store. */
    boolean exists() {
        return Files.isRegularFile(path.resolveSibling(path.getFileName() + ".mv.db"));
    }
}
