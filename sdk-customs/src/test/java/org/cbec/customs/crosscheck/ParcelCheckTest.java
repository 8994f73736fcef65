package org.cbec.customs.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.imports.PaymentHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParcelCheckTest {

    /** One parcel: the consistent fixture with at most one message replaced. */
    private record Parcel(Order order, PaymentHead payment, LogisticsHead waybill, Inventory inventory) {
        static Parcel consistent() {
            return new Parcel(Parcels.order(), Parcels.payment(), Parcels.waybill(), Parcels.inventory());
        }

        java.util.List<Finding> findings() {
            return ParcelCheck.of(order, payment, waybill, inventory).findings();
        }
    }

    private static Parcel payment(UnaryOperator<PaymentHead.Builder> change) {
        Parcel p = Parcel.consistent();
        return new Parcel(p.order(), change.apply(p.payment().toBuilder()).build(), p.waybill(), p.inventory());
    }

    private static Parcel waybill(UnaryOperator<LogisticsHead.Builder> change) {
        Parcel p = Parcel.consistent();
        return new Parcel(p.order(), p.payment(), change.apply(p.waybill().toBuilder()).build(), p.inventory());
    }

    private static Parcel inventoryHead(UnaryOperator<org.cbec.customs.imports.InventoryHead.Builder> change) {
        Parcel p = Parcel.consistent();
        Inventory inv = p.inventory().toBuilder().inventoryHead(change.apply(p.inventory().inventoryHead().toBuilder()).build()).build();
        return new Parcel(p.order(), p.payment(), p.waybill(), inv);
    }

    @Test
    void consistentParcelHasNoFindingAndEveryMessageIsValid() {
        assertThat(Parcel.consistent().findings()).isEmpty();
        CebCodec codec = CebCodec.ofDefaults();
        assertThat(codec.validate(Parcels.paymentMessage()).violations()).isEmpty();
        assertThat(codec.validate(Parcels.waybillMessage()).violations()).isEmpty();
        assertThat(codec.validate(Parcels.inventoryMessage()).violations()).isEmpty();
        OfficialSpec.assertValid(OfficialSpec.withPlaceholderSignature(codec.write(Parcels.inventoryMessage())), "ceb-import-202205.xsd");
    }

    static Stream<Arguments> singleChanges() {
        return Stream.of(
                Arguments.of(ParcelRule.ORDER_NO, payment(b -> b.orderNo("ORDER-OTHER")), "CEB411 PaymentHead.orderNo", "ORDER-2026-0001", "ORDER-OTHER"),
                Arguments.of(ParcelRule.PLATFORM_CODE, inventoryHead(b -> b.ebpCode("1105910199")), "CEB621 InventoryHead.ebpCode", "1105910159", "1105910199"),
                Arguments.of(ParcelRule.SELLER_CODE, inventoryHead(b -> b.ebcCode("1105910199")), "CEB621 InventoryHead.ebcCode", "1105910159", "1105910199"),
                Arguments.of(ParcelRule.BUYER_NAME, payment(b -> b.payerName("李四")), "CEB411 PaymentHead.payerName", "张*", "李*"),
                Arguments.of(ParcelRule.BUYER_ID_NUMBER, inventoryHead(b -> b.buyerIdNumber("11010119900307451X")),
                        "CEB621 InventoryHead.buyerIdNumber", "110***********4514", "110***********451X"),
                Arguments.of(ParcelRule.PAYMENT_TRANSACTION, payment(b -> b.payTransactionId("PAY-OTHER")), "CEB411 PaymentHead.payTransactionId",
                        "PAY-2026-0001", "PAY-OTHER"),
                Arguments.of(ParcelRule.WAYBILL_NO, inventoryHead(b -> b.logisticsNo("LP-OTHER")), "CEB621 InventoryHead.logisticsNo",
                        "LP2026112300001", "LP-OTHER"),
                Arguments.of(ParcelRule.PAID_AMOUNT, payment(b -> b.amountPaid(new BigDecimal("179.71"))), "CEB411 PaymentHead.amountPaid",
                        "179.70", "179.71"),
                Arguments.of(ParcelRule.CURRENCY, payment(b -> b.currency("502")), "CEB411 PaymentHead.currency", "142", "502"),
                Arguments.of(ParcelRule.CONSIGNEE, waybill(b -> b.consigneeTelephone("13900000000")), "CEB511 LogisticsHead.consigneeTelephone",
                        "135****2231", "139****0000"),
                Arguments.of(ParcelRule.GOODS_LINES, inventoryLine2(l -> l.qty(new BigDecimal("4"))), "CEB621 InventoryList[gnum=2].qty", "3", "4"),
                Arguments.of(ParcelRule.TRANSACTION_LIMIT, overLimit(), "policy single-transaction limit", "5010.01", "5000.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleChanges")
    void aParcelWithOneFieldChangedHasExactlyThatFinding(ParcelRule rule, Parcel parcel, String rightField, String leftValue, String rightValue) {
        assertThat(parcel.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.right().messageType() + " " + f.right().path()).isEqualTo(rightField);
            assertThat(f.left().value()).isEqualTo(leftValue);
            assertThat(f.right().value()).isEqualTo(rightValue);
            assertThat(f.toString()).startsWith(rule.code());
        });
    }

    private static Parcel inventoryLine2(UnaryOperator<InventoryList.Builder> change) {
        Parcel p = Parcel.consistent();
        Inventory inv = p.inventory().toBuilder().inventoryList(java.util.List.of(p.inventory().inventoryList().get(0),
                change.apply(p.inventory().inventoryList().get(1).toBuilder()).build())).build();
        return new Parcel(p.order(), p.payment(), p.waybill(), inv);
    }

    /** Freight raised so goods + freight is 5,010.01 CNY, with the paid amounts following so only the limit fails. */
    private static Parcel overLimit() {
        Parcel p = Parcel.consistent();
        var head = p.order().orderHead();
        BigDecimal freight = new BigDecimal("4850.01");
        BigDecimal paid = head.acturalPaid().add(freight).subtract(head.freight());
        Order order = p.order().toBuilder().orderHead(head.toBuilder().freight(freight).acturalPaid(paid).build()).build();
        return new Parcel(order, p.payment().toBuilder().amountPaid(paid).build(), p.waybill(), p.inventory());
    }

    @Test
    void changingTheOrderSideIsFoundAgainstEveryMessageThatCarriesTheField() {
        Parcel p = Parcel.consistent();
        Order order = p.order().toBuilder().orderHead(p.order().orderHead().toBuilder().orderNo("ORDER-OTHER").build()).build();

        assertThat(new Parcel(order, p.payment(), p.waybill(), p.inventory()).findings())
                .extracting(f -> f.right().messageType()).containsExactly("CEB411", "CEB511", "CEB621");
    }

    @Test
    void missingMessagesSkipTheirRules() {
        assertThat(ParcelCheck.of(Parcels.order(), null, null, null).findings()).isEmpty();
        assertThat(ParcelCheck.of(null, Parcels.payment(), Parcels.waybill(), null).findings()).isEmpty();
        assertThat(ParcelCheck.of(null, null, null, null).findings()).isEmpty();
    }

    @Test
    void anInventoryLineWithoutOrderLineIsFound() {
        Parcel p = Parcel.consistent();
        Inventory inv = p.inventory().toBuilder().addInventoryList(p.inventory().inventoryList().get(0).toBuilder().gnum(3).build()).build();

        assertThat(new Parcel(p.order(), p.payment(), p.waybill(), inv).findings()).singleElement()
                .satisfies(f -> assertThat(f.right().path()).isEqualTo("InventoryList[gnum=3].gnum"));
    }
}
