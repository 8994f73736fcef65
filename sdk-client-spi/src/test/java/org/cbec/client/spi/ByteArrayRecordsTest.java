package org.cbec.client.spi;

import org.cbec.client.status.Status;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The SPI records that hold bytes compare them by content, as {@code DxpMsg} does: a record's own equals would compare
 * array identity, so a store's round trip or a resend would never be "equal". Their toString shows sizes, never content.
 */
class ByteArrayRecordsTest {

    private static final String SECRET = "<buyerIdNumber>110101199001011234</buyerIdNumber>";

    /** Builds the record from freshly allocated arrays of {@code content}. */
    private static <T> void equalByContent(Function<String, T> make) {
        T a = make.apply(SECRET);
        T b = make.apply(SECRET);
        T other = make.apply(SECRET + " ");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotSameAs(b);
        assertThat(a.toString()).doesNotContain("110101").contains(String.valueOf(SECRET.length()));
    }

    @Test
    void outboxEntriesAreEqualByTheirBytes() {
        equalByContent(s -> new OutboxEntry("G1", "CEB311Message", "G1", s.getBytes(UTF_8), ("E" + s).getBytes(UTF_8), Status.QUEUED,
                List.of("orderNo:O-1"), MessageStoreContractTest.digest(s)));
    }

    @Test
    void storedMessagesAreEqualByTheirBytes() {
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        equalByContent(s -> new StoredMessage("G1", "CEB311Message", "G1", DeliveryState.PENDING, Status.QUEUED, 0, t, null, null,
                s.getBytes(UTF_8), ("E" + s).getBytes(UTF_8), t, MessageStoreContractTest.digest(s)));
    }

    @Test
    void unmatchedReceiptsAreEqualByTheirBytes() {
        equalByContent(s -> new UnmatchedReceipt("K1", Instant.parse("2026-11-23T02:00:00Z"), "CEB622Message", List.of("G1"),
                s.getBytes(UTF_8)));
    }

    @Test
    void aContentDigestIsASha256() {
        assertThatThrownBy(() -> new OutboxEntry("G1", "CEB311Message", "G1", new byte[1], new byte[1], Status.QUEUED, List.of(),
                new byte[20])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void claimsAreEqualByTheirBytes() {
        equalByContent(s -> new Claim("G1", "CEB311Message", "G1", "token", 2, s.getBytes(UTF_8)));
    }

    @Test
    void outboundEnvelopesAreEqualByTheirBytes() {
        equalByContent(s -> new OutboundEnvelope("G1", "CEB311Message", "G1", s.getBytes(UTF_8)));
    }

    @Test
    void inboundEnvelopesAreEqualByTheirBytes() {
        equalByContent(s -> new InboundEnvelope("r1.xml", s.getBytes(UTF_8)));
    }

    @Test
    void httpBodiesAreEqualByTheirBytes() {
        equalByContent(s -> new HttpDialect.Body("application/xml", s.getBytes(UTF_8)));
    }
}
