package org.cbec.tax;

import java.util.List;

/**
 * Whether a retail export qualifies for VAT and consumption tax exemption without purchase invoices (无票免税,
 * 财税〔2018〕103号), and if not, why.
 *
 * @param sale          the export
 * @param unmet         the conditions not met, in words; empty when eligible
 */
public record ExportEligibility(ExportSale sale, List<String> unmet) {

    public ExportEligibility {
        unmet = List.copyOf(unmet);
    }

    /** True when every condition is met. */
    public boolean eligible() {
        return unmet.isEmpty();
    }
}
