package org.cbec.customs.summary;

/**
 * What inventory lines must share to become one item of the customs declaration a summary application turns into
 * (customs announcement 2016 No. 26): the final destination country, the 10-digit HS code and the currency; and the
 * enterprise's item name when summarising by item name (spec 2.21.4 {@code itemNameFlag}).
 *
 * <pre>{@code
 * group.items().get(new ItemKey("502", "8541401000", "142", null)); // totals of those lines
 * }</pre>
 *
 * @param country  最终目的国（地区）
 * @param gcode    商品编码, 10 digits
 * @param currency 币制
 * @param itemName 企业商品名称 when summarising by item name, else {@code null}
 */
public record ItemKey(String country, String gcode, String currency, String itemName) {
}
