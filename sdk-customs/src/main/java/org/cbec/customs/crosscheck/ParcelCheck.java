package org.cbec.customs.crosscheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.cbec.core.validation.Sensitivity;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;
import org.cbec.customs.imports.PaymentHead;

/**
 * The cross-message checks customs runs on one import parcel (三单对碰 / 四单比对): order (CEB311), payment (CEB411),
 * waybill (CEB511) and inventory (CEB621) must agree. Run it before sending; any of the four may be absent, and a
 * rule that needs an absent message or an absent optional field is skipped. Each field's own format is the
 * validator's business, not this check's.
 *
 * <pre>{@code
 * List<Finding> findings = ParcelCheck.of(order, payment, waybill, inventory).findings();
 * findings.forEach(f -> log.warn("{}", f)); // CEB-P001 ORDER_NO: CEB311 OrderHead.orderNo 'A1' vs CEB411 PaymentHead.orderNo 'A2': …
 * }</pre>
 *
 * <p>Amounts compare to the fen (0.01 CNY). The single-transaction limit is 5,000 CNY of transaction value, taken as
 * the order's goodsValue + freight (the dutiable price of spec 3.1.4 and the 2018 retail import policy).
 */
public final class ParcelCheck {

    /** The single-transaction limit of cross-border retail import, in CNY. */
    public static final BigDecimal TRANSACTION_LIMIT = new BigDecimal("5000.00");

    private static final String ORDER = "CEB311";
    private static final String PAYMENT = "CEB411";
    private static final String WAYBILL = "CEB511";
    private static final String INVENTORY = "CEB621";

    private final OrderHead order;
    private final List<OrderList> orderLines;
    private final PaymentHead payment;
    private final LogisticsHead waybill;
    private final InventoryHead inventory;
    private final List<InventoryList> inventoryLines;
    private Agreement agreement = new Agreement();

    private ParcelCheck(Order order, PaymentHead payment, LogisticsHead waybill, Inventory inventory) {
        this.order = order == null ? null : order.orderHead();
        this.orderLines = order == null ? List.of() : order.orderList();
        this.payment = payment;
        this.waybill = waybill;
        this.inventory = inventory == null ? null : inventory.inventoryHead();
        this.inventoryLines = inventory == null ? List.of() : inventory.inventoryList();
    }

    /** The checks of one parcel; pass {@code null} for a message you do not have. */
    public static ParcelCheck of(Order order, PaymentHead payment, LogisticsHead waybill, Inventory inventory) {
        return new ParcelCheck(order, payment, waybill, inventory);
    }

    /** Every disagreement, in rule order; empty when the parcel is consistent. */
    public List<Finding> findings() {
        agreement = new Agreement();
        if (order != null) {
            orderAgainstOthers();
            goodsLines();
            transactionLimit();
        }
        if (waybill != null && inventory != null) {
            same(ParcelRule.WAYBILL_NO, WAYBILL, "LogisticsHead.logisticsNo", waybill.logisticsNo(), INVENTORY, "InventoryHead.logisticsNo",
                    inventory.logisticsNo(), Sensitivity.NONE);
            same(ParcelRule.WAYBILL_NO, WAYBILL, "LogisticsHead.logisticsCode", waybill.logisticsCode(), INVENTORY,
                    "InventoryHead.logisticsCode", inventory.logisticsCode(), Sensitivity.NONE);
        }
        return agreement.findings();
    }

    private void orderAgainstOthers() {
        if (payment != null) {
            orderField(ParcelRule.ORDER_NO, "orderNo", OrderHead::orderNo, PAYMENT, "PaymentHead.orderNo", payment.orderNo(), Sensitivity.NONE);
            orderField(ParcelRule.PLATFORM_CODE, "ebpCode", OrderHead::ebpCode, PAYMENT, "PaymentHead.ebpCode", payment.ebpCode(), Sensitivity.NONE);
            orderField(ParcelRule.BUYER_NAME, "buyerName", OrderHead::buyerName, PAYMENT, "PaymentHead.payerName", payment.payerName(), Sensitivity.NAME);
            orderField(ParcelRule.BUYER_ID_NUMBER, "buyerIdNumber", OrderHead::buyerIdNumber, PAYMENT, "PaymentHead.payerIdNumber",
                    payment.payerIdNumber(), Sensitivity.ID_NUMBER);
            orderField(ParcelRule.PAYMENT_TRANSACTION, "payCode", OrderHead::payCode, PAYMENT, "PaymentHead.payCode", payment.payCode(), Sensitivity.NONE);
            orderField(ParcelRule.PAYMENT_TRANSACTION, "payTransactionId", OrderHead::payTransactionId, PAYMENT, "PaymentHead.payTransactionId",
                    payment.payTransactionId(), Sensitivity.NONE);
            orderField(ParcelRule.CURRENCY, "currency", OrderHead::currency, PAYMENT, "PaymentHead.currency", payment.currency(), Sensitivity.NONE);
            paidAmount();
        }
        if (waybill != null) {
            orderField(ParcelRule.ORDER_NO, "orderNo", OrderHead::orderNo, WAYBILL, "LogisticsHead.orderNo", waybill.orderNo(), Sensitivity.NONE);
            orderField(ParcelRule.CURRENCY, "currency", OrderHead::currency, WAYBILL, "LogisticsHead.currency", waybill.currency(), Sensitivity.NONE);
            orderField(ParcelRule.CONSIGNEE, "consignee", OrderHead::consignee, WAYBILL, "LogisticsHead.consignee", waybill.consignee(), Sensitivity.NAME);
            orderField(ParcelRule.CONSIGNEE, "consigneeTelephone", OrderHead::consigneeTelephone, WAYBILL, "LogisticsHead.consigneeTelephone",
                    waybill.consigneeTelephone(), Sensitivity.PHONE);
            orderField(ParcelRule.CONSIGNEE, "consigneeAddress", OrderHead::consigneeAddress, WAYBILL, "LogisticsHead.consigneeAddress",
                    waybill.consigneeAddress(), Sensitivity.ADDRESS);
        }
        if (inventory != null) {
            orderField(ParcelRule.ORDER_NO, "orderNo", OrderHead::orderNo, INVENTORY, "InventoryHead.orderNo", inventory.orderNo(), Sensitivity.NONE);
            orderField(ParcelRule.PLATFORM_CODE, "ebpCode", OrderHead::ebpCode, INVENTORY, "InventoryHead.ebpCode", inventory.ebpCode(), Sensitivity.NONE);
            orderField(ParcelRule.SELLER_CODE, "ebcCode", OrderHead::ebcCode, INVENTORY, "InventoryHead.ebcCode", inventory.ebcCode(), Sensitivity.NONE);
            orderField(ParcelRule.BUYER_NAME, "buyerName", OrderHead::buyerName, INVENTORY, "InventoryHead.buyerName", inventory.buyerName(),
                    Sensitivity.NAME);
            orderField(ParcelRule.BUYER_ID_NUMBER, "buyerIdNumber", OrderHead::buyerIdNumber, INVENTORY, "InventoryHead.buyerIdNumber",
                    inventory.buyerIdNumber(), Sensitivity.ID_NUMBER);
            orderField(ParcelRule.CURRENCY, "currency", OrderHead::currency, INVENTORY, "InventoryHead.currency", inventory.currency(), Sensitivity.NONE);
            orderField(ParcelRule.CONSIGNEE, "consigneeAddress", OrderHead::consigneeAddress, INVENTORY, "InventoryHead.consigneeAddress",
                    inventory.consigneeAddress(), Sensitivity.ADDRESS);
        }
    }

    private void paidAmount() {
        BigDecimal expected = sum(order.goodsValue(), order.freight(), order.taxTotal(), negate(order.discount()));
        if (expected != null && payment.amountPaid() != null && fen(expected).compareTo(fen(payment.amountPaid())) != 0) {
            agreement.add(new Finding(ParcelRule.PAID_AMOUNT, new Finding.Side(ORDER, "OrderHead.goodsValue+freight+taxTotal-discount", fen(expected).toPlainString()),
                    new Finding.Side(PAYMENT, "PaymentHead.amountPaid", payment.amountPaid().toPlainString()),
                    "the amount paid must equal goods value + freight + tax - discount to the fen"));
        }
    }

    private void transactionLimit() {
        BigDecimal value = sum(order.goodsValue(), order.freight());
        if (value != null && fen(value).compareTo(TRANSACTION_LIMIT) > 0) {
            agreement.add(new Finding(ParcelRule.TRANSACTION_LIMIT, new Finding.Side(ORDER, "OrderHead.goodsValue+freight", fen(value).toPlainString()),
                    new Finding.Side("policy", "single-transaction limit", TRANSACTION_LIMIT.toPlainString()),
                    "the transaction value is over the 5,000 CNY single-transaction limit of retail import"));
        }
    }

    private void goodsLines() {
        if (inventory == null && inventoryLines.isEmpty()) {
            return;
        }
        Map<Integer, InventoryList> byGnum = new TreeMap<>();
        inventoryLines.forEach(l -> byGnum.put(l.gnum(), l));
        for (OrderList o : orderLines) {
            InventoryList i = byGnum.remove(o.gnum());
            String op = "OrderList[gnum=" + o.gnum() + "].";
            String ip = "InventoryList[gnum=" + o.gnum() + "].";
            if (i == null) {
                agreement.add(new Finding(ParcelRule.GOODS_LINES, new Finding.Side(ORDER, op + "gnum", String.valueOf(o.gnum())),
                        new Finding.Side(INVENTORY, "InventoryList", null), "the order line has no inventory line"));
                continue;
            }
            same(ParcelRule.GOODS_LINES, ORDER, op + "itemNo", o.itemNo(), INVENTORY, ip + "itemNo", i.itemNo(), Sensitivity.NONE);
            same(ParcelRule.GOODS_LINES, ORDER, op + "itemName", o.itemName(), INVENTORY, ip + "itemName", i.itemName(), Sensitivity.NONE);
            amount(op + "qty", o.qty(), ip + "qty", i.qty());
            amount(op + "price", o.price(), ip + "price", i.price());
            amount(op + "totalPrice", o.totalPrice(), ip + "totalPrice", i.totalPrice());
        }
        byGnum.forEach((gnum, i) -> agreement.add(new Finding(ParcelRule.GOODS_LINES, new Finding.Side(ORDER, "OrderList", null),
                new Finding.Side(INVENTORY, "InventoryList[gnum=" + gnum + "].gnum", String.valueOf(gnum)),
                "the inventory line has no order line")));
    }

    private void amount(String leftPath, BigDecimal left, String rightPath, BigDecimal right) {
        agreement.amount(ParcelRule.GOODS_LINES, ORDER, leftPath, left, INVENTORY, rightPath, right, "order and inventory line differ");
    }

    private void orderField(ParcelRule rule, String tag, Function<OrderHead, String> getter, String otherType, String otherPath,
                            String otherValue, Sensitivity sensitivity) {
        same(rule, ORDER, "OrderHead." + tag, getter.apply(order), otherType, otherPath, otherValue, sensitivity);
    }

    private void same(ParcelRule rule, String leftType, String leftPath, String left, String rightType, String rightPath, String right,
                      Sensitivity sensitivity) {
        agreement.same(rule, leftType, leftPath, left, rightType, rightPath, right, sensitivity);
    }

    private static BigDecimal sum(BigDecimal... values) {
        return Agreement.sum(values);
    }

    private static BigDecimal negate(BigDecimal v) {
        return v == null ? null : v.negate();
    }

    private static BigDecimal fen(BigDecimal v) {
        return Agreement.fen(v);
    }
}
