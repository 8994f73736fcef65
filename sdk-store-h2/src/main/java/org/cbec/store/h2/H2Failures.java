package org.cbec.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.cbec.core.error.ErrorCode;
import org.cbec.client.spi.StoreException;

/**
 * What went wrong with an H2 store file, in words a person can act on: the file is in use by another process
 * ({@link SecurityCodes#STORE_LOCKED}), or the disk holding it is full ({@link SecurityCodes#STORE_NO_SPACE}); and
 * the files a failed first open created are removed, so that no empty or half-written database is left behind to fail
 * the next run as "corrupted".
 */
final class H2Failures {

    /** H2's DATABASE_ALREADY_OPEN_1: the file lock is held by another process. */
    private static final int ALREADY_OPEN = 90020;

    private H2Failures() {
    }

    /** The file an H2 JDBC URL of the form {@code jdbc:h2:file:PATH;...} stores in ({@code PATH.mv.db}), or null. */
    static Path file(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String path = jdbcUrl.substring("jdbc:h2:file:".length());
        int options = path.indexOf(';');
        return Path.of((options < 0 ? path : path.substring(0, options)) + ".mv.db");
    }

    /** {@code failure} explained for {@code file} (which may be null), as a {@link StoreException} saying {@code doing}. */
    static StoreException explain(String doing, Path file, Exception failure) {
        String where = file == null ? "the H2 store" : file.toString();
        if (caused(failure, ALREADY_OPEN)) {
            return new StoreException(ErrorCode.STORE_LOCKED, where + " is in use by another process (is another cbec submit or"
                    + " receipts, or an application, using this store?); " + doing + " is not possible until it closes the store", failure);
        }
        if (noSpace(failure)) {
            return new StoreException(ErrorCode.STORE_NO_SPACE, "no space left on the disk holding " + where + "; " + doing
                    + " failed and nothing of it was stored", failure);
        }
        return new StoreException(doing + " (" + where + "): " + failure.getMessage(), failure);
    }

    /** Removes what a failed first open of {@code file} created (the database and its trace file). */
    static void removeCreated(Path file) {
        if (file == null) {
            return;
        }
        for (Path p : new Path[] {file, file.resolveSibling(file.getFileName().toString().replace(".mv.db", ".trace.db"))}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // left behind; the next open reports it
            }
        }
    }

    private static boolean caused(Throwable t, int h2Code) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getErrorCode() == h2Code) {
                return true;
            }
        }
        return false;
    }

    private static boolean noSpace(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }
}
