package org.cbec.fx.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateType;
import org.cbec.fx.spi.RateSource;

/** An immutable map of rates keyed by type, currency and period start. */
public final class InMemoryRateSource implements RateSource {

    private record Key(RateType type, CurrencyCode currency, LocalDate period) {
    }

    private final Map<Key, ExchangeRate> rates;

    private InMemoryRateSource(Map<Key, ExchangeRate> rates) {
        this.rates = Map.copyOf(rates);
    }

    /** The rates; a second, different rate for the same key is refused, an identical one ignored. */
    public static InMemoryRateSource of(Collection<ExchangeRate> rates) {
        Map<Key, ExchangeRate> map = new HashMap<>();
        for (ExchangeRate r : rates) {
            ExchangeRate old = map.putIfAbsent(new Key(r.type(), r.currency(), r.period()), r);
            if (old != null && old.cnyPerUnit().compareTo(r.cnyPerUnit()) != 0) {
                throw new IllegalArgumentException("two rates for one period: " + old + " and " + r);
            }
        }
        return new InMemoryRateSource(map);
    }

    @Override
    public Optional<ExchangeRate> find(RateType type, CurrencyCode currency, LocalDate date) {
        return Optional.ofNullable(rates.get(new Key(type, currency, type.period(date))));
    }

    @Override
    public String toString() {
        return "InMemoryRateSource[" + rates.size() + " rates]";
    }
}
