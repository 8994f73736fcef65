package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cbec.tax.CnyAmounts;
import org.cbec.tax.DeemedIncomeTax;
import org.cbec.tax.ExportEligibility;
import org.cbec.tax.ExportSale;
import org.cbec.tax.ExportSalesReport;

/** 无票免税 (财税〔2018〕103号) and deemed-profit income tax (国家税务总局公告2019年第36号). */
public final class ExportRules {

    private ExportRules() {
    }

    public static ExportEligibility eligibility(ExportSale s, Set<String> excludedHsPrefixes) {
        List<String> unmet = new ArrayList<>();
        if (!s.exporterRegisteredInZone()) {
            unmet.add("the exporter is not registered in the pilot zone");
        }
        List<String> missing = new ArrayList<>();
        if (s.exportDate() == null) {
            missing.add("date");
        }
        if (blank(s.goodsName())) {
            missing.add("goods name");
        }
        if (blank(s.unit())) {
            missing.add("unit");
        }
        if (s.quantity() == null) {
            missing.add("quantity");
        }
        if (s.unitPrice() == null) {
            missing.add("unit price");
        }
        if (s.amount() == null) {
            missing.add("amount");
        }
        if (!missing.isEmpty()) {
            unmet.add("not recorded on the zone's online platform: " + String.join(", ", missing));
        }
        if (!s.declaredAtZoneCustoms()) {
            unmet.add("not declared as a 9610 export at the zone's customs");
        }
        if (s.hsCode() == null) {
            unmet.add("no commodity code to check against the excluded goods");
        } else {
            excludedHsPrefixes.stream().filter(s.hsCode()::startsWith).findFirst().ifPresent(p ->
                    unmet.add("goods " + s.hsCode() + " are excluded from export exemption (" + p + ")"));
        }
        return new ExportEligibility(s, unmet);
    }

    public static DeemedIncomeTax deemedIncomeTax(BigDecimal revenue, BigDecimal incomeTaxRate) {
        Objects.requireNonNull(incomeTaxRate, "incomeTaxRate");
        if (incomeTaxRate.signum() < 0 || incomeTaxRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("incomeTaxRate is a fraction in [0, 1]: " + incomeTaxRate);
        }
        BigDecimal r = CnyAmounts.fen(revenue);
        BigDecimal taxable = CnyAmounts.fen(r.multiply(DeemedIncomeTax.TAXABLE_INCOME_RATE));
        return new DeemedIncomeTax(r, DeemedIncomeTax.TAXABLE_INCOME_RATE, taxable, incomeTaxRate,
                CnyAmounts.fen(taxable.multiply(incomeTaxRate)));
    }

    public static ExportSalesReport report(LocalDate from, LocalDate to, Collection<ExportSale> sales,
                                           Set<String> excludedHsPrefixes, BigDecimal incomeTaxRate) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
        List<ExportEligibility> in = sales.stream()
                .filter(s -> s.exportDate() != null && !s.exportDate().isBefore(from) && !s.exportDate().isAfter(to))
                .sorted(Comparator.comparing(ExportSale::exportDate).thenComparing(ExportSale::orderNo))
                .map(s -> eligibility(s, excludedHsPrefixes))
                .toList();
        BigDecimal total = CnyAmounts.fen(BigDecimal.ZERO);
        BigDecimal free = CnyAmounts.fen(BigDecimal.ZERO);
        for (ExportEligibility e : in) {
            BigDecimal a = e.sale().amount() == null ? BigDecimal.ZERO : e.sale().amount();
            total = total.add(a);
            if (e.eligible()) {
                free = free.add(a);
            }
        }
        return new ExportSalesReport(from, to, in, CnyAmounts.fen(total), CnyAmounts.fen(free), CnyAmounts.fen(total.subtract(free)),
                deemedIncomeTax(free, incomeTaxRate));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
