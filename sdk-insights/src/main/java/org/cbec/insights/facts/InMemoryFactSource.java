package org.cbec.insights.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.cbec.core.model.CebMessage;

/**
 * Facts held in memory: built from messages the SDK filed and the receipts they got, or added as they are. For tests,
 * examples, the {@code cbec stats} and {@code cbec risk} commands over a folder of files, and small volumes; a store
 * adapter serves large ones.
 *
 * <pre>{@code
 * InMemoryFactSource source = InMemoryFactSource.builder()
 *         .filed(ceb311, submittedAt).filed(ceb621, submittedAt)
 *         .receipt(ceb312).receipt(ceb622).receipt(ceb816)     // in any order; matched to what they answer
 *         .taxPaid("TAX51002026I000000001", LocalDate.of(2027, 1, 2))
 *         .build();
 * }</pre>
 */
public final class InMemoryFactSource implements FactSource {

    private static final Comparator<FilingFact> ORDER =
            Comparator.comparing(FilingFact::submittedAt).thenComparing(FilingFact::guid);

    private final List<FilingFact> facts;

    private InMemoryFactSource(List<FilingFact> facts) {
        this.facts = facts.stream().sorted(ORDER).toList();
    }

    /** A source of these facts. */
    public static InMemoryFactSource of(Collection<FilingFact> facts) {
        return new InMemoryFactSource(List.copyOf(facts));
    }

    /** A builder that turns messages and receipts into facts with random {@link PartyKeys}. */
    public static Builder builder() {
        return new Builder(PartyKeys.random());
    }

    /** A builder that turns messages and receipts into facts with these keys. */
    public static Builder builder(PartyKeys keys) {
        return new Builder(keys);
    }

    @Override
    public Stream<FilingFact> facts(FactQuery query) {
        return facts.stream().filter(query::matches);
    }

    /** How many facts it holds. */
    public int size() {
        return facts.size();
    }

    /** Collects filed messages, receipts and tax payments; {@link #build()} matches them. */
    public static final class Builder {
        private record Filed(CebMessage message, Instant submittedAt) {
        }

        private final PartyKeys keys;
        private final List<Filed> filed = new ArrayList<>();
        private final List<FilingFact> facts = new ArrayList<>();
        private final Map<String, List<CebMessage>> receiptsByNumber = new HashMap<>();
        private final Map<String, LocalDate> taxPaid = new HashMap<>();

        private Builder(PartyKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        /** A message filed at {@code submittedAt}. */
        public Builder filed(CebMessage message, Instant submittedAt) {
            filed.add(new Filed(Objects.requireNonNull(message, "message"), Objects.requireNonNull(submittedAt, "submittedAt")));
            return this;
        }

        /** A receipt (CEB312 … CEB792, CEB816 / CEB818 tax, CEB900), in any order. */
        public Builder receipt(CebMessage receipt) {
            for (String n : FilingFacts.numbersNamedBy(receipt)) {
                receiptsByNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(receipt);
            }
            return this;
        }

        /** The tax bill {@code taxNo} was paid to customs on {@code day}. */
        public Builder taxPaid(String taxNo, LocalDate day) {
            taxPaid.put(Objects.requireNonNull(taxNo, "taxNo"), Objects.requireNonNull(day, "day"));
            return this;
        }

        /** A fact as it is. */
        public Builder add(FilingFact fact) {
            facts.add(Objects.requireNonNull(fact, "fact"));
            return this;
        }

        /** The source: each filed message's facts with the receipts that answer them. */
        public InMemoryFactSource build() {
            List<FilingFact> out = new ArrayList<>(facts);
            for (Filed f : filed) {
                Set<CebMessage> candidates = new LinkedHashSet<>();
                for (String n : FilingFacts.numbers(f.message())) {
                    candidates.addAll(receiptsByNumber.getOrDefault(n, List.of()));
                }
                List<FilingFact> built = FilingFacts.of(f.message(), f.submittedAt(), candidates, keys);
                boolean more = false;
                for (FilingFact fact : built) { // tax bills name customs' invtNo, known only from the receipts
                    if (fact.invtNo() != null) {
                        more |= candidates.addAll(receiptsByNumber.getOrDefault(fact.invtNo(), List.of()));
                    }
                }
                if (more) {
                    built = FilingFacts.of(f.message(), f.submittedAt(), candidates, keys);
                }
                built.forEach(fact -> out.add(paid(fact)));
            }
            return new InMemoryFactSource(out);
        }

        private FilingFact paid(FilingFact f) {
            LocalDate day = f.tax() == null ? null : taxPaid.get(f.tax().taxNo());
            return day == null ? f : f.toBuilder().tax(f.tax().paid(day)).build();
        }
    }
}
