package org.cbec.customs.lifecycle;

import java.time.Period;
import java.util.Objects;

/**
 * The windows and places the rules set for what follows a release. As commonly summarised from Customs Announcement
 * 2018 No. 194: a return is applied for within 30 days of the inventory's release and the goods reach the original
 * customs-supervised place within 45 days; then the tax is not levied and the buyer's annual amount is restored. The
 * tax is payable from the 31st day only when nothing was returned or cancelled in the first 30 days, so a released
 * inventory may be cancelled within the same 30 days. Later pilots let some returns be declared at another customs.
 * These are configurable, not eternal law: set what your customs applies.
 *
 * <pre>{@code
 * LifecycleRules rules = LifecycleRules.ofDefaults().withReturnApplicationWindow(Period.ofDays(15)).withReturnAtOtherCustoms(true);
 * }</pre>
 *
 * @param returnApplicationWindow  how long after release a return may be applied for (default 30 days)
 * @param returnArrivalWindow      how long after release the returned goods must reach the supervised place (default 45 days)
 * @param cancellationAfterRelease how long after release an inventory may still be cancelled (default 30 days; zero: only
 *                                 before release)
 * @param returnAtOtherCustoms     whether a return may be declared at another customs than the inventory's (default no)
 */
public record LifecycleRules(Period returnApplicationWindow, Period returnArrivalWindow, Period cancellationAfterRelease,
                             boolean returnAtOtherCustoms) {

    public LifecycleRules {
        Objects.requireNonNull(returnApplicationWindow, "returnApplicationWindow");
        Objects.requireNonNull(returnArrivalWindow, "returnArrivalWindow");
        Objects.requireNonNull(cancellationAfterRelease, "cancellationAfterRelease");
        if (returnApplicationWindow.isNegative() || returnArrivalWindow.isNegative() || cancellationAfterRelease.isNegative()) {
            throw new IllegalArgumentException("windows are not negative: " + returnApplicationWindow + ", " + returnArrivalWindow + ", "
                    + cancellationAfterRelease);
        }
    }

    /** 30 days to apply for a return, 45 for the goods to arrive, cancellation within 30 days of release, same customs only. */
    public static LifecycleRules ofDefaults() {
        return new LifecycleRules(Period.ofDays(30), Period.ofDays(45), Period.ofDays(30), false);
    }

    public LifecycleRules withReturnApplicationWindow(Period window) {
        return new LifecycleRules(window, returnArrivalWindow, cancellationAfterRelease, returnAtOtherCustoms);
    }

    public LifecycleRules withReturnArrivalWindow(Period window) {
        return new LifecycleRules(returnApplicationWindow, window, cancellationAfterRelease, returnAtOtherCustoms);
    }

    public LifecycleRules withCancellationAfterRelease(Period window) {
        return new LifecycleRules(returnApplicationWindow, returnArrivalWindow, window, returnAtOtherCustoms);
    }

    public LifecycleRules withReturnAtOtherCustoms(boolean allowed) {
        return new LifecycleRules(returnApplicationWindow, returnArrivalWindow, cancellationAfterRelease, allowed);
    }
}
