package org.cbec.tax;

import java.util.List;
import java.util.Objects;
import org.cbec.customs.exports.Ceb792Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryHead;
import org.cbec.customs.exports.InventoryList;

/**
 * The adapter from filed export messages to {@link ExportSale}s for 无票免税 and the 4 % deemed income: a released
 * retail export inventory (CEB603) with the summary result (CEB792) that declared it. Each inventory line is one sale:
 * the export date is the inventory's {@code ieDate}; goods name, HS code, unit, quantity, unit price and amount are the
 * line's {@code gname}, {@code gcode}, {@code unit}, {@code qty}, {@code price}, {@code totalPrice}; the sale counts as
 * declared at the zone's customs when the inventory's trade mode is 9610 and the summary result lists its
 * {@code invtNo}.
 *
 * <pre>{@code
 * List<ExportSale> sales = ExportSales.of(inventory, invtNo, ceb792, true);   // the exporter is registered in the zone
 * ExportSalesReport r = tax.exportSalesReport(from, to, sales, new BigDecimal("0.25"));
 * }</pre>
 */
public final class ExportSales {

    private static final String CNY = "142";

    private ExportSales() {
    }

    /**
     * The sales of the released export {@code inventory} numbered {@code invtNo}, declared by {@code summaryResult}.
     *
     * @param exporterRegisteredInZone whether the exporter is registered in the pilot zone (a fact outside the messages)
     * @throws IllegalArgumentException when a line is not priced in CNY (币制 142): convert it first, e.g. with sdk-fx
     */
    public static List<ExportSale> of(Inventory inventory, String invtNo, Ceb792Message summaryResult, boolean exporterRegisteredInZone) {
        Objects.requireNonNull(invtNo, "invtNo");
        InventoryHead h = inventory.inventoryHead();
        boolean summarised = summaryResult.summaryResults().stream().flatMap(r -> r.summaryResultList().stream())
                .anyMatch(l -> invtNo.equals(l.invtNo()));
        boolean declared = "9610".equals(h.tradeMode()) && summarised;
        return inventory.inventoryList().stream().map(l -> sale(h, l, exporterRegisteredInZone, declared)).toList();
    }

    private static ExportSale sale(InventoryHead h, InventoryList l, boolean registered, boolean declared) {
        if (l.currency() != null && !CNY.equals(l.currency())) {
            throw new IllegalArgumentException("InventoryList[gnum=" + l.gnum() + "].currency (币制) is " + l.currency()
                    + ": an export sale is counted in CNY (142); convert it first");
        }
        return new ExportSale(h.orderNo(), h.ieDate(), l.gname(), l.gcode(), l.unit(), l.qty(), l.price(), l.totalPrice(), registered, declared);
    }
}
