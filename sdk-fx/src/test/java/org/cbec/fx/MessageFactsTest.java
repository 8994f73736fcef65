package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.CebMessages;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.junit.jupiter.api.Test;

class MessageFactsTest {

    /** The official export samples carry a second BaseTransfer, which lenient reading accepts. */
    private static final CebCodec LENIENT = CebCodec.builder().readPolicy(CebMessages.lenientReading()).build();

    static <M> M exportSample(MessageSpec<M> spec) {
        return LENIENT.read(OfficialSpec.read(OfficialSpec.sample("export/" + spec.messageType() + "Message.xml")), spec);
    }

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

    @Test
    void readsTheFactsOfACeb411Payment() {
        assertThat(MessageFacts.payments(Parcels.paymentMessage())).containsExactly(PaymentFacts.builder()
                .payCode("1105910159").payTransactionId("PAY-2026-0001").orderNo("ORDER-2026-0001")
                .payeeCode("1105910159").payeeName("东方物通科技(北京)有限公司").payerName("张三")
                .payerIdNumber("110101199003074514").amount(Money.of("179.70", CurrencyCode.CNY))
                .paidAt(LocalDateTime.of(2026, 11, 23, 10, 25)).build());
    }

    @Test
    void readsTheFactsOfACeb511Waybill() {
        assertThat(MessageFacts.shipments(Parcels.waybillMessage(), true)).containsExactly(ShipmentFacts.of(
                ShipmentFacts.Source.WAYBILL, "ORDER-2026-0001", "1105910160", "LP2026112300001", "张三",
                "商品1×2，商品2×3", true));
    }

    @Test
    void readsTheFactsOfACeb621Inventory() {
        assertThat(MessageFacts.shipments(Parcels.inventoryMessage(), false)).containsExactly(ShipmentFacts.of(
                ShipmentFacts.Source.INVENTORY, "ORDER-2026-0001", "1105910160", "LP2026112300001", null,
                "商品1 x2; 商品2 x3", false));
    }

    @Test
    void readsTheFactsOfTheOfficialCeb303Sample() {
        List<ExportOrderFacts> orders = MessageFacts.exportOrders(exportSample(Ceb303Message.SPEC));

        assertThat(orders).hasSize(10);
        assertThat(orders.get(0)).isEqualTo(ExportOrderFacts.of("order2018050711340001", "1105910159",
                Money.of("12345678912345.12345", CurrencyCode.CNY), LocalDate.of(2018, 5, 7)));
    }

    @Test
    void readsTheFactsOfTheOfficialCeb403Sample() {
        List<ReceiptFacts> receipts = MessageFacts.receipts(exportSample(Ceb403Message.SPEC));

        assertThat(receipts).hasSize(10);
        assertThat(receipts.get(0)).isEqualTo(ReceiptFacts.of("P20180507001", "1105910159", "order2018050711340001",
                Money.of("200.50", CurrencyCode.CNY), LocalDate.of(2018, 5, 7)));
    }

    @Test
    void readsTheFactsOfTheOfficialCeb603Sample() {
        List<ShipmentFacts> shipments = MessageFacts.shipments(exportSample(Ceb603Message.SPEC), true);

        assertThat(shipments).hasSize(10);
        ShipmentFacts s = shipments.get(0);
        assertThat(s.source()).isEqualTo(ShipmentFacts.Source.INVENTORY);
        assertThat(s.orderNo()).isEqualTo("order2018050711340001");
        assertThat(s.logisticsCode()).isEqualTo("1105910159");
        assertThat(s.logisticsNo()).isEqualTo("L2018050700001");
        assertThat(s.consignee()).isNull();
        assertThat(s.goodsInfo()).startsWith("小米盒子 x100");
        assertThat(s.shipped()).isTrue();
    }

    @Test
    void aReceiptOfTheOfficialSamplesPaysTheOrderItNames() {
        CbecFx fx = CbecFx.of(Sales.RATES);
        ExportOrderFacts order = MessageFacts.exportOrders(exportSample(Ceb303Message.SPEC)).get(0);
        ReceiptFacts receipt = MessageFacts.receipts(exportSample(Ceb403Message.SPEC)).get(0);

        ReceiptMatching matching = fx.matchReceipts(List.of(order), List.of(receipt));

        assertThat(matching.allocations()).containsExactly(new ReceiptMatching.Allocation("P20180507001",
                "order2018050711340001", Money.of("200.50", CurrencyCode.CNY), true));
    }
}
