package org.cbec.tax;

import java.util.List;
import java.util.Objects;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;

/**
 * The adapter from customs' import inventory (CEB621 进口清单, {@link Ceb621Message}) to {@link TaxableParcel}: one
 * parcel per inventory, one {@link GoodsLine} per inventory line. Import inventories are in CNY (币制 142), so no
 * conversion is needed.
 *
 * <ul>
 *   <li>parcel: {@code orderNo}, {@code buyerIdNumber}, {@code freight}, and {@code insuredFee} as the insurance</li>
 *   <li>line: {@code gnum} as the item number, {@code itemName}, {@code gcode} as the HS code, {@code qty} as the
 *       quantity, {@code qty1} (法定数量) as the legal quantity, {@code totalPrice} as the value</li>
 * </ul>
 *
 * <pre>{@code
 * for (TaxableParcel parcel : TaxableParcels.of(ceb621)) {
 *     TaxAssessment a = tax.estimate(parcel);
 * }
 * }</pre>
 */
public final class TaxableParcels {

    private TaxableParcels() {
    }

    /**
     * The parcels of a CEB621 message, in message order.
     *
     * @throws IllegalArgumentException when an inventory does not make a parcel (no lines, an amount that is not whole
     *                                  fen or negative, a line without a positive quantity)
     * @throws NullPointerException     when a mandatory value (buyer ID number, freight, insured fee, gnum, item
     *                                  name, quantity, total price) is missing
     */
    public static List<TaxableParcel> of(Ceb621Message message) {
        return message.inventorys().stream().map(TaxableParcels::of).toList();
    }

    /**
     * The parcel of one inventory; see {@link #of(Ceb621Message)}.
     *
     * <pre>{@code
     * TaxableParcel parcel = TaxableParcels.of(ceb621.inventorys().get(0));
     * }</pre>
     */
    public static TaxableParcel of(Inventory inventory) {
        InventoryHead h = inventory.inventoryHead();
        return TaxableParcel.builder().orderNo(h.orderNo()).buyerIdNumber(h.buyerIdNumber())
                .lines(inventory.inventoryList().stream().map(TaxableParcels::line).toList())
                .freight(h.freight()).insurance(h.insuredFee()).build();
    }

    private static GoodsLine line(InventoryList l) {
        return GoodsLine.builder().itemNo(Objects.requireNonNull(l.gnum(), "gnum")).itemName(l.itemName()).hsCode(l.gcode()).quantity(l.qty())
                .legalQuantity(l.qty1()).value(l.totalPrice()).build();
    }
}
