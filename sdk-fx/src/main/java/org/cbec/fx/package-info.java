/**
 * Foreign exchange for cross-border e-commerce: customs currency codes and ISO 4217 ({@link org.cbec.fx.Currencies},
 * {@link org.cbec.fx.Money}), exchange rates ({@link org.cbec.fx.spi.RateSource}), FX transaction records for
 * payment institutions ({@link org.cbec.fx.FxTransactionRecord}, {@link org.cbec.fx.FxRecords}), "three flows in
 * one" reconciliation of information, funds and goods, export receipt matching and the individuals' annual
 * convenience quota.
 *
 * <p>Start at {@link org.cbec.fx.CbecFx}:
 * <pre>{@code
 * CbecFx fx = CbecFx.builder().rateSource(RateSources.csv(Path.of("rates.csv"))).build();
 * Money cny = fx.convert(Money.of("100.00", CurrencyCode.USD), CurrencyCode.CNY, LocalDate.of(2026, 11, 23));
 * ReconciliationReport report = fx.reconcile(TradeBatch.of(orders, payments, shipments));
 * }</pre>
 *
 * <p>The calculations take sdk-fx's own immutable facts ({@link org.cbec.fx.OrderFacts},
 * {@link org.cbec.fx.PaymentFacts}, {@link org.cbec.fx.ShipmentFacts}, {@link org.cbec.fx.ExportOrderFacts},
 * {@link org.cbec.fx.ReceiptFacts}); {@link org.cbec.fx.MessageFacts} adapts typed customs messages to them.
 * {@code org.cbec.fx.internal} is not API.
 */
package org.cbec.fx;
