package org.cbec.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.InventoryList;

/**
 * The value of goods a seller declared for export and customs released: what the aggregate check (总量核查) expects
 * to be collected. Read it from released export inventories (CEB603) with {@link #of(Ceb603Message, LocalDate)}, or
 * make it with {@link #DeclaredExport}.
 *
 * <pre>{@code
 * // released: the CEB604 receipt said 800 on 2026-11-24 (or the inventory is in a concluded CEB792 summary)
 * List<DeclaredExport> declared = DeclaredExport.of(ceb603, LocalDate.of(2026, 11, 24));
 * }</pre>
 *
 * @param documentNo the inventory's number: {@code invtNo}, else {@code copNo}, else the order number
 * @param orderNo    订单编号
 * @param sellerCode 电商企业代码 ({@code ebcCode}): whose receipts should match
 * @param value      the goods' total price in the lines' currency (freight, declared apart, is not goods value)
 * @param releasedOn the release date
 */
public record DeclaredExport(String documentNo, String orderNo, String sellerCode, Money value, LocalDate releasedOn) {

    /** Everything but {@code orderNo} is required. */
    public DeclaredExport {
        Objects.requireNonNull(documentNo, "documentNo");
        Objects.requireNonNull(sellerCode, "sellerCode");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(releasedOn, "releasedOn");
    }

    /**
     * One declared export per inventory of {@code message} and line currency (lines in two currencies give two), the
     * value being the sum of the lines' {@code totalPrice}.
     *
     * @throws NullPointerException     when {@code ebcCode}, a line's {@code totalPrice} or {@code currency} is absent
     * @throws IllegalArgumentException when a currency code is unknown
     */
    public static List<DeclaredExport> of(Ceb603Message message, LocalDate releasedOn) {
        List<DeclaredExport> out = new ArrayList<>();
        for (Inventory i : message.inventorys()) {
            var h = i.inventoryHead();
            String no = h.invtNo() != null ? h.invtNo() : h.copNo() != null ? h.copNo() : h.orderNo();
            Map<String, BigDecimal> byCurrency = new LinkedHashMap<>();
            for (InventoryList l : i.inventoryList()) {
                byCurrency.merge(Objects.requireNonNull(l.currency(), "CEB603 line currency is absent"),
                        Objects.requireNonNull(l.totalPrice(), "CEB603 line totalPrice is absent"), BigDecimal::add);
            }
            byCurrency.forEach((c, v) -> out.add(new DeclaredExport(no, h.orderNo(),
                    Objects.requireNonNull(h.ebcCode(), "CEB603 ebcCode is absent"), Money.of(v, Currencies.requireCustoms(c)),
                    releasedOn)));
        }
        return List.copyOf(out);
    }
}
