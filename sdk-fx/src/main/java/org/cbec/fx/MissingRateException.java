package org.cbec.fx;

import java.time.LocalDate;
import java.util.Objects;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.customs.codes.CurrencyCode;

/**
 * No rate of the needed type for a currency and date in the configured {@link org.cbec.fx.spi.RateSource}
 * ({@code FX_RATE_MISSING}).
 * The message names all three, e.g. {@code no customs monthly rate for USD (502) in 2026-12}.
 *
 * <pre>{@code
 * try {
 *     fx.convert(money, CurrencyCode.CNY, date);
 * } catch (MissingRateException e) {
 *     log.warn("load rates for {} {}", e.currency(), e.date());
 * }
 * }</pre>
 */
public final class MissingRateException extends CebException {

    private static final long serialVersionUID = 1L;

    private final transient RateType type;
    private final transient CurrencyCode currency;
    private final transient LocalDate date;

    /** A missing rate of {@code type} for {@code currency} on {@code date}. */
    public MissingRateException(RateType type, CurrencyCode currency, LocalDate date) {
        super(ErrorCode.FX_RATE_MISSING, "no " + Objects.requireNonNull(type, "type").description() + " for "
                + Currencies.label(Objects.requireNonNull(currency, "currency"))
                + (type == RateType.CUSTOMS_MONTHLY ? " in " : " on ") + type.periodText(Objects.requireNonNull(date, "date"))
                + " in the rate source");
        this.type = type;
        this.currency = currency;
        this.date = date;
    }

    /** The rate type asked for. */
    public RateType type() {
        return type;
    }

    /** The currency without a rate. */
    public CurrencyCode currency() {
        return currency;
    }

    /** The date asked for. */
    public LocalDate date() {
        return date;
    }
}
