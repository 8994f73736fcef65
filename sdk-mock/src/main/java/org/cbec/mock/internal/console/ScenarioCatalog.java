package org.cbec.mock.internal.console;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.cbec.mock.Scenario;

/**
 * The scenarios a tester can enqueue by name, in the console and through {@code POST /admin/api/scenarios}: one line
 * each, so a new {@link Scenario} is offered by adding its line to {@link #ALL}.
 *
 * <pre>{@code
 * Scenario s = ScenarioCatalog.find("reject").orElseThrow().scenario(Duration.ofSeconds(1), "订购人身份信息校验未通过");
 * }</pre>
 */
public final class ScenarioCatalog {

    /**
     * One scenario by name.
     *
     * @param name        what the endpoint takes, e.g. {@code hold}
     * @param description what it does, for the console
     * @param needsReason whether it takes a reason (the {@code returnInfo} of a rejection)
     * @param factory     makes it from the mock's receipt delay and the reason (empty when none is needed)
     */
    public record Named(String name, String description, boolean needsReason, BiFunction<Duration, String, Scenario> factory) {

        /** The scenario with receipts {@code gap} apart. */
        public Scenario scenario(Duration gap, String reason) {
            return factory.apply(gap, reason == null ? "" : reason);
        }
    }

    /** Every scenario offered, in the order the console lists them. */
    public static final List<Named> ALL = List.of(
            new Named("release", "2 → 120 → 399 → 800: released (放行)", false, (gap, reason) -> Scenario.releasing(gap)),
            new Named("reject", "2 → 100: rejected (退单) with the reason given", true, Scenario::rejecting),
            new Named("inspect", "2 → 120 → 399 → 500 → 800: inspected (查验), then released", false,
                    (gap, reason) -> Scenario.inspected(gap)),
            new Named("detain", "2 → 120 → 399 → 500 → 599: inspected, then detained (其它扣留) with the reason given", true,
                    (gap, reason) -> Scenario.detained(gap, "599", reason)),
            new Named("reship", "2 → 120 → 399 → 500 → 599 → 700: detained with the reason given, then re-shipped (退运)", true,
                    Scenario::reshipped),
            new Named("hold", "2, then held until released or rejected by hand in the console (release sends the rest of the type's"
                    + " receipt table: 120 for an order, 120 → 399 → 800 for an inventory)", false,
                    (gap, reason) -> Scenario.of(new Scenario.Step(gap, "2", "电子口岸申报中"))));

    private ScenarioCatalog() {
    }

    /** The scenario called {@code name}, if offered. */
    public static Optional<Named> find(String name) {
        return ALL.stream().filter(n -> n.name().equals(name)).findFirst();
    }
}
