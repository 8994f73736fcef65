package org.cbec.fx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.PaymentCollection;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;
import org.cbec.customs.imports.PaymentHead;

/**
 * Adapters from typed customs messages to the facts sdk-fx computes with, one static method per message type, in
 * message order:
 *
 * <ul>
 *   <li>import orders (CEB311) → {@link OrderFacts}: {@link #orders(Ceb311Message)}</li>
 *   <li>payments (CEB411) → {@link PaymentFacts}: {@link #payments(Ceb411Message)}</li>
 *   <li>waybills (CEB511) → {@link ShipmentFacts}: {@link #shipments(Ceb511Message, boolean)}</li>
 *   <li>import inventories (CEB621) → {@link ShipmentFacts}: {@link #shipments(Ceb621Message, boolean)}</li>
 *   <li>export orders (CEB303) → {@link ExportOrderFacts}: {@link #exportOrders(Ceb303Message)}</li>
 *   <li>collection receipts (CEB403) → {@link ReceiptFacts}: {@link #receipts(Ceb403Message)}</li>
 *   <li>export inventories (CEB603) → {@link ShipmentFacts}: {@link #shipments(Ceb603Message, boolean)}</li>
 * </ul>
 *
 * <p>A currency code ({@code currency}) is the customs code (142 when absent, where the import schema fixes it); a
 * missing value the facts require is an {@link IllegalArgumentException} or {@link NullPointerException} naming it.
 *
 * <pre>{@code
 * TradeBatch batch = TradeBatch.of(MessageFacts.orders(ceb311), MessageFacts.payments(ceb411),
 *         MessageFacts.shipments(ceb511, true));
 * ReconciliationReport report = fx.reconcile(batch);
 * ReceiptMatching matching = fx.matchReceipts(MessageFacts.exportOrders(ceb303), MessageFacts.receipts(ceb403));
 * }</pre>
 */
public final class MessageFacts {

    private MessageFacts() {
    }

    /** The facts of every order of a CEB311 message, in message order. */
    public static List<OrderFacts> orders(Ceb311Message message) {
        return message.orders().stream().map(MessageFacts::order).toList();
    }

    /**
     * The facts of one CEB311 order: {@code acturalPaid} in {@code currency} (142 when absent, the only value
     * the specification allows), the platform as payee, the buyer as payer, the goods as
     * {@code "itemName x qty"} per line.
     *
     * @throws IllegalArgumentException when {@code orderNo} or {@code acturalPaid} is absent or the currency
     *         code is unknown
     */
    public static OrderFacts order(Order order) {
        OrderHead h = order.orderHead();
        if (h == null || h.orderNo() == null || h.acturalPaid() == null) {
            throw new IllegalArgumentException("a CEB311 order needs orderNo and acturalPaid to reconcile: " + h);
        }
        return OrderFacts.builder()
                .orderNo(h.orderNo())
                .ebpCode(h.ebpCode())
                .ebpName(h.ebpName())
                .payCode(h.payCode())
                .payTransactionId(h.payTransactionId())
                .buyerName(h.buyerName())
                .buyerIdNumber(h.buyerIdNumber())
                .consignee(h.consignee())
                .paid(money(h.acturalPaid(), h.currency()))
                .goodsSummary(goods(order.orderList(), OrderList::itemName, OrderList::qty))
                .orderedAt(h.appTime())
                .build();
    }

    /**
     * The facts of every payment of a CEB411 message: {@code amountPaid} in {@code currency}, the platform
     * ({@code ebpCode}, {@code ebpName}) as payee, the payer, {@code payTime} as the payment time.
     *
     * <pre>{@code
     * List<PaymentFacts> payments = MessageFacts.payments(codec.read(xml, Ceb411Message.SPEC));
     * }</pre>
     *
     * @throws NullPointerException     when {@code payTransactionId}, {@code orderNo}, {@code amountPaid} or
     *                                  {@code payTime} is absent
     * @throws IllegalArgumentException when the currency code is unknown
     */
    public static List<PaymentFacts> payments(Ceb411Message message) {
        return message.payments().stream().map(p -> payment(p.paymentHead())).toList();
    }

    private static PaymentFacts payment(PaymentHead h) {
        return PaymentFacts.builder()
                .payCode(h.payCode())
                .payTransactionId(h.payTransactionId())
                .orderNo(h.orderNo())
                .payeeCode(h.ebpCode())
                .payeeName(h.ebpName())
                .payerName(h.payerName())
                .payerIdNumber(h.payerIdNumber())
                .amount(money(required(h.amountPaid(), "CEB411 amountPaid"), h.currency()))
                .paidAt(h.payTime())
                .build();
    }

    /**
     * The facts of every waybill of a CEB511 message: a {@link ShipmentFacts.Source#WAYBILL} with the consignee
     * and {@code goodsInfo}.
     *
     * <pre>{@code
     * // accepted: customs' CEB512 receipt said 120 (海关入库)
     * List<ShipmentFacts> shipments = MessageFacts.shipments(ceb511, accepted);
     * }</pre>
     *
     * @param accepted whether the goods have left (the waybills were accepted); the message itself does not say
     * @throws NullPointerException when {@code orderNo} or {@code logisticsNo} is absent
     */
    public static List<ShipmentFacts> shipments(Ceb511Message message, boolean accepted) {
        return message.logisticss().stream().map(l -> {
            LogisticsHead h = l.logisticsHead();
            return ShipmentFacts.of(ShipmentFacts.Source.WAYBILL, h.orderNo(), h.logisticsCode(), h.logisticsNo(),
                    h.consignee(), h.goodsInfo(), accepted);
        }).toList();
    }

    /**
     * The facts of every inventory of a CEB621 message: an {@link ShipmentFacts.Source#INVENTORY} with the goods as
     * {@code "itemName x qty"} per line. An import inventory names the buyer, not the consignee, so the consignee is
     * {@code null}: reconcile with the waybill ({@link #shipments(Ceb511Message, boolean)}) to compare consignees.
     *
     * <pre>{@code
     * // released: customs' CEB622 receipt said 800 (放行)
     * List<ShipmentFacts> shipments = MessageFacts.shipments(ceb621, released);
     * }</pre>
     *
     * @param released whether the inventories were released (放行); the message itself does not say
     * @throws NullPointerException when {@code orderNo} or {@code logisticsNo} is absent
     */
    public static List<ShipmentFacts> shipments(Ceb621Message message, boolean released) {
        return message.inventorys().stream().map(i -> {
            org.cbec.customs.imports.InventoryHead h = i.inventoryHead();
            return inventory(h.orderNo(), h.logisticsCode(), h.logisticsNo(), goods(i.inventoryList(),
                    org.cbec.customs.imports.InventoryList::itemName, org.cbec.customs.imports.InventoryList::qty),
                    released);
        }).toList();
    }

    /**
     * The facts of every inventory of a CEB603 export inventory message: an {@link ShipmentFacts.Source#INVENTORY}
     * without consignee (an export inventory has none), with the goods as {@code "gname x qty"} per line.
     *
     * <pre>{@code
     * List<ShipmentFacts> shipments = MessageFacts.shipments(ceb603, released);
     * }</pre>
     *
     * @param released whether the inventories were released (放行); the message itself does not say
     * @throws NullPointerException when {@code orderNo} or {@code logisticsNo} is absent
     */
    public static List<ShipmentFacts> shipments(Ceb603Message message, boolean released) {
        return message.inventorys().stream().map(i -> {
            org.cbec.customs.exports.InventoryHead h = i.inventoryHead();
            return inventory(h.orderNo(), h.logisticsCode(), h.logisticsNo(), goods(i.inventoryList(),
                    org.cbec.customs.exports.InventoryList::gname, org.cbec.customs.exports.InventoryList::qty),
                    released);
        }).toList();
    }

    /** An inventory's shipment: inventories name no consignee. */
    private static ShipmentFacts inventory(String orderNo, String logisticsCode, String logisticsNo, String goods,
                                           boolean released) {
        return ShipmentFacts.of(ShipmentFacts.Source.INVENTORY, orderNo, logisticsCode, logisticsNo, null, goods,
                released);
    }

    /**
     * The facts of every order of a CEB303 export order message: the seller ({@code ebcCode}) is owed
     * {@code goodsValue + freight} in {@code currency}; the message carries no order date, so the date of
     * {@code appTime} (报送时间) stands for it.
     *
     * <pre>{@code
     * List<ExportOrderFacts> orders = MessageFacts.exportOrders(codec.read(xml, Ceb303Message.SPEC));
     * }</pre>
     *
     * @throws NullPointerException     when {@code orderNo}, {@code ebcCode}, {@code goodsValue}, {@code freight},
     *                                  {@code currency} or {@code appTime} is absent
     * @throws IllegalArgumentException when the currency code is unknown or the amount is not above zero
     */
    public static List<ExportOrderFacts> exportOrders(Ceb303Message message) {
        return message.orders().stream().map(o -> {
            org.cbec.customs.exports.OrderHead h = o.orderHead();
            BigDecimal due = required(h.goodsValue(), "CEB303 goodsValue").add(required(h.freight(), "CEB303 freight"));
            return ExportOrderFacts.of(h.orderNo(), h.ebcCode(),
                    money(due, required(h.currency(), "CEB303 currency")),
                    required(h.appTime(), "CEB303 appTime").toLocalDate());
        }).toList();
    }

    /**
     * The facts of every collection receipt of a CEB403 message: {@code charge} in {@code currency} credited to the
     * seller ({@code ebcCode}) for {@code orderNo} on the date of {@code accountingDate}; the receipt id is
     * {@code payNo} (支付交易编号), or the receipt's {@code guid} when it has none.
     *
     * <pre>{@code
     * List<ReceiptFacts> receipts = MessageFacts.receipts(codec.read(xml, Ceb403Message.SPEC));
     * }</pre>
     *
     * @throws NullPointerException     when {@code ebcCode}, {@code charge}, {@code currency} or
     *                                  {@code accountingDate} (or both {@code payNo} and {@code guid}) is absent
     * @throws IllegalArgumentException when the currency code is unknown or the amount is not above zero
     */
    public static List<ReceiptFacts> receipts(Ceb403Message message) {
        return message.paymentCollections().stream().map(MessageFacts::receipt).toList();
    }

    private static ReceiptFacts receipt(PaymentCollection r) {
        return ReceiptFacts.of(r.payNo() != null ? r.payNo() : r.guid(), r.ebcCode(), r.orderNo(),
                money(required(r.charge(), "CEB403 charge"), required(r.currency(), "CEB403 currency")),
                required(r.accountingDate(), "CEB403 accountingDate").toLocalDate());
    }

    /** {@code amount} in the customs currency {@code code}, 142 (CNY) when absent. */
    private static Money money(BigDecimal amount, String code) {
        return Money.of(amount, Currencies.requireCustoms(code == null ? "142" : code));
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, name + " is absent");
    }

    private static <L> String goods(List<L> lines, Function<L, String> name, Function<L, BigDecimal> qty) {
        return lines.stream()
                .map(l -> name.apply(l) + " x"
                        + (qty.apply(l) == null ? "?" : qty.apply(l).stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining("; "));
    }
}
