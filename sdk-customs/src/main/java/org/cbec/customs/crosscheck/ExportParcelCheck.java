package org.cbec.customs.crosscheck;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cbec.core.validation.Sensitivity;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.exports.InventoryList;
import org.cbec.customs.exports.Logistics;
import org.cbec.customs.exports.Order;
import org.cbec.customs.exports.OrderHead;
import org.cbec.customs.exports.OrderList;
import org.cbec.customs.exports.PaymentCollection;

/**
 * The cross-message checks customs runs on one export parcel (四单比对), the export twin of {@link ParcelCheck}: order
 * (CEB303), collection receipt (CEB403), waybill (CEB505) and inventory (CEB603) must agree. Run it before sending;
 * any of the four may be absent (a 9810 booking often has no collection yet), and a rule that needs an absent message
 * or field is skipped.
 *
 * <ul>
 *   <li>{@link ParcelRule#ORDER_NO}: the order number of order, collection and inventory;</li>
 *   <li>{@link ParcelRule#ORDER_TYPE}: the order's type against the inventory's trade mode: {@code E} (B2C) with 9610 or
 *       1210, {@code B} (B2B) with 9710, {@code W} (overseas-warehouse booking) with 9810;</li>
 *   <li>{@link ParcelRule#PLATFORM_CODE}, {@link ParcelRule#SELLER_CODE}: the platform (or overseas warehouse) and the
 *       seller of order, collection, waybill and inventory;</li>
 *   <li>{@link ParcelRule#WAYBILL_NO}: the waybill number and logistics company of waybill and inventory;</li>
 *   <li>{@link ParcelRule#CURRENCY}: the currency of order, collection and waybill, and of the order and inventory lines;</li>
 *   <li>{@link ParcelRule#COLLECTED_AMOUNT}: the amount collected is the order's goods value plus freight;</li>
 *   <li>{@link ParcelRule#GOODS_LINES}: each order line has the inventory line of the same gnum, with the same item
 *       number, name, quantity, price and total.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Finding> findings = ExportParcelCheck.of(order, collection, waybill, inventory).findings();
 * // CEB-P013 ORDER_TYPE: CEB303 OrderHead.orderType 'E' vs CEB603 InventoryHead.tradeMode '9810': …
 * }</pre>
 */
public final class ExportParcelCheck {

    private static final String ORDER = "CEB303";
    private static final String COLLECTION = "CEB403";
    private static final String WAYBILL = "CEB505";
    private static final String INVENTORY = "CEB603";

    /** The trade modes each export order type goes with. */
    private static final Map<String, Set<String>> TRADE_MODES = Map.of("E", Set.of("9610", "1210"), "B", Set.of("9710"), "W", Set.of("9810"));

    private final OrderHead order;
    private final List<OrderList> orderLines;
    private final PaymentCollection collection;
    private final Logistics waybill;
    private final InventoryHead inventory;
    private final List<InventoryList> inventoryLines;

    private ExportParcelCheck(Order order, PaymentCollection collection, Logistics waybill, Inventory inventory) {
        this.order = order == null ? null : order.orderHead();
        this.orderLines = order == null ? List.of() : order.orderList();
        this.collection = collection;
        this.waybill = waybill;
        this.inventory = inventory == null ? null : inventory.inventoryHead();
        this.inventoryLines = inventory == null ? List.of() : inventory.inventoryList();
    }

    /** The checks of one export parcel; pass {@code null} for a message you do not have. */
    public static ExportParcelCheck of(Order order, PaymentCollection collection, Logistics waybill, Inventory inventory) {
        return new ExportParcelCheck(order, collection, waybill, inventory);
    }

    /** Every disagreement, in rule order; empty when the parcel is consistent. */
    public List<Finding> findings() {
        Agreement a = new Agreement();
        if (order != null && collection != null) {
            a.same(ParcelRule.ORDER_NO, ORDER, "OrderHead.orderNo", order.orderNo(), COLLECTION, "PaymentCollection.orderNo", collection.orderNo(), Sensitivity.NONE);
            a.same(ParcelRule.PLATFORM_CODE, ORDER, "OrderHead.ebpCode", order.ebpCode(), COLLECTION, "PaymentCollection.ebpCode", collection.ebpCode(),
                    Sensitivity.NONE);
            a.same(ParcelRule.SELLER_CODE, ORDER, "OrderHead.ebcCode", order.ebcCode(), COLLECTION, "PaymentCollection.ebcCode", collection.ebcCode(),
                    Sensitivity.NONE);
            a.same(ParcelRule.CURRENCY, ORDER, "OrderHead.currency", order.currency(), COLLECTION, "PaymentCollection.currency", collection.currency(),
                    Sensitivity.NONE);
            a.amount(ParcelRule.COLLECTED_AMOUNT, ORDER, "OrderHead.goodsValue+freight", Agreement.sum(order.goodsValue(), order.freight()),
                    COLLECTION, "PaymentCollection.charge", collection.charge(), "the amount collected must be the order's goods value + freight to the fen");
        }
        if (order != null && waybill != null) {
            a.same(ParcelRule.SELLER_CODE, ORDER, "OrderHead.ebcCode", order.ebcCode(), WAYBILL, "Logistics.ebcCode", waybill.ebcCode(), Sensitivity.NONE);
            a.same(ParcelRule.CURRENCY, ORDER, "OrderHead.currency", order.currency(), WAYBILL, "Logistics.currency", waybill.currency(), Sensitivity.NONE);
        }
        if (order != null && inventory != null) {
            orderAgainstInventory(a);
        }
        if (waybill != null && inventory != null) {
            a.same(ParcelRule.WAYBILL_NO, WAYBILL, "Logistics.logisticsNo", waybill.logisticsNo(), INVENTORY, "InventoryHead.logisticsNo",
                    inventory.logisticsNo(), Sensitivity.NONE);
            a.same(ParcelRule.WAYBILL_NO, WAYBILL, "Logistics.logisticsCode", waybill.logisticsCode(), INVENTORY, "InventoryHead.logisticsCode",
                    inventory.logisticsCode(), Sensitivity.NONE);
        }
        return a.findings();
    }

    private void orderAgainstInventory(Agreement a) {
        a.same(ParcelRule.ORDER_NO, ORDER, "OrderHead.orderNo", order.orderNo(), INVENTORY, "InventoryHead.orderNo", inventory.orderNo(), Sensitivity.NONE);
        a.same(ParcelRule.PLATFORM_CODE, ORDER, "OrderHead.ebpCode", order.ebpCode(), INVENTORY, "InventoryHead.ebpCode", inventory.ebpCode(),
                Sensitivity.NONE);
        a.same(ParcelRule.SELLER_CODE, ORDER, "OrderHead.ebcCode", order.ebcCode(), INVENTORY, "InventoryHead.ebcCode", inventory.ebcCode(),
                Sensitivity.NONE);
        String type = order.orderType();
        String mode = inventory.tradeMode();
        if (type != null && mode != null && TRADE_MODES.containsKey(type.strip()) && !TRADE_MODES.get(type.strip()).contains(mode.strip())) {
            a.add(new Finding(ParcelRule.ORDER_TYPE, new Finding.Side(ORDER, "OrderHead.orderType", type),
                    new Finding.Side(INVENTORY, "InventoryHead.tradeMode", mode),
                    "order type " + type + " goes with trade mode " + String.join(" or ", new java.util.TreeSet<>(TRADE_MODES.get(type.strip())))));
        }
        Map<Integer, InventoryList> byGnum = new TreeMap<>();
        inventoryLines.forEach(l -> byGnum.put(l.gnum(), l));
        for (OrderList o : orderLines) {
            InventoryList i = byGnum.remove(o.gnum());
            String op = "OrderList[gnum=" + o.gnum() + "].";
            String ip = "InventoryList[gnum=" + o.gnum() + "].";
            if (i == null) {
                a.add(new Finding(ParcelRule.GOODS_LINES, new Finding.Side(ORDER, op + "gnum", String.valueOf(o.gnum())),
                        new Finding.Side(INVENTORY, "InventoryList", null), "the order line has no inventory line"));
                continue;
            }
            a.same(ParcelRule.GOODS_LINES, ORDER, op + "itemNo", o.itemNo(), INVENTORY, ip + "itemNo", i.itemNo(), Sensitivity.NONE);
            a.same(ParcelRule.GOODS_LINES, ORDER, op + "itemName", o.itemName(), INVENTORY, ip + "itemName", i.itemName(), Sensitivity.NONE);
            a.same(ParcelRule.CURRENCY, ORDER, op + "currency", o.currency(), INVENTORY, ip + "currency", i.currency(), Sensitivity.NONE);
            a.amount(ParcelRule.GOODS_LINES, ORDER, op + "qty", o.qty(), INVENTORY, ip + "qty", i.qty(), "order and inventory line differ");
            a.amount(ParcelRule.GOODS_LINES, ORDER, op + "price", o.price(), INVENTORY, ip + "price", i.price(), "order and inventory line differ");
            a.amount(ParcelRule.GOODS_LINES, ORDER, op + "totalPrice", o.totalPrice(), INVENTORY, ip + "totalPrice", i.totalPrice(),
                    "order and inventory line differ");
        }
        byGnum.forEach((gnum, i) -> a.add(new Finding(ParcelRule.GOODS_LINES, new Finding.Side(ORDER, "OrderList", null),
                new Finding.Side(INVENTORY, "InventoryList[gnum=" + gnum + "].gnum", String.valueOf(gnum)), "the inventory line has no order line")));
    }
}
