/**
 * The seams of sdk-tax, each with static factories for its built-in implementations and an abstract contract test
 * that every implementation passes: {@link org.cbec.tax.spi.TaxRateTable} (rates by category and commodity code) and
 * {@link org.cbec.tax.spi.AnnualQuotaLedger} (each buyer's counted imports per calendar year).
 */
package org.cbec.tax.spi;
