package org.cbec.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class UsdPricedImportTest {

    @Test
    void dollarPricesAreFiledInYuanReleasedReconciledAndSettledInDollars() throws Exception {

        Printed<UsdPricedImport.Outcome> run = Printed.run(out -> UsdPricedImport.run(LocalDate.now(CustomsTime.ZONE), out));
        UsdPricedImport.Outcome outcome = run.outcome();

        assertThat(outcome.statuses()).isEqualTo(ImportParcel.RELEASED); // the inventory at 800, the rest at 120
        assertThat(outcome.order().orders().get(0).orderList()).extracting(OrderList::price)
                .containsExactly(new BigDecimal("49.71"), new BigDecimal("177.53")); // USD 7.00 and 25.00 at 7.1012
        OrderHead head = outcome.order().orders().get(0).orderHead();
        assertThat(head.goodsValue()).isEqualByComparingTo("276.95");
        assertThat(head.freight()).isEqualByComparingTo("9.94");
        assertThat(outcome.report().discrepancies()).isEmpty();
        assertThat(outcome.report().agreedOrders()).containsExactly("ORDER-USD-0001");
        assertThat(outcome.records()).singleElement().satisfies(r -> assertThat(r.amount().amount()).isEqualByComparingTo(head.acturalPaid()));
        assertThat(outcome.toSeller().currency()).isEqualTo(CurrencyCode.USD);
        assertThat(outcome.toSeller().amount()).isEqualByComparingTo("40.40"); // 286.89 CNY at 7.1012
        assertThat(run.text()).doesNotContain("110101199003074514");
    }
}
