package org.cbec.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.cbec.core.error.ErrorCode;
import org.cbec.client.spi.StoreException;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;

/**
 * The exception H2 raises when a write meets a full disk (its IO_EXCEPTION around the operating system's "No space
 * left on device") is named as such; a disk cannot be filled portably in a test, so the exception is made as H2 makes it.
 */
class H2FailuresTest {

    @Test
    void aFullDiskIsNamedAsSuch() {
        Exception h2 = DbException.convertIOException(new IOException("No space left on device"), "/var/cbec/outbox.mv.db").getSQLException();

        StoreException e = H2Failures.explain("committing a batch of 3 writes", Path.of("/var/cbec/outbox.mv.db"), h2);

        assertThat(e.errorCode()).isEqualTo(ErrorCode.STORE_NO_SPACE);
        assertThat(e.getMessage()).startsWith("no space left on the disk holding /var/cbec/outbox.mv.db; committing a batch of 3 writes failed");
    }

    @Test
    void theStoreFileOfAJdbcUrl() {
        assertThat(H2Failures.file("jdbc:h2:file:/var/cbec/outbox;WRITE_DELAY=0")).isEqualTo(Path.of("/var/cbec/outbox.mv.db"));
        assertThat(H2Failures.file("jdbc:h2:mem:x")).isNull();
    }
}
