package org.cbec.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;

import org.cbec.client.status.Status;
import org.cbec.client.Stores;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.MessageStoreContractTest;
import org.cbec.client.spi.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresServer.class)
class PostgresStoreProviderTest {

    @Test
    void aPostgresUrlInTheConfigurationOpensAPostgresStore() {
        try (MessageStore byUrl = Stores.fromUrl(PostgresServer.get().newSchemaUrl() + "&user=postgres")) {
            assertThat(byUrl).isInstanceOf(PostgresStore.class);
        }
        Properties p = new Properties();
        p.setProperty(Stores.URL, PostgresServer.get().newSchemaUrl());
        p.setProperty(Stores.USER, "postgres");
        try (MessageStore byProperties = Stores.fromProperties(p)) {
            assertThat(byProperties).isInstanceOf(PostgresStore.class);
        }
    }

    @Test
    void migratingTwiceKeepsTheSchemaVersionAndTheRows() throws Exception {
        String url = PostgresServer.get().newSchemaUrl();
        try (MessageStore first = PostgresStore.open(url, "postgres", "")) {
            first.enqueue(new OutboxEntry("A", "CEB311Message", "A", new byte[] {1}, new byte[] {2}, Status.QUEUED, List.of(),
                    MessageStoreContractTest.digest("A")));
        }
        try (MessageStore again = PostgresStore.open(url, "postgres", "");
                Connection c = DriverManager.getConnection(url, "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), MAX(version) FROM cbec_schema_history WHERE schema_name = 'cbec-outbox'")) {
            assertThat(again.find("A")).isPresent();
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(PostgresStore.schemaVersion());
            assertThat(rs.getInt(2)).isEqualTo(PostgresStore.schemaVersion());
        }
    }
}
