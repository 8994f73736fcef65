package org.cbec.store.h2;

import java.nio.file.Path;

/** Test helper: the durable file store that {@code Stores.h2(file)} of sdk-client opens, without sdk-client. */
final class H2Stores {

    private H2Stores() {
    }

    /** The URL {@code Stores.h2} builds: synced commits, closed by the store, every statement of the store cached. */
    static H2Store file(Path file) {
        return new H2Store("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
    }
}
