package org.cbec.fx;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cbec.core.validation.Sensitivity;
import org.cbec.customs.codes.CurrencyCode;

/**
 * Tracks individuals' use of the annual FX convenience quota (个人年度便利化额度, 50,000 USD equivalent per
 * calendar year by default): each purchase or settlement is converted to USD at the central parity rate of its
 * date and refused when it would take the year's total above the limit. Trade receipts of individual sellers
 * registered for e-commerce settlement are allowed and not counted.
 *
 * <p>People are keyed by identity number (case-insensitive). Thread-safe. A refused transaction is not
 * recorded. Use one tracker per ledger; load earlier use with {@link #recordOpening}.
 *
 * <pre>{@code
 * PersonalQuotaTracker quota = fx.newQuotaTracker(registrations);
 * QuotaDecision d = quota.use("110101199003074514", Money.of("3000.00", CurrencyCode.EUR),
 *         LocalDate.of(2026, 11, 23), QuotaPurpose.CONVENIENCE);
 * if (!d.allowed()) refuse(d.reason());
 * }</pre>
 */
public final class PersonalQuotaTracker {

    private record Key(String idNumber, int year) {
    }

    private final CbecFx fx;
    private final Money annualLimit;
    private final Map<String, TradeFxRegistration> sellers = new HashMap<>();
    private final Map<Key, Money> used = new HashMap<>();

    private PersonalQuotaTracker(CbecFx fx, Money annualLimit, Collection<TradeFxRegistration> registrations) {
        this.fx = Objects.requireNonNull(fx, "fx");
        if (annualLimit.currency() != CurrencyCode.USD || !annualLimit.isPositive()) {
            throw new IllegalArgumentException("the annual limit is a positive USD amount, not " + annualLimit);
        }
        this.annualLimit = annualLimit;
        for (TradeFxRegistration r : registrations) {
            if (r.registrantType() == TradeFxRegistration.RegistrantType.INDIVIDUAL) {
                sellers.put(key(r.idNumber()), r);
            }
        }
    }

    /** A tracker converting with {@code fx}, for a limit in USD, knowing the sellers' registrations. */
    public static PersonalQuotaTracker create(CbecFx fx, Money annualLimit, Collection<TradeFxRegistration> registrations) {
        return new PersonalQuotaTracker(fx, annualLimit, registrations);
    }

    /** The annual limit. */
    public Money annualLimit() {
        return annualLimit;
    }

    /** Records quota already used in a year (e.g. loaded from the bank's records), in USD. */
    public synchronized void recordOpening(String idNumber, Year year, Money usd) {
        if (usd.currency() != CurrencyCode.USD || usd.amount().signum() < 0) {
            throw new IllegalArgumentException("opening use is a USD amount of 0 or more, not " + usd);
        }
        used.merge(new Key(key(idNumber), year.getValue()), usd.rounded(RoundingMode.HALF_UP), Money::plus);
    }

    /** The USD quota a person has used in a year. */
    public synchronized Money used(String idNumber, Year year) {
        return used.getOrDefault(new Key(key(idNumber), year.getValue()), Money.zero(CurrencyCode.USD));
    }

    /** What is left of a person's quota in a year. */
    public synchronized Money remaining(String idNumber, Year year) {
        Money left = annualLimit.minus(used(idNumber, year));
        return left.isPositive() ? left : Money.zero(CurrencyCode.USD);
    }

    /**
     * Checks and, when allowed and counted, records one transaction.
     *
     * @throws MissingRateException when there is no central parity rate for its currency (or USD) on {@code date}
     */
    public synchronized QuotaDecision use(String idNumber, Money amount, LocalDate date, QuotaPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a quota use is above zero, not " + amount);
        }
        Key k = new Key(key(idNumber), date.getYear());
        Money usd = fx.convert(amount, CurrencyCode.USD, date, RateType.CENTRAL_PARITY_DAILY);
        Money before = used.getOrDefault(k, Money.zero(CurrencyCode.USD));
        String who = Sensitivity.ID_NUMBER.mask(idNumber);
        TradeFxRegistration seller = sellers.get(k.idNumber());
        if (purpose == QuotaPurpose.ECOMMERCE_TRADE && seller != null && seller.ecommerceSettlement()) {
            return new QuotaDecision(true, false, usd, before, before, left(before),
                    who + " is an individual seller registered for e-commerce settlement (platform "
                            + seller.platformCode() + "): trade receipts settle outside the quota");
        }
        Money after = before.plus(usd);
        if (after.compareTo(annualLimit) > 0) {
            return new QuotaDecision(false, true, usd, before, before, left(before),
                    usd + " would take " + who + " to " + after + " in " + date.getYear() + ", above the annual quota of "
                            + annualLimit + "; " + left(before) + " left");
        }
        used.put(k, after);
        return new QuotaDecision(true, true, usd, before, after, left(after),
                "within the annual quota: " + after + " of " + annualLimit + " used in " + date.getYear());
    }

    private Money left(Money usedSoFar) {
        Money left = annualLimit.minus(usedSoFar);
        return left.isPositive() ? left : Money.zero(CurrencyCode.USD);
    }

    private static String key(String idNumber) {
        return Objects.requireNonNull(idNumber, "idNumber").strip().toUpperCase(Locale.ROOT);
    }
}
