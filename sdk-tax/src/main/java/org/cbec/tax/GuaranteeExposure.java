package org.cbec.tax;

import java.math.BigDecimal;

/**
 * Unpaid tax against one tax guarantee ({@code assureCode}).
 *
 * @param assureCode      the guarantor's code; empty for bills that name none
 * @param guaranteeAmount the guarantee's amount, CNY (0 when unknown)
 * @param unpaidTax       the unpaid tax of the bills it covers, in fen
 * @param bills           how many bills are unpaid
 * @param utilisation     unpaid / guarantee, 4 decimals, half up; {@code null} when the guarantee is 0
 * @param warning         true when the unpaid tax has reached the warning threshold of the guarantee
 * @param exceeded        true when the unpaid tax is above the guarantee
 */
public record GuaranteeExposure(String assureCode, BigDecimal guaranteeAmount, BigDecimal unpaidTax, int bills,
                                BigDecimal utilisation, boolean warning, boolean exceeded) {
}
