package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.imports.Orders;
import org.junit.jupiter.api.Test;

class MessageFactsTest {

    @Test
    void readsTheFactsOfACeb311Order() {
        List<OrderFacts> facts = MessageFacts.orders(Orders.valid());

        assertThat(facts).hasSize(1);
        OrderFacts o = facts.get(0);
        assertThat(o.orderNo()).isEqualTo("ORDER-2026-0001");
        assertThat(o.paid()).isEqualTo(Money.of("179.70", CurrencyCode.CNY));
        assertThat(o.ebpCode()).isEqualTo("1105910159");
        assertThat(o.payCode()).isEqualTo("1105910159");
        assertThat(o.payTransactionId()).isEqualTo("PAY-2026-0001");
        assertThat(o.buyerName()).isEqualTo("张三");
        assertThat(o.buyerIdNumber()).isEqualTo("110101199003074514");
        assertThat(o.consignee()).isEqualTo("张三");
        assertThat(o.goodsSummary()).isEqualTo("商品1 x2; 商品2 x3");
    }
}
