package org.cbec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import picocli.CommandLine.Option;

/**
 * {@code --store PATH}: the outbox database that {@code submit} writes and {@code receipts} reads, an embedded H2 file
 * ({@code PATH.mv.db}). Without it, the store of the sender's DXP id in the user's data directory: one store per DXP id,
 * whatever the working directory, because one receipt queue (one DXP id) belongs to one store; a second store polling
 * the same queue would take, and keep as unmatched, the receipts of the first one's messages.
 *
 * <p>The data directory is {@code $XDG_DATA_HOME/cbec} when that is set (an absolute path), else
 * {@code ~/.local/share/cbec} ({@code %LOCALAPPDATA%\cbec} on Windows); the store of DXP id {@code D} is
 * {@code <data>/D/outbox}.
 *
 * <pre>{@code
 * @Mixin
 * private StoreOption store;
 * ...
 * Path path = store.resolve(dxpId, parent::environment);   // --store, else <data>/<dxpId>/outbox
 * MessageStore s = Stores.h2(path);
 * }</pre>
 */
final class StoreOption {

    /** The file name of a store in its DXP id's folder. */
    static final String FILE = "outbox";

    @Option(names = "--store", paramLabel = "PATH",
            description = "The outbox database: an H2 file PATH.mv.db, created by submit, read by receipts (default: one store per "
                    + "sender DXP id, $XDG_DATA_HOME/cbec/<dxpid>/outbox or ~/.local/share/cbec/<dxpid>/outbox).")
    private Path path;

    /** The store given with {@code --store}, or {@code null}. */
    Path given() {
        return path;
    }

    /** {@code --store}, else the default store of {@code dxpId}. */
    Path resolve(String dxpId, Function<String, String> environment) {
        return path != null ? path : defaultStore(dxpId, environment);
    }

    /** The default store of {@code dxpId}: {@code <data>/<dxpId>/outbox}. */
    static Path defaultStore(String dxpId, Function<String, String> environment) {
        if (dxpId.isBlank() || !dxpId.matches("[A-Za-z0-9._-]+") || dxpId.startsWith(".")) {
            throw new IllegalArgumentException("a DXP id has letters, digits, '.', '_' and '-' only: " + Masks.text(dxpId));
        }
        return dataDirectory(environment).resolve(dxpId).resolve(FILE);
    }

    /** Where the default stores live: {@code $XDG_DATA_HOME/cbec}, else the platform's per-user data directory. */
    static Path dataDirectory(Function<String, String> environment) {
        String xdg = environment.apply("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "cbec");
        }
        String localAppData = environment.apply("LOCALAPPDATA");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && localAppData != null) {
            return Path.of(localAppData, "cbec");
        }
        String home = environment.apply("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".local", "share", "cbec");
    }

    /** The DXP ids that have a default store in the data directory, sorted. */
    static List<String> defaultStores(Function<String, String> environment) {
        Path data = dataDirectory(environment);
        if (!Files.isDirectory(data)) {
            return List.of();
        }
        try (Stream<Path> ids = Files.list(data)) {
            return ids.filter(d -> exists(d.resolve(FILE))).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether the H2 store at {@code path} exists ({@code path.mv.db}). */
    static boolean exists(Path path) {
        return Files.isRegularFile(path.resolveSibling(path.getFileName() + ".mv.db"));
    }

    /**
     * Warns when {@code --store} is given although {@code dxpId}'s default store exists too: two stores polling one
     * receipt queue each take the other's receipts (kept there as unmatched, never lost, but not where they belong).
     */
    void warnIfSecondStore(String dxpId, Function<String, String> environment, PrintWriter err) {
        if (path == null) {
            return;
        }
        Path usual = defaultStore(dxpId, environment);
        if (exists(usual) && !usual.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize())) {
            err.println("cbec: warning: DXP id " + dxpId + " also has the store " + usual + "; one DXP id (one receipt queue) belongs to one "
                    + "store: receipts taken by one store for the other's messages are kept there as unmatched "
                    + "(cbec receipts --unmatched --export DIR, then --import DIR into the right store)");
        }
    }
}
