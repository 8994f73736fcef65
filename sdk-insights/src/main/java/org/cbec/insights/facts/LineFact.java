package org.cbec.insights.facts;

import java.math.BigDecimal;

/**
 * One goods line of a filed order or inventory: what the risk rules compare (HS code, item, price).
 *
 * @param gnum       商品序号
 * @param hsCode     商品编码 ({@code gcode}), or {@code null} (orders carry none)
 * @param itemNo     企业商品货号, or {@code null}
 * @param name       商品名称 ({@code gname}, else {@code itemName})
 * @param qty        数量, or {@code null}
 * @param price      单价, or {@code null}
 * @param totalPrice 总价, or {@code null}
 * @param currency   the customs currency code of the line
 */
public record LineFact(int gnum, String hsCode, String itemNo, String name, BigDecimal qty, BigDecimal price,
                       BigDecimal totalPrice, String currency) {
}
