package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cbec.fx.Sales.order;
import static org.cbec.fx.Sales.payment;
import static org.cbec.fx.Sales.waybill;

import java.io.StringWriter;
import java.util.List;
import org.cbec.customs.codes.CurrencyCode;
import org.junit.jupiter.api.Test;

class FxRecordsTest {

    private static final String ID = "110101199003074514";

    private final CbecFx fx = CbecFx.of(Sales.RATES);
    private final OrderFacts order = order("O-1", "张三", ID, Money.of("179.70", CurrencyCode.CNY))
            .toBuilder().goodsSummary("面霜 x2, \"大号\"").build();
    private final PaymentFacts payment = payment(order, Money.of("25.31", CurrencyCode.USD));

    @Test
    void buildsOneRecordPerPaymentFromOrderPaymentAndWaybill() {
        OrderFacts other = order("O-2", "李四", ID, Money.of("10.00", CurrencyCode.CNY));
        TradeBatch batch = TradeBatch.of(List.of(order, other), List.of(payment, payment(other, other.paid())),
                List.of(waybill(order))); // O-2 has no waybill: no record, reconcile reports it

        List<FxTransactionRecord> records = fx.transactionRecords(batch);

        assertThat(records).hasSize(1);
        FxTransactionRecord r = records.get(0);
        assertThat(r.orderNo()).isEqualTo("O-1");
        assertThat(r.payTransactionId()).isEqualTo("PAY-O-1");
        assertThat(r.payerName()).isEqualTo("张三");
        assertThat(r.payeeCode()).isEqualTo(Sales.PLATFORM);
        assertThat(r.amount()).isEqualTo(Money.of("25.31", CurrencyCode.USD));
        assertThat(r.logisticsNo()).isEqualTo("SFO-1");
        assertThat(r.goodsSummary()).isEqualTo("面霜 x2, \"大号\"");
    }

    @Test
    void refusesFlowsOfDifferentOrders() {
        OrderFacts other = order("O-2", "李四", ID, Money.of("10.00", CurrencyCode.CNY));
        assertThatThrownBy(() -> FxTransactionRecord.of(order, payment, waybill(other)))
                .hasMessageContaining("are not one sale");
    }

    @Test
    void masksThePayerWhenLoggedButExportsItInClear() throws Exception {
        FxTransactionRecord r = FxTransactionRecord.of(order, payment, waybill(order));
        assertThat(r.toString()).contains("payerName=张*", "payerIdNumber=110***********4514").doesNotContain(ID, "张三");

        StringWriter csv = new StringWriter();
        FxRecords.writeCsv(List.of(r), csv);
        assertThat(csv.toString()).isEqualTo(
                "orderNo,payTransactionId,payCode,payerName,payerIdNumber,payeeCode,payeeName,amount,currency,currencyIso,"
                        + "logisticsCode,logisticsNo,goodsSummary,paidAt\r\n"
                        + "O-1,PAY-O-1,312226T001,张三,110101199003074514,1105910159,东方物通科技(北京)有限公司,25.31,502,USD,"
                        + "1105910159,SFO-1,\"面霜 x2, \"\"大号\"\"\",2026-11-23T10:05\r\n");

        StringWriter json = new StringWriter();
        FxRecords.writeJson(List.of(r), json);
        assertThat(json.toString()).isEqualTo("[{\"orderNo\":\"O-1\",\"payTransactionId\":\"PAY-O-1\",\"payCode\":\"312226T001\","
                + "\"payerName\":\"张三\",\"payerIdNumber\":\"110101199003074514\",\"payeeCode\":\"1105910159\","
                + "\"payeeName\":\"东方物通科技(北京)有限公司\",\"amount\":25.31,\"currency\":\"502\",\"currencyIso\":\"USD\","
                + "\"logisticsCode\":\"1105910159\",\"logisticsNo\":\"SFO-1\",\"goodsSummary\":\"面霜 x2, \\\"大号\\\"\","
                + "\"paidAt\":\"2026-11-23T10:05\"}]");
    }

    @Test
    void anEmptyBatchExportsAHeaderAndAnEmptyArray() throws Exception {
        StringWriter csv = new StringWriter();
        FxRecords.writeCsv(List.of(), csv);
        assertThat(csv.toString()).isEqualTo(String.join(",", FxRecords.COLUMNS) + "\r\n");
        StringWriter json = new StringWriter();
        FxRecords.writeJson(List.of(), json);
        assertThat(json.toString()).isEqualTo("[]");
    }

    @Test
    void factsMaskPersonalDataInToString() {
        assertThat(order.toString()).doesNotContain(ID, "张三");
        assertThat(payment.toString()).doesNotContain(ID, "张三");
        assertThat(waybill(order).toString()).doesNotContain("张三");
    }
}
