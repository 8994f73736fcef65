package org.cbec.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.insights.Filings;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FactSource}: what every implementation (in memory, store adapters) must do. Extend it and
 * return a source holding exactly the given filings, their facts built with {@link #KEYS}.
 *
 * <pre>{@code
 * class StoreFactSourceTest extends FactSourceContract {
 *     protected FactSource sourceOf(List<Filed> filed) { … store each at its time, return StoreFactSource.of(store, KEYS) … }
 * }
 * }</pre>
 */
public abstract class FactSourceContract {

    /** The keys a source under test masks parties with. */
    protected static final PartyKeys KEYS = PartyKeys.withSecret("fact-source-contract".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** A message filed at {@code submittedAt}, without receipts. */
    protected record Filed(CebMessage message, Instant submittedAt) {
    }

    /** A source holding exactly {@code filed}. */
    protected abstract FactSource sourceOf(List<Filed> filed);

    /** Ten filings, inventories (CEB621, even numbers) and orders (CEB311, odd), an hour apart, given out of order. */
    protected static List<Filed> filed() {
        List<Filed> out = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            LocalDateTime t = LocalDateTime.of(2026, 11, 23, 0, 0).plusHours(i);
            CebMessage m = i % 2 == 0 ? Filings.inventory(i).at(t).build() : Filings.order(i, t);
            out.add(new Filed(m, CustomsTime.toInstant(t)));
        }
        return out;
    }

    /** The facts of {@code filed}, as the SDK builds them. */
    protected static List<FilingFact> factsOf(List<Filed> filed) {
        List<FilingFact> out = new ArrayList<>();
        for (Filed f : filed) {
            out.addAll(FilingFacts.of(f.message(), f.submittedAt(), List.of(), KEYS));
        }
        return out;
    }

    @Test
    void streamsEveryFactOnceInSubmissionOrder() {
        List<Filed> filed = filed();
        List<FilingFact> given = factsOf(filed);
        try (Stream<FilingFact> s = sourceOf(filed).facts(FactQuery.all())) {
            List<FilingFact> got = s.toList();
            assertThat(got).containsExactlyInAnyOrderElementsOf(given);
            assertThat(got).isSortedAccordingTo(java.util.Comparator.comparing(FilingFact::submittedAt)
                    .thenComparing(FilingFact::guid));
        }
    }

    @Test
    void filtersBySubmissionTimeFromInclusiveToExclusiveAndByType() {
        List<Filed> given = filed();
        Instant from = CustomsTime.toInstant(LocalDateTime.of(2026, 11, 23, 2, 0));
        Instant to = CustomsTime.toInstant(LocalDateTime.of(2026, 11, 23, 6, 0));
        try (Stream<FilingFact> s = sourceOf(given).facts(FactQuery.all().from(from).to(to).types("CEB621"))) {
            assertThat(s.map(FilingFact::orderNo).toList()).containsExactly("ORDER-2", "ORDER-4");
        }
    }

    @Test
    void closingTheStreamReleasesItAndAnotherCallStartsAgain() {
        FactSource source = sourceOf(filed());
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
