/**
 * Cross-border retail import tax (9610 / 1210), per-buyer annual limits, tax bills and guarantees, and the export
 * tax-free rules of the pilot zones.
 *
 * <p>The entry point is {@link org.cbec.tax.CbecTax}; inputs and results are immutable records
 * ({@link org.cbec.tax.TaxableParcel}, {@link org.cbec.tax.TaxAssessment}, {@link org.cbec.tax.CustomsTaxBill}, …).
 * The seams are in {@link org.cbec.tax.spi}: {@link org.cbec.tax.spi.TaxRateTable} and
 * {@link org.cbec.tax.spi.AnnualQuotaLedger}. Money is {@link java.math.BigDecimal} in CNY, rounded to the fen (scale 2)
 * half up; dates are China local dates ({@link org.cbec.core.model.CustomsTime#ZONE}).
 *
 * <p>Customs' messages are read through sdk-customs' generated classes: tax bills (CEB816, CEB818) by
 * {@link org.cbec.tax.TaxBills}, import inventories (CEB621) into parcels by {@link org.cbec.tax.TaxableParcels}.
 */
package org.cbec.tax;
