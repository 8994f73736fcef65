package org.cbec.fx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cbec.customs.codes.CurrencyCode;

/**
 * The aggregate check (总量核查) FX supervision runs per seller and period instead of order by order: the value of the
 * seller's released exports (CEB603, summarised by CEB792) against the payments it collected (CEB403 collection
 * receipts, bank credits and FX records), per currency, within a tolerance. A difference beyond the tolerance is an
 * {@link AggregateCode#COLLECTED_SHORT} or {@link AggregateCode#COLLECTED_OVER}; a seller without a trade FX
 * registration (名录登记) among those given is {@link AggregateCode#NOT_REGISTERED}. Comparing per currency keeps the
 * check exact: when every order was paid in full, every difference is zero. Each difference is also shown in the
 * reporting currency at the central parity of the period's last day (no rate: {@link AggregateCode#RATE_MISSING}).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * FxAggregateCheck check = FxAggregateCheck.builder().fx(fx).tolerance(Tolerance.of(new BigDecimal("0.01"), 100))
 *         .collectionLag(90).build();
 * AggregateReport r = check.run(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
 *         DeclaredExport.of(ceb603, releasedOn), MessageFacts.receipts(ceb403), registrations);
 * }</pre>
 */
public final class FxAggregateCheck {

    private final CbecFx fx;
    private final Tolerance tolerance;
    private final int collectionLag;
    private final CurrencyCode reportingCurrency;

    private FxAggregateCheck(Builder b) {
        this.fx = b.fx;
        this.tolerance = b.tolerance;
        this.collectionLag = b.collectionLag;
        this.reportingCurrency = b.reportingCurrency;
    }

    /** A builder; {@link Builder#fx} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The check of exports released from {@code from} to {@code to} (inclusive) against receipts received from
     * {@code from} to {@code to} plus the collection lag.
     *
     * @param registrations the sellers' registrations; empty to skip the registration check
     */
    public AggregateReport run(LocalDate from, LocalDate to, Collection<DeclaredExport> declared,
                               Collection<ReceiptFacts> receipts, Collection<TradeFxRegistration> registrations) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends " + to + " before it starts " + from);
        }
        LocalDate lastReceipt = to.plusDays(collectionLag);
        Map<String, Map<CurrencyCode, Money[]>> sums = new TreeMap<>();
        Map<String, Map<CurrencyCode, int[]>> counts = new TreeMap<>();
        for (DeclaredExport d : declared) {
            if (!d.releasedOn().isBefore(from) && !d.releasedOn().isAfter(to)) {
                add(sums, counts, d.sellerCode(), d.value(), 0);
            }
        }
        for (ReceiptFacts r : receipts) {
            if (!r.receivedOn().isBefore(from) && !r.receivedOn().isAfter(lastReceipt)) {
                add(sums, counts, r.sellerCode(), r.amount(), 1);
            }
        }
        Set<String> registered = new HashSet<>();
        registrations.forEach(r -> registered.add(r.idNumber().strip()));
        registrations.forEach(r -> registered.add(r.sellerId() == null ? "" : r.sellerId().strip()));
        List<SellerAggregate> sellers = new ArrayList<>();
        List<AggregateDiscrepancy> found = new ArrayList<>();
        sums.forEach((seller, byCurrency) -> {
            if (!registrations.isEmpty() && !registered.contains(seller)) {
                found.add(new AggregateDiscrepancy(AggregateCode.NOT_REGISTERED, seller, null,
                        "no registration among the " + registrations.size() + " given names this seller"));
            }
            byCurrency.forEach((currency, m) -> {
                int[] n = counts.get(seller).get(currency);
                Money difference = m[1].minus(m[0]);
                Money reported = reported(difference, to, seller, found);
                sellers.add(new SellerAggregate(seller, m[0], m[1], difference, n[0], n[1], reported));
                Money allowed = tolerance.allowance(m[0]);
                if (difference.abs().compareTo(allowed) > 0) {
                    boolean shortOf = difference.amount().signum() < 0;
                    found.add(new AggregateDiscrepancy(shortOf ? AggregateCode.COLLECTED_SHORT : AggregateCode.COLLECTED_OVER,
                            seller, Currencies.iso(currency), "collected " + m[1] + " of " + m[0] + " declared in " + n[0]
                            + " exports (difference " + difference + ", allowed " + allowed + ")"));
                }
            });
        });
        return new AggregateReport(from, to, sellers, found);
    }

    private Money reported(Money difference, LocalDate on, String seller, List<AggregateDiscrepancy> found) {
        if (difference.currency() == reportingCurrency) {
            return difference;
        }
        try {
            return fx.convert(difference, reportingCurrency, on);
        } catch (MissingRateException e) {
            found.add(new AggregateDiscrepancy(AggregateCode.RATE_MISSING, seller, Currencies.iso(difference.currency()),
                    e.getMessage()));
            return null;
        }
    }

    private static void add(Map<String, Map<CurrencyCode, Money[]>> sums, Map<String, Map<CurrencyCode, int[]>> counts,
                            String seller, Money amount, int side) {
        Money[] m = sums.computeIfAbsent(seller, k -> new TreeMap<>()).computeIfAbsent(amount.currency(),
                c -> new Money[] {Money.zero(c), Money.zero(c)});
        m[side] = m[side].plus(amount);
        counts.computeIfAbsent(seller, k -> new TreeMap<>()).computeIfAbsent(amount.currency(), c -> new int[2])[side]++;
    }

    /** Settings of an {@link FxAggregateCheck}. */
    public static final class Builder {
        private CbecFx fx;
        private Tolerance tolerance = Tolerance.minorUnits(0);
        private int collectionLag;
        private CurrencyCode reportingCurrency = CurrencyCode.CNY;

        private Builder() {
        }

        /** Converts differences to the reporting currency (required). */
        public Builder fx(CbecFx value) {
            fx = Objects.requireNonNull(value, "fx");
            return this;
        }

        /** How far collected may differ from declared, relative to declared; default none. */
        public Builder tolerance(Tolerance value) {
            tolerance = Objects.requireNonNull(value, "tolerance");
            return this;
        }

        /** Receipts up to this many days after the period still count for it (payment follows release); default 0. */
        public Builder collectionLag(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("collection lag " + days);
            }
            collectionLag = days;
            return this;
        }

        /** The currency differences are also shown in; default CNY. */
        public Builder reportingCurrency(CurrencyCode value) {
            reportingCurrency = Objects.requireNonNull(value, "reportingCurrency");
            return this;
        }

        /** The check. */
        public FxAggregateCheck build() {
            if (fx == null) {
                throw new IllegalStateException("FxAggregateCheck needs fx, e.g. CbecFx.of(RateSources.csv(path))");
            }
            return new FxAggregateCheck(this);
        }
    }
}
