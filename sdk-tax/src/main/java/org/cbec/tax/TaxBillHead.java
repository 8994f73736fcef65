package org.cbec.tax;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The head of customs' electronic tax bill (CEB816 {@code TaxHeadRd}, specification section 3.17). Amounts in CNY as
 * customs sent them ({@code N19,5}); {@code returnTime} is China local time.
 *
 * @param guid           the system's 36-character id
 * @param returnTime     when customs issued it
 * @param invtNo         the inventory number (清单编号)
 * @param taxNo          the tax bill number (电子税单编号)
 * @param customsTax     duty due (应征关税)
 * @param valueAddedTax  VAT due (应征增值税)
 * @param consumptionTax consumption tax due (应征消费税)
 * @param status         the bill's status
 * @param entDutyNo      the payment form number (缴款书编号), or {@code null}
 * @param note           a note, or {@code null}
 * @param assureCode     the guarantor's code (担保企业代码), or {@code null}
 * @param ebcCode        the e-commerce enterprise's code, or {@code null}
 * @param logisticsCode  the logistics enterprise's code, or {@code null}
 * @param agentCode      the declaring agent's code, or {@code null}
 * @param customsCode    the customs office (申报口岸), or {@code null}
 * @param orderNo        the order number, or {@code null} (in the specification's table, not in the XSD)
 * @param logisticsNo    the waybill number ({@code logisticNo}), or {@code null} (likewise)
 */
public record TaxBillHead(String guid, LocalDateTime returnTime, String invtNo, String taxNo, BigDecimal customsTax,
                          BigDecimal valueAddedTax, BigDecimal consumptionTax, TaxBillStatus status, String entDutyNo,
                          String note, String assureCode, String ebcCode, String logisticsCode, String agentCode,
                          String customsCode, String orderNo, String logisticsNo) {

    public TaxBillHead {
        Objects.requireNonNull(invtNo, "invtNo");
        Objects.requireNonNull(taxNo, "taxNo");
        Objects.requireNonNull(customsTax, "customsTax");
        Objects.requireNonNull(valueAddedTax, "valueAddedTax");
        Objects.requireNonNull(consumptionTax, "consumptionTax");
        Objects.requireNonNull(status, "status");
    }

    /** The bill's taxes as {@link TaxAmounts} (rounded to the fen). */
    public TaxAmounts amounts() {
        return new TaxAmounts(customsTax, consumptionTax, valueAddedTax);
    }
}
