package org.cbec.insights.facts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.cbec.client.Stores;
import org.cbec.client.spi.MessageStore;
import org.cbec.client.spi.OutboxEntry;
import org.cbec.client.spi.StoredReceipt;
import org.cbec.client.status.Status;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.testing.MutableClock;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.insights.Filings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The store adapter runs the {@link FactSource} contract over the in-memory and the H2 store, and folds stored receipts. */
class StoreFactSourceTest {

    /** Stores a message as the client would (its bytes, an envelope, a digest), entering the store at {@code at}. */
    interface Filer {
        void file(CebMessage message, Instant at);

        MessageStore store();
    }

    static OutboxEntry entry(CebMessage message) {
        byte[] bytes = CebCodec.ofDefaults().write(message);
        try {
            return new OutboxEntry(message.guid(), message.spec().messageType() + "Message", message.guid(), bytes, bytes, Status.QUEUED,
                    List.of(), MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The in-memory store, its clock set to each filing's time. */
    static final class InMemory implements Filer {
        private final MutableClock clock = new MutableClock(Instant.EPOCH);
        private final MessageStore store = Stores.inMemory(clock);

        @Override
        public void file(CebMessage message, Instant at) {
            clock.advance(Duration.between(clock.instant(), at));
            store.enqueue(entry(message));
        }

        @Override
        public MessageStore store() {
            return store;
        }
    }

    /** An H2 store; a filing's creation time is set afterwards (the store stamps it from the database clock). */
    static final class H2 implements Filer {
        private final String url = "jdbc:h2:mem:facts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        private final MessageStore store = Stores.h2Url(url);

        @Override
        public void file(CebMessage message, Instant at) {
            store.enqueue(entry(message));
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement ps = c.prepareStatement("UPDATE cbec_outbox SET created_at = ? WHERE id = ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(2, message.guid());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public MessageStore store() {
            return store;
        }
    }

    abstract static class Contract extends FactSourceContract {
        Filer filer;

        abstract Filer filer();

        @Override
        protected FactSource sourceOf(List<Filed> filed) {
            if (filer != null) {
                filer.store().close();
            }
            filer = filer();
            filed.forEach(f -> filer.file(f.message(), f.submittedAt()));
            return StoreFactSource.of(filer.store(), KEYS);
        }

        @AfterEach
        void close() {
            if (filer != null) {
                filer.store().close();
            }
        }

        @Test
        void foldsTheReceiptsTheStoreRecordedForEachMessage() {
            LocalDateTime t = LocalDateTime.of(2026, 11, 23, 9, 0);
            Ceb621Message released = Filings.inventory(1).at(t).build();
            Ceb621Message refused = Filings.inventory(2).at(t).build();
            filer = filer();
            filer.file(released, CustomsTime.toInstant(t));
            filer.file(refused, CustomsTime.toInstant(t.plusMinutes(1)));
            String doc1 = released.inventorys().get(0).inventoryHead().guid();
            String doc2 = refused.inventorys().get(0).inventoryHead().guid();
            MessageStore store = filer.store();
            store.recordReceipt(released.guid(), new StoredReceipt("k1", "CEB622Message", "CUSTOMS", doc1, null, "120", "20261123100000000", "入库"));
            store.recordReceipt(released.guid(), new StoredReceipt("k2", "CEB622Message", "CUSTOMS", doc1, null, "800", "20261123110000000", "放行"));
            store.recordReceipt(released.guid(), new StoredReceipt("k3", "DxpRep", "EXCHANGE", null, released.guid(), "0000", null, "ok"));
            store.recordReceipt(refused.guid(), new StoredReceipt("k4", "CEB622Message", "CUSTOMS", doc2, null, "100", "20261123103000000",
                    "订购人身份信息校验未通过"));

            try (Stream<FilingFact> s = StoreFactSource.of(store, KEYS).facts(FactQuery.all())) {
                List<FilingFact> facts = s.toList();
                assertThat(facts).extracting(FilingFact::orderNo).containsExactly("ORDER-1", "ORDER-2");
                assertThat(facts.get(0).status()).isEqualTo(FilingStatus.RELEASED);
                assertThat(facts.get(0).releasedAt()).isEqualTo(CustomsTime.toInstant(LocalDateTime.of(2026, 11, 23, 11, 0)));
                assertThat(facts.get(1).status()).isEqualTo(FilingStatus.REJECTED);
                assertThat(facts.get(1).refusalReason()).isEqualTo("订购人身份信息校验未通过");
                assertThat(facts.get(0)).isEqualTo(FilingFacts.of(released, CustomsTime.toInstant(t), List.of(
                        Filings.receipt(released, "800", LocalDateTime.of(2026, 11, 23, 11, 0), "放行", null)), KEYS).get(0));
            }
        }
    }

    @Nested
    class OverTheInMemoryStore extends Contract {
        @Override
        Filer filer() {
            return new InMemory();
        }
    }

    @Nested
    class OverTheH2Store extends Contract {
        @Override
        Filer filer() {
            return new H2();
        }
    }

    @Test
    void aStoredMessageThatDoesNotReadBackIsLeftOut() {
        try (MessageStore store = Stores.inMemory()) {
            store.enqueue(new OutboxEntry("BROKEN", "CEB621Message", "BROKEN", "<not a message".getBytes(UTF_8), new byte[] {1},
                    Status.QUEUED, List.of(), new byte[32]));
            store.enqueue(entry(Filings.inventory(3).build()));
            try (Stream<FilingFact> s = StoreFactSource.of(store, PartyKeys.random()).facts(FactQuery.all())) {
                assertThat(s.map(FilingFact::orderNo).toList()).containsExactly("ORDER-3");
            }
        }
    }

}
