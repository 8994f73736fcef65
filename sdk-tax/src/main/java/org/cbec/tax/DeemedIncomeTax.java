package org.cbec.tax;

import java.math.BigDecimal;

/**
 * Enterprise income tax levied on a deemed profit (核定征收, 国家税务总局公告2019年第36号): taxable income =
 * revenue × 4 % (应税所得率), tax = taxable income × the enterprise income tax rate. Amounts in fen, half up.
 *
 * @param revenue           the revenue of the tax-free exports of the period
 * @param taxableIncomeRate the taxable income rate, 0.04
 * @param taxableIncome     revenue × taxable income rate
 * @param incomeTaxRate     the enterprise income tax rate applied (an input: 25 %, or a preferential rate)
 * @param tax               taxable income × income tax rate
 */
public record DeemedIncomeTax(BigDecimal revenue, BigDecimal taxableIncomeRate, BigDecimal taxableIncome,
                              BigDecimal incomeTaxRate, BigDecimal tax) {

    /** The taxable income rate of 国家税务总局公告2019年第36号. */
    public static final BigDecimal TAXABLE_INCOME_RATE = new BigDecimal("0.04");
}
