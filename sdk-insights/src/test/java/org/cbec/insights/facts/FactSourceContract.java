package org.cbec.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cbec.core.model.CustomsTime;
import org.cbec.insights.Filings;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FactSource}: what every implementation (in memory, store adapters) must do. Extend it and
 * return a source holding exactly {@code facts}.
 *
 * <pre>{@code
 * class H2FactSourceTest extends FactSourceContract {
 *     protected FactSource sourceOf(List<FilingFact> facts) { … store them, return the adapter … }
 * }
 * }</pre>
 */
public abstract class FactSourceContract {

    /** A source holding exactly {@code facts}. */
    protected abstract FactSource sourceOf(List<FilingFact> facts);

    /** Ten facts of CEB621 and CEB311, filed an hour apart, given out of order. */
    protected static List<FilingFact> facts() {
        PartyKeys keys = PartyKeys.random();
        List<FilingFact> out = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            Instant at = CustomsTime.toInstant(LocalDateTime.of(2026, 11, 23, 0, 0).plusHours(i));
            FilingFact f = FilingFacts.of(Filings.inventory(i).build(), at, List.of(), keys).get(0);
            out.add(i % 2 == 0 ? f : f.toBuilder().messageType("CEB311").build());
        }
        return out;
    }

    @Test
    void streamsEveryFactOnceInSubmissionOrder() {
        List<FilingFact> given = facts();
        try (Stream<FilingFact> s = sourceOf(given).facts(FactQuery.all())) {
            List<FilingFact> got = s.toList();
            assertThat(got).containsExactlyInAnyOrderElementsOf(given);
            assertThat(got).isSortedAccordingTo(java.util.Comparator.comparing(FilingFact::submittedAt)
                    .thenComparing(FilingFact::guid));
        }
    }

    @Test
    void filtersBySubmissionTimeFromInclusiveToExclusiveAndByType() {
        List<FilingFact> given = facts();
        Instant from = CustomsTime.toInstant(LocalDateTime.of(2026, 11, 23, 2, 0));
        Instant to = CustomsTime.toInstant(LocalDateTime.of(2026, 11, 23, 6, 0));
        try (Stream<FilingFact> s = sourceOf(given).facts(FactQuery.all().from(from).to(to).types("CEB621"))) {
            assertThat(s.map(FilingFact::orderNo).toList()).containsExactly("ORDER-2", "ORDER-4");
        }
    }

    @Test
    void closingTheStreamReleasesItAndAnotherCallStartsAgain() {
        FactSource source = sourceOf(facts());
        AtomicBoolean closed = new AtomicBoolean();
        try (Stream<FilingFact> s = source.facts(FactQuery.all()).onClose(() -> closed.set(true))) {
            assertThat(s.limit(3).count()).isEqualTo(3);
        }
        assertThat(closed).isTrue();
        try (Stream<FilingFact> again = source.facts(FactQuery.all())) {
            assertThat(again.count()).isEqualTo(10);
        }
    }
}
