package org.cbec.tax;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A change of a tax bill's status (CEB818 {@code TaxHeadStatus}, specification section 3.18).
 *
 * @param guid       the system's 36-character id
 * @param returnTime when customs sent it, China local time
 * @param invtNo     the inventory number
 * @param taxNo      the tax bill number
 * @param status     the new status
 * @param entDutyNo  the payment form number, or {@code null}
 * @param assureCode the guarantor's code, or {@code null}
 */
public record TaxBillStatusUpdate(String guid, LocalDateTime returnTime, String invtNo, String taxNo,
                                  TaxBillStatus status, String entDutyNo, String assureCode) {

    public TaxBillStatusUpdate {
        Objects.requireNonNull(taxNo, "taxNo");
        Objects.requireNonNull(status, "status");
    }
}
