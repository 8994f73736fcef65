package org.cbec.fx.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.fx.Currencies;
import org.cbec.fx.ExportOrderFacts;
import org.cbec.fx.Money;
import org.cbec.fx.ReceiptFacts;
import org.cbec.fx.ReceiptMatching;
import org.cbec.fx.ReceiptMatching.Allocation;
import org.cbec.fx.ReceiptMatching.OrderBalance;
import org.cbec.fx.ReceiptMatching.UnmatchedReceipt;
import org.cbec.fx.Tolerance;

/**
 * Assigns receipts to export orders in two passes, receipts by value date: first each receipt to the order it
 * names, then what is left to the same seller's oldest open orders in the same currency. Every assignment
 * takes {@code min(left on the receipt, outstanding on the order)} and lowers both, so no amount is assigned
 * twice and no order receives more than its amount.
 */
final class ReceiptMatcher {

    private ReceiptMatcher() {
    }

    static ReceiptMatching match(List<ExportOrderFacts> orders, List<ReceiptFacts> receipts, Tolerance tolerance) {
        Map<String, ExportOrderFacts> byNo = new LinkedHashMap<>();
        for (ExportOrderFacts o : orders) {
            if (byNo.putIfAbsent(o.orderNo(), o) != null) {
                throw new IllegalArgumentException("export order " + o.orderNo() + " appears twice");
            }
        }
        Map<String, Money> left = new HashMap<>();
        for (ReceiptFacts r : receipts) {
            if (left.putIfAbsent(r.receiptId(), r.amount()) != null) {
                throw new IllegalArgumentException("receipt " + r.receiptId() + " appears twice");
            }
        }
        Map<String, Money> outstanding = new HashMap<>();
        orders.forEach(o -> outstanding.put(o.orderNo(), o.amount()));
        List<ExportOrderFacts> oldestFirst = orders.stream()
                .sorted(Comparator.comparing(ExportOrderFacts::orderDate).thenComparing(ExportOrderFacts::orderNo)).toList();
        List<ReceiptFacts> byValueDate = receipts.stream()
                .sorted(Comparator.comparing(ReceiptFacts::receivedOn).thenComparing(ReceiptFacts::receiptId)).toList();

        List<Allocation> allocations = new ArrayList<>();
        for (ReceiptFacts r : byValueDate) {
            ExportOrderFacts named = r.orderNo() == null ? null : byNo.get(r.orderNo());
            if (named != null && fits(r, named)) {
                assign(r, named, true, left, outstanding, allocations);
            }
        }
        for (ReceiptFacts r : byValueDate) {
            for (ExportOrderFacts o : oldestFirst) {
                if (!left.get(r.receiptId()).isPositive()) {
                    break;
                }
                if (fits(r, o) && !settled(o, outstanding, tolerance)) {
                    assign(r, o, false, left, outstanding, allocations);
                }
            }
        }

        List<OrderBalance> settled = new ArrayList<>();
        List<OrderBalance> unpaid = new ArrayList<>();
        for (ExportOrderFacts o : oldestFirst) {
            Money out = outstanding.get(o.orderNo());
            OrderBalance b = new OrderBalance(o.orderNo(), o.sellerCode(), o.amount(), o.amount().minus(out), out);
            (settled(o, outstanding, tolerance) ? settled : unpaid).add(b);
        }
        List<UnmatchedReceipt> unmatched = new ArrayList<>();
        for (ReceiptFacts r : byValueDate) {
            Money rest = left.get(r.receiptId());
            if (rest.isPositive()) {
                unmatched.add(new UnmatchedReceipt(r.receiptId(), r.sellerCode(), rest, reason(r, rest, orders, byNo)));
            }
        }
        return new ReceiptMatching(allocations, settled, unpaid, unmatched);
    }

    private static boolean fits(ReceiptFacts r, ExportOrderFacts o) {
        return o.sellerCode().equals(r.sellerCode()) && o.amount().currency() == r.amount().currency();
    }

    private static boolean settled(ExportOrderFacts o, Map<String, Money> outstanding, Tolerance tolerance) {
        return outstanding.get(o.orderNo()).compareTo(tolerance.allowance(o.amount())) <= 0;
    }

    private static void assign(ReceiptFacts r, ExportOrderFacts o, boolean named, Map<String, Money> left,
                               Map<String, Money> outstanding, List<Allocation> allocations) {
        Money amount = left.get(r.receiptId()).min(outstanding.get(o.orderNo()));
        if (amount.isPositive()) {
            left.merge(r.receiptId(), amount, Money::minus);
            outstanding.merge(o.orderNo(), amount, Money::minus);
            allocations.add(new Allocation(r.receiptId(), o.orderNo(), amount, named));
        }
    }

    private static String reason(ReceiptFacts r, Money rest, List<ExportOrderFacts> orders, Map<String, ExportOrderFacts> byNo) {
        String cur = Currencies.label(r.amount().currency());
        String named = "";
        if (r.orderNo() != null) {
            ExportOrderFacts o = byNo.get(r.orderNo());
            named = o == null ? "names order " + r.orderNo() + ", which is not in the batch; "
                    : !fits(r, o) ? "names order " + r.orderNo() + " of seller " + o.sellerCode() + " in "
                            + Currencies.label(o.amount().currency()) + "; " : "";
        }
        boolean any = orders.stream().anyMatch(o -> fits(r, o));
        return named + (any ? rest + " left after paying every open order of seller " + r.sellerCode() + " in " + cur
                : "no export order of seller " + r.sellerCode() + " in " + cur);
    }
}
