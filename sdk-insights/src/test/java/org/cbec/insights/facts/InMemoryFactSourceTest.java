package org.cbec.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.insights.Filings;
import org.junit.jupiter.api.Test;

class InMemoryFactSourceTest extends FactSourceContract {

    @Override
    protected FactSource sourceOf(List<Filed> filed) {
        InMemoryFactSource.Builder b = InMemoryFactSource.builder(KEYS);
        filed.forEach(f -> b.filed(f.message(), f.submittedAt()));
        return b.build();
    }

    @Test
    void theBuilderMatchesReceiptsAndTaxBillsGivenInAnyOrderToWhatTheyAnswer() {
        LocalDateTime filed = LocalDateTime.of(2026, 11, 2, 9, 0);
        Ceb621Message a = Filings.inventory(1).at(filed).build();
        Ceb621Message b = Filings.inventory(2).at(filed.plusMinutes(1)).build();
        InMemoryFactSource source = InMemoryFactSource.builder()
                .receipt(Filings.taxBill("51002026I000000001", "12.30", filed.plusDays(1)))
                .receipt(Filings.receipt(b, "100", filed.plusHours(1), "订购人身份信息校验未通过", null))
                .filed(a, CustomsTime.toInstant(filed)).filed(b, CustomsTime.toInstant(filed.plusMinutes(1)))
                .receipt(Filings.receipt(a, "800", filed.plusHours(2), "放行", "51002026I000000001"))
                .taxPaid("TAX51002026I000000001", LocalDate.of(2026, 12, 10))
                .build();

        try (Stream<FilingFact> s = source.facts(FactQuery.all())) {
            List<FilingFact> facts = s.toList();
            assertThat(facts).extracting(FilingFact::orderNo, FilingFact::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("ORDER-1", FilingStatus.RELEASED),
                    org.assertj.core.groups.Tuple.tuple("ORDER-2", FilingStatus.REJECTED));
            assertThat(facts.get(0).tax().amount()).isEqualByComparingTo("12.30");
            assertThat(facts.get(0).tax().paidOn()).isEqualTo(LocalDate.of(2026, 12, 10));
            assertThat(facts.get(1).tax()).isNull();
        }
    }
}
