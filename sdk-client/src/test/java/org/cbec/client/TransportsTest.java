package org.cbec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;

import org.cbec.client.internal.FolderTransport;
import org.cbec.client.spi.Transport;
import org.cbec.transport.http.OkHttpTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportsTest {

    @TempDir
    Path dir;

    @Test
    void propertiesChooseTheTransport() {
        Properties http = new Properties();
        http.setProperty(Transports.KIND, "http");
        http.setProperty(Transports.SEND_URL, "http://127.0.0.1:1/send");
        Properties folder = new Properties();
        folder.setProperty(Transports.KIND, "folder");
        folder.setProperty(Transports.FOLDER, dir.toString());
        try (Transport h = Transports.fromProperties(http); Transport f = Transports.fromProperties(folder)) {
            assertThat(h).isInstanceOf(OkHttpTransport.class);
            assertThat(f).isInstanceOf(FolderTransport.class);
        }
    }

    @Test
    void missingSettingsAreNamed() {
        Properties p = new Properties();
        p.setProperty(Transports.KIND, "http");
        assertThatThrownBy(() -> Transports.fromProperties(p)).hasMessageContaining(Transports.SEND_URL);
        assertThatThrownBy(() -> Transports.fromProperties(new Properties())).hasMessageContaining("must be http, folder");
    }
}
