package org.cbec.mock.internal;

import java.util.Optional;
import java.util.Random;

import org.cbec.mock.Fault;

/**
 * Faults drawn at random for send requests that have no enqueued fault: one draw per request, a server error
 * ({@code 503}) with probability {@code serverErrorRate}, else a dropped response with probability
 * {@code dropRate}. Seeded, so a run can be repeated. Thread safe.
 */
public final class RandomFaults {

    private final double serverErrorRate;
    private final double dropRate;
    private final Random random;

    /**
     * @throws IllegalArgumentException when the rates are not {@link #checkRates valid}
     */
    public RandomFaults(double serverErrorRate, double dropRate, long seed) {
        checkRates(serverErrorRate, dropRate);
        this.serverErrorRate = serverErrorRate;
        this.dropRate = dropRate;
        this.random = new Random(seed);
    }

    /**
     * @throws IllegalArgumentException when a rate is outside 0..1 or both add up to more than 1
     */
    public static void checkRates(double serverErrorRate, double dropRate) {
        check("server error rate", serverErrorRate);
        check("drop rate", dropRate);
        if (serverErrorRate + dropRate > 1) {
            throw new IllegalArgumentException("server error rate " + serverErrorRate + " and drop rate " + dropRate + " add up to more than 1");
        }
    }

    private static void check(String what, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, not " + rate);
        }
    }

    /** The fault for the next request, if the draw gives one. */
    public synchronized Optional<Fault> next() {
        if (serverErrorRate == 0 && dropRate == 0) {
            return Optional.empty();
        }
        double draw = random.nextDouble();
        if (draw < serverErrorRate) {
            return Optional.of(Fault.httpStatus(503));
        }
        return draw < serverErrorRate + dropRate ? Optional.of(Fault.dropResponse()) : Optional.empty();
    }
}
