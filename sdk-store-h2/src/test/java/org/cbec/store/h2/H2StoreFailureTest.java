package org.cbec.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cbec.core.error.ErrorCode;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store errors say what happened: a file in use by another process (a full disk: H2FailuresTest); and a failed first
 * open leaves no database file behind (an empty or half-written one made the next run fail as "corrupted").
 */
class H2StoreFailureTest {

    @TempDir
    Path dir;

    /** Opens the store named by its argument, says "open", and holds it until its standard input closes. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (MessageStore store = H2Stores.file(Path.of(args[0]))) {
                System.out.println("open");
                System.out.flush();
                System.in.read();
            }
        }
    }

    @Test
    void aStoreInUseByAnotherProcessIsNamedAsSuch() throws Exception {
        Path path = dir.resolve("outbox");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), path.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> H2Stores.file(path)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining(path + ".mv.db")
                    .satisfies(e -> assertThat(((StoreException) e).errorCode()).isEqualTo(ErrorCode.STORE_LOCKED));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aFailedFirstOpenLeavesNoDatabaseFileBehind() throws Exception {
        Path path = dir.resolve("new");
        String failingInit = "jdbc:h2:file:" + path.toAbsolutePath() + ";INIT=RUNSCRIPT FROM '" + dir.resolve("missing.sql") + "'";

        assertThatThrownBy(() -> new H2Store(failingInit)).isInstanceOf(StoreException.class);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("new."));
        }
    }
}
