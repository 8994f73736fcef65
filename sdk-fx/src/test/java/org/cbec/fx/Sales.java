package org.cbec.fx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.spi.RateSource;

/** Consistent sales (order, payment, waybill) and the rates of one day, to start tests from. */
final class Sales {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final String PLATFORM = "1105910159";
    static final String PAYMENT_INSTITUTION = "312226T001";

    static final RateSource RATES = RateSources.inMemory(List.of(
            ExchangeRate.centralParity(CurrencyCode.USD, DAY, "7.1012"),
            ExchangeRate.centralParity(CurrencyCode.EUR, DAY, "8.2310"),
            ExchangeRate.centralParity(CurrencyCode.JPY, DAY, "0.046926")));

    private Sales() {
    }

    static OrderFacts order(String orderNo, String buyer, String idNumber, Money paid) {
        return OrderFacts.builder().orderNo(orderNo).ebpCode(PLATFORM).ebpName("东方物通科技(北京)有限公司")
                .payCode(PAYMENT_INSTITUTION).payTransactionId("PAY-" + orderNo).buyerName(buyer).buyerIdNumber(idNumber)
                .consignee(buyer).paid(paid).goodsSummary("面霜 x2; 精华 x1").orderedAt(DAY.atTime(9, 30)).build();
    }

    static PaymentFacts payment(OrderFacts order, Money amount) {
        return PaymentFacts.builder().payCode(order.payCode()).payTransactionId(order.payTransactionId())
                .orderNo(order.orderNo()).payeeCode(order.ebpCode()).payeeName(order.ebpName())
                .payerName(order.buyerName()).payerIdNumber(order.buyerIdNumber()).amount(amount)
                .paidAt(LocalDateTime.of(DAY, java.time.LocalTime.of(10, 5))).build();
    }

    static ShipmentFacts waybill(OrderFacts order) {
        return ShipmentFacts.of(ShipmentFacts.Source.WAYBILL, order.orderNo(), "1105910159", "SF" + order.orderNo(),
                order.consignee(), "cosmetics", true);
    }
}
