package org.cbec.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Customs' electronic tax bill for one inventory (one CEB816 {@code Tax}): head and lines. Build it with
 * {@link TaxBills} from a received message, or directly.
 *
 * @param head  the head
 * @param lines the lines (1 to 99), in {@code gnum} order
 */
public record CustomsTaxBill(TaxBillHead head, List<TaxBillLine> lines) {

    public CustomsTaxBill {
        Objects.requireNonNull(head, "head");
        lines = List.copyOf(lines);
    }

    /** The tax bill number. */
    public String taxNo() {
        return head.taxNo();
    }

    /** Duty + VAT + consumption tax of the head, in fen. */
    public BigDecimal total() {
        return head.amounts().total();
    }

    /** A copy with the status (and payment form number, when given) of a CEB818 status message. */
    public CustomsTaxBill with(TaxBillStatusUpdate update) {
        if (!update.taxNo().equals(head.taxNo())) {
            throw new IllegalArgumentException("status of tax bill " + update.taxNo() + " applied to " + head.taxNo());
        }
        TaxBillHead h = head;
        return new CustomsTaxBill(new TaxBillHead(h.guid(), h.returnTime(), h.invtNo(), h.taxNo(), h.customsTax(),
                h.valueAddedTax(), h.consumptionTax(), update.status(),
                update.entDutyNo() != null ? update.entDutyNo() : h.entDutyNo(), h.note(),
                update.assureCode() != null ? update.assureCode() : h.assureCode(), h.ebcCode(), h.logisticsCode(),
                h.agentCode(), h.customsCode(), h.orderNo(), h.logisticsNo()), lines);
    }
}
