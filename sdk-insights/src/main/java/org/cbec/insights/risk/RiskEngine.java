package org.cbec.insights.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cbec.core.validation.Severity;
import org.cbec.fx.CbecFx;
import org.cbec.fx.RateType;
import org.cbec.insights.facts.FilingFact;
import org.cbec.insights.facts.LineFact;
import org.cbec.insights.facts.PartyKey;
import org.cbec.insights.internal.CnyValues;

/**
 * Runs the {@link RiskRule}s over filings as they happen: {@link #assess} a filing (one about to be filed, or the next
 * one of a batch) against what was {@link #observe observed} before, then observe it. The same engine serves both
 * uses: warmed up with the platform's filings of the last year, it checks each new filing before it is sent; replayed
 * over a fact source in submission order, it finds what the rules would have said ({@code CbecInsights.risk}).
 *
 * <p>Only filings of {@link RiskConfig#basisType()} that were not refused count. Values are in CNY (other currencies
 * converted at the customs monthly rate when the engine has rates). Memory: per buyer the year's total and the
 * orders inside the split window; per telephone and address at most {@code sharedContactBuyers + 10} buyers and 20
 * orders; per item at most {@code priceHistorySize} prices; so it grows with buyers and items, not with filings.
 * Thread-safe.
 *
 * <pre>{@code
 * RiskEngine engine = insights.riskEngine();
 * try (Stream<FilingFact> lastYear = source.facts(FactQuery.all().from(oneYearAgo))) { lastYear.forEach(engine::observe); }
 * List<RiskAlert> alerts = engine.assess(FilingFacts.of(ceb621, clock.instant(), List.of(), keys).get(0));
 * if (alerts.stream().anyMatch(RiskAlert::blocks)) refuse(alerts); else { submit(ceb621); engine.observe(fact); }
 * }</pre>
 */
public final class RiskEngine {

    private static final int CONTACT_EXTRA = 10;
    private static final int CONTACT_ORDERS = 20;

    private record Purchase(Instant at, String orderNo, BigDecimal cny, Set<String> goods) {
    }

    private static final class Buyer {
        final Deque<Purchase> recent = new ArrayDeque<>();
        int year;
        BigDecimal yearTotal = BigDecimal.ZERO;
    }

    private static final class Contact {
        final Map<String, String> buyers = new LinkedHashMap<>();
        final Deque<String> orders = new ArrayDeque<>();
    }

    private final RiskConfig config;
    private final CnyValues cny;
    private final Map<String, Buyer> buyers = new HashMap<>();
    private final Map<String, Contact> phones = new HashMap<>();
    private final Map<String, Contact> addresses = new HashMap<>();
    private final Map<String, Deque<BigDecimal>> prices = new HashMap<>();

    /**
     * An engine with {@code config}, converting other currencies at the customs monthly rate with {@code fx} (may be
     * {@code null}: then only CNY values count).
     */
    public RiskEngine(RiskConfig config, CbecFx fx) {
        this.config = Objects.requireNonNull(config, "config");
        this.cny = new CnyValues(fx, RateType.CUSTOMS_MONTHLY);
    }

    /** The configuration. */
    public RiskConfig config() {
        return config;
    }

    /** What the rules say about {@code f} given what was observed before; nothing is recorded. */
    public synchronized List<RiskAlert> assess(FilingFact f) {
        if (!counts(f)) {
            return List.of();
        }
        List<RiskAlert> out = new ArrayList<>();
        BigDecimal value = value(f);
        if (f.buyer() != null && value != null) {
            Buyer b = buyers.get(f.buyer().key());
            splitOrder(f, value, b, out);
            annualLimit(f, value, b, out);
        }
        sharedContact(RiskRule.SHARED_PHONE, "phone", f.phone(), phones, f, out);
        sharedContact(RiskRule.SHARED_ADDRESS, "address", f.address(), addresses, f, out);
        priceDeviation(f, out);
        return List.copyOf(out);
    }

    /** Records {@code f} (when it counts) for the filings that follow. */
    public synchronized void observe(FilingFact f) {
        if (!counts(f)) {
            return;
        }
        BigDecimal value = value(f);
        if (f.buyer() != null && value != null) {
            Buyer b = buyers.computeIfAbsent(f.buyer().key(), k -> new Buyer());
            evict(b, f.submittedAt());
            b.recent.addLast(new Purchase(f.submittedAt(), f.orderNo(), value, goodsKeys(f)));
            int year = f.submittedOn().getYear();
            if (year != b.year) {
                b.year = year;
                b.yearTotal = BigDecimal.ZERO;
            }
            b.yearTotal = b.yearTotal.add(value);
        }
        remember(f.phone(), phones, f);
        remember(f.address(), addresses, f);
        for (LineFact l : f.lines()) {
            if (l.price() != null && l.price().signum() > 0) {
                Deque<BigDecimal> h = prices.computeIfAbsent(itemKey(f, l), k -> new ArrayDeque<>());
                h.addLast(l.price());
                if (h.size() > config.priceHistorySize()) {
                    h.removeFirst();
                }
            }
        }
    }

    /** {@link #assess} then {@link #observe}: the batch step. */
    public synchronized List<RiskAlert> replay(FilingFact f) {
        List<RiskAlert> alerts = assess(f);
        observe(f);
        return alerts;
    }

    private boolean counts(FilingFact f) {
        return config.basisType().equals(f.messageType()) && !f.status().isRefusal();
    }

    private BigDecimal value(FilingFact f) {
        return cny.cny(f.currency(), f.value(), f.submittedOn());
    }

    private void splitOrder(FilingFact f, BigDecimal value, Buyer b, List<RiskAlert> out) {
        if (b == null) {
            return;
        }
        BigDecimal single = config.limits().singleTransaction();
        Set<String> goods = goodsKeys(f);
        Instant since = f.submittedAt().minus(config.window());
        List<Purchase> group = new ArrayList<>();
        for (Purchase p : b.recent) {
            if (!p.at().isBefore(since) && !p.at().isAfter(f.submittedAt()) && !disjoint(p.goods(), goods)) {
                group.add(p);
            }
        }
        group.add(new Purchase(f.submittedAt(), f.orderNo(), value, goods));
        BigDecimal sum = group.stream().map(Purchase::cny).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean eachUnder = group.stream().allMatch(p -> p.cny().compareTo(single) <= 0);
        if (group.size() >= config.splitMinOrders() && eachUnder && sum.compareTo(single) > 0) {
            Set<String> shared = new LinkedHashSet<>(goods);
            group.forEach(p -> shared.retainAll(p.goods()));
            out.add(alert(RiskRule.SPLIT_ORDER, "buyer " + f.buyer().masked(), f.buyer().key(),
                    group.stream().map(Purchase::orderNo).toList(), List.of(f.buyer().masked()),
                    group.size() + " orders of goods " + (shared.isEmpty() ? String.join("/", goods) : String.join("/", shared))
                            + " within " + config.window() + ", each within " + single + " CNY, together " + fen(sum) + " CNY",
                    f));
        }
    }

    private void annualLimit(FilingFact f, BigDecimal value, Buyer b, List<RiskAlert> out) {
        int year = f.submittedOn().getYear();
        BigDecimal before = b != null && b.year == year ? b.yearTotal : BigDecimal.ZERO;
        BigDecimal after = before.add(value);
        BigDecimal annual = config.limits().annual();
        BigDecimal warn = annual.multiply(config.annualWarnShare());
        if (after.compareTo(warn) < 0) {
            return;
        }
        boolean over = after.compareTo(annual) > 0;
        out.add(alert(RiskRule.ANNUAL_LIMIT, "buyer " + f.buyer().masked(), f.buyer().key() + "|" + year,
                List.of(f.orderNo() == null ? f.documentNo() : f.orderNo()), List.of(f.buyer().masked()),
                (over ? "over" : "nearing") + " the annual limit: " + fen(after) + " of " + annual + " CNY in " + year
                        + " with this filing (" + fen(before) + " before)", f));
    }

    private void sharedContact(RiskRule rule, String what, PartyKey contact, Map<String, Contact> book, FilingFact f,
                               List<RiskAlert> out) {
        if (contact == null || f.buyer() == null) {
            return;
        }
        Contact c = book.get(contact.key());
        if (c == null || c.buyers.containsKey(f.buyer().key())) {
            return;
        }
        int distinct = c.buyers.size() + 1;
        if (distinct >= config.sharedContactBuyers()) {
            List<String> masked = new ArrayList<>(c.buyers.values());
            masked.add(f.buyer().masked());
            List<String> orders = new ArrayList<>(c.orders);
            orders.add(f.orderNo());
            out.add(alert(rule, what + " " + contact.masked(), contact.key(), orders, masked,
                    distinct + " different buyers on one " + what + " (alert from " + config.sharedContactBuyers() + ")", f));
        }
    }

    private void remember(PartyKey contact, Map<String, Contact> book, FilingFact f) {
        if (contact == null || f.buyer() == null) {
            return;
        }
        Contact c = book.computeIfAbsent(contact.key(), k -> new Contact());
        if (c.buyers.size() < config.sharedContactBuyers() + CONTACT_EXTRA) {
            c.buyers.putIfAbsent(f.buyer().key(), f.buyer().masked());
        }
        if (f.orderNo() != null) {
            c.orders.addLast(f.orderNo());
            if (c.orders.size() > CONTACT_ORDERS) {
                c.orders.removeFirst();
            }
        }
    }

    private void priceDeviation(FilingFact f, List<RiskAlert> out) {
        for (LineFact l : f.lines()) {
            Deque<BigDecimal> h = l.price() == null ? null : prices.get(itemKey(f, l));
            if (h == null || h.size() < config.priceMinHistory()) {
                continue;
            }
            BigDecimal median = median(h);
            boolean low = l.price().compareTo(median.multiply(config.priceLowShare())) < 0;
            boolean high = l.price().compareTo(median.multiply(config.priceHighShare())) > 0;
            if (low || high) {
                String item = l.itemNo() != null ? "item " + l.itemNo() : "goods " + l.hsCode() + " " + l.name();
                out.add(alert(RiskRule.PRICE_DEVIATION, item, itemKey(f, l) + "|" + f.guid() + "|" + l.gnum(),
                        List.of(f.orderNo() == null ? f.documentNo() : f.orderNo()),
                        f.buyer() == null ? List.of() : List.of(f.buyer().masked()),
                        "line " + l.gnum() + " unit price " + l.price().stripTrailingZeros().toPlainString() + " is "
                                + (low ? "below " + config.priceLowShare() + " ×" : "above " + config.priceHighShare() + " ×")
                                + " the median " + median.stripTrailingZeros().toPlainString() + " of its last " + h.size()
                                + " prices", f));
            }
        }
    }

    private RiskAlert alert(RiskRule rule, String subject, String key, List<String> orders, List<String> buyersMasked,
                            String detail, FilingFact f) {
        Severity s = config.blocking().contains(rule) ? Severity.ERROR : Severity.WARNING;
        List<String> o = orders.stream().filter(Objects::nonNull).toList();
        return new RiskAlert(rule, s, subject, key, o, buyersMasked, detail, f.submittedAt());
    }

    private void evict(Buyer b, Instant now) {
        Instant since = now.minus(config.window());
        for (Iterator<Purchase> it = b.recent.iterator(); it.hasNext(); ) {
            if (it.next().at().isBefore(since)) {
                it.remove();
            }
        }
    }

    /** The goods of a filing as compared for 拆单: HS prefixes, else item numbers, else names. */
    private Set<String> goodsKeys(FilingFact f) {
        Set<String> out = new LinkedHashSet<>();
        for (LineFact l : f.lines()) {
            if (l.hsCode() != null && l.hsCode().length() >= config.similarHsDigits()) {
                out.add(l.hsCode().substring(0, config.similarHsDigits()));
            } else if (l.itemNo() != null) {
                out.add("item " + l.itemNo());
            } else if (l.name() != null) {
                out.add(l.name());
            }
        }
        return out;
    }

    /** An item on this platform: the seller and its item number, else the HS code and name. */
    private static String itemKey(FilingFact f, LineFact l) {
        String item = l.itemNo() != null ? l.itemNo() : l.hsCode() + "|" + l.name();
        return f.ebpCode() + "|" + f.ebcCode() + "|" + item + "|" + l.currency();
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal median(Deque<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 5, RoundingMode.HALF_UP);
    }

    private static String fen(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
