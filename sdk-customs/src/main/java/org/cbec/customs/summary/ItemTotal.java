package org.cbec.customs.summary;

import java.math.BigDecimal;

/**
 * The totals of the inventory lines that make one declaration item.
 *
 * <pre>{@code
 * ItemTotal t = group.items().get(key);
 * t.lines(); t.qty(); t.totalPrice();
 * }</pre>
 *
 * @param lines      how many inventory lines
 * @param qty        sum of the declared quantities
 * @param totalPrice sum of the line totals
 */
public record ItemTotal(int lines, BigDecimal qty, BigDecimal totalPrice) {

    static final ItemTotal ZERO = new ItemTotal(0, BigDecimal.ZERO, BigDecimal.ZERO);

    ItemTotal plus(BigDecimal lineQty, BigDecimal lineTotal) {
        return new ItemTotal(lines + 1, qty.add(lineQty), totalPrice.add(lineTotal));
    }
}
