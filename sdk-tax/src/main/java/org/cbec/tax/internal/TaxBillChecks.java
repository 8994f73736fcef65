package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cbec.tax.CnyAmounts;
import org.cbec.tax.CustomsTaxBill;
import org.cbec.tax.GuaranteeExposure;
import org.cbec.tax.LineTax;
import org.cbec.tax.ReleasedTaxBill;
import org.cbec.tax.TaxAmounts;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxBillComparison;
import org.cbec.tax.TaxBillComparison.Difference;
import org.cbec.tax.TaxBillLine;

/** Comparison of tax bills with assessments, and guarantee exposure. */
public final class TaxBillChecks {

    private TaxBillChecks() {
    }

    public static TaxBillComparison compare(CustomsTaxBill bill, TaxAssessment computed, BigDecimal tolerance) {
        List<Difference> out = new ArrayList<>();
        amounts(0, bill.head().amounts(), computed.due(), tolerance, out);
        Map<Integer, TaxBillLine> customs = bill.lines().stream()
                .collect(Collectors.toMap(TaxBillLine::gnum, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<Integer, LineTax> ours = computed.lines().stream()
                .collect(Collectors.toMap(LineTax::itemNo, Function.identity(), (a, b) -> a, TreeMap::new));
        TreeMap<Integer, Boolean> all = new TreeMap<>();
        customs.keySet().forEach(k -> all.put(k, true));
        ours.keySet().forEach(k -> all.put(k, true));
        for (int gnum : all.keySet()) {
            TaxBillLine c = customs.get(gnum);
            LineTax o = ours.get(gnum);
            if (c == null || o == null) {
                out.add(new Difference(gnum, "line", c == null ? null : c.amounts().total(),
                        o == null ? null : o.due().total()));
                continue;
            }
            compare(gnum, "taxPrice", CnyAmounts.fen(c.taxPrice()), o.dutiableValue(), tolerance, out);
            amounts(gnum, c.amounts(), o.due(), tolerance, out);
        }
        return new TaxBillComparison(bill.taxNo(), bill.head().invtNo(), out);
    }

    private static void amounts(int gnum, TaxAmounts customs, TaxAmounts ours, BigDecimal tolerance, List<Difference> out) {
        compare(gnum, "customsTax", customs.duty(), ours.duty(), tolerance, out);
        compare(gnum, "valueAddedTax", customs.vat(), ours.vat(), tolerance, out);
        compare(gnum, "consumptionTax", customs.consumptionTax(), ours.consumptionTax(), tolerance, out);
    }

    private static void compare(int gnum, String field, BigDecimal customs, BigDecimal ours, BigDecimal tolerance,
                                List<Difference> out) {
        if (customs.subtract(ours).abs().compareTo(tolerance) > 0) {
            out.add(new Difference(gnum, field, customs, ours));
        }
    }

    public static List<GuaranteeExposure> exposure(Collection<ReleasedTaxBill> bills, Map<String, BigDecimal> guarantees,
                                                   BigDecimal warningThreshold) {
        Map<String, List<ReleasedTaxBill>> byCode = new TreeMap<>();
        guarantees.keySet().forEach(code -> byCode.put(code, new ArrayList<>()));
        for (ReleasedTaxBill b : bills) {
            if (b.unpaid()) {
                String code = b.bill().head().assureCode() == null ? "" : b.bill().head().assureCode();
                byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, GuaranteeExposure> out = new LinkedHashMap<>();
        byCode.forEach((code, list) -> {
            BigDecimal guarantee = guarantees.getOrDefault(code, BigDecimal.ZERO);
            BigDecimal unpaid = list.stream().map(b -> b.bill().total()).reduce(CnyAmounts.fen(BigDecimal.ZERO), BigDecimal::add);
            BigDecimal utilisation = guarantee.signum() == 0 ? null : unpaid.divide(guarantee, 4, RoundingMode.HALF_UP);
            boolean warning = unpaid.signum() > 0 && unpaid.compareTo(guarantee.multiply(warningThreshold)) >= 0;
            out.put(code, new GuaranteeExposure(code, guarantee, unpaid, list.size(), utilisation, warning,
                    unpaid.compareTo(guarantee) > 0));
        });
        return List.copyOf(out.values());
    }
}
