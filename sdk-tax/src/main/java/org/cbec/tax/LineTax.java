package org.cbec.tax;

import java.math.BigDecimal;

/**
 * The tax of one goods line.
 *
 * @param itemNo         the line number
 * @param rates          the rates applied
 * @param goodsValue     the line's price
 * @param freight        the line's share of the parcel's freight
 * @param insurance      the line's share of the parcel's insurance
 * @param dutiableValue  goods + freight + insurance shares (完税价格)
 * @param statutory      the full amounts: within the limits duty 0 and consumption tax and VAT at the full rates;
 *                       as general trade duty at the statutory rate and everything in full
 * @param due            what is payable: within the limits 70 % of the statutory consumption tax and VAT; otherwise
 *                       equal to {@code statutory}
 */
public record LineTax(int itemNo, TaxRates rates, BigDecimal goodsValue, BigDecimal freight, BigDecimal insurance,
                      BigDecimal dutiableValue, TaxAmounts statutory, TaxAmounts due) {
}
