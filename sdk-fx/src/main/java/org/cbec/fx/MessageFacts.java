package org.cbec.fx;

import java.util.List;
import java.util.stream.Collectors;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;

/**
 * Adapters from typed customs messages to the facts sdk-fx computes with.
 *
 * <p>Available: import orders (CEB311) → {@link OrderFacts}. Not yet: the typed classes of payments (CEB411),
 * waybills (CEB511), inventories (CEB621), export orders (CEB303), collection receipts (CEB403) and export
 * inventories (CEB603) are not in sdk-customs yet. Until they are, build {@link PaymentFacts},
 * {@link ShipmentFacts}, {@link ExportOrderFacts} and {@link ReceiptFacts} with their builders and factories;
 * each adapter will be one static method here ({@code payments(Ceb411Message)}, {@code shipments(Ceb511Message)},
 * …), mapping the fields their Javadoc names.
 *
 * <pre>{@code
 * List<OrderFacts> orders = MessageFacts.orders(codec.read(xml, Ceb311Message.SPEC));
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
        String currency = h.currency() == null ? "142" : h.currency();
        return OrderFacts.builder()
                .orderNo(h.orderNo())
                .ebpCode(h.ebpCode())
                .ebpName(h.ebpName())
                .payCode(h.payCode())
                .payTransactionId(h.payTransactionId())
                .buyerName(h.buyerName())
                .buyerIdNumber(h.buyerIdNumber())
                .consignee(h.consignee())
                .paid(Money.of(h.acturalPaid(), Currencies.requireCustoms(currency)))
                .goodsSummary(goods(order.orderList()))
                .orderedAt(h.appTime())
                .build();
    }

    private static String goods(List<OrderList> lines) {
        return lines.stream()
                .map(l -> l.itemName() + " x" + (l.qty() == null ? "?" : l.qty().stripTrailingZeros().toPlainString()))
                .collect(Collectors.joining("; "));
    }
}
