package org.cbec.mock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The receipts the mock sends for one accepted message: each {@link Step} is one receipt, due {@link Step#after()}
 * the previous one (the first after acceptance). The default for a declaration is {@link #releasing(Duration)}:
 * 2 → 120 → 399 → 800.
 *
 * <pre>{@code
 * mock.enqueue(Scenario.rejecting(Duration.ofMillis(10), "订购人身份信息校验未通过")); // the next message is rejected
 * mock.enqueue(Scenario.of(new Scenario.Step(Duration.ZERO, "-621005", "清单的购买金额超过单笔限额")));
 * mock.enqueue("CEB621", Scenario.inspected(Duration.ofMillis(10)));                 // the next inventory is inspected, then released
 * }</pre>
 *
 * @param steps the receipts, in the order they become due
 */
public record Scenario(List<Step> steps) {

    public Scenario {
        steps = List.copyOf(steps);
    }

    /**
     * One receipt.
     *
     * @param after        delay after the previous step (or after acceptance)
     * @param returnStatus the {@code returnStatus} it carries, e.g. {@code 120}, {@code 100} or a negative error code
     * @param info         its {@code returnInfo}
     */
    public record Step(Duration after, String returnStatus, String info) {
        public Step {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(returnStatus, "returnStatus");
            Objects.requireNonNull(info, "info");
        }
    }

    /** The given steps. */
    public static Scenario of(Step... steps) {
        return new Scenario(List.of(steps));
    }

    /** 2 (申报中) → 120 (入库) → 399 (海关审结) → 800 (放行), {@code gap} apart. */
    public static Scenario releasing(Duration gap) {
        return of(new Step(gap, "2", "电子口岸申报中"), new Step(gap, "120", "海关入库成功"),
                new Step(gap, "399", "海关审结"), new Step(gap, "800", "放行"));
    }

    /** 2 (申报中) → 120 (入库) → 399 (审结) → 500 (查验) → 800 (放行), {@code gap} apart: inspected, then released, the normal course. */
    public static Scenario inspected(Duration gap) {
        return of(new Step(gap, "2", "电子口岸申报中"), new Step(gap, "120", "海关入库成功"), new Step(gap, "399", "海关审结"),
                new Step(gap, "500", "查验"), new Step(gap, "800", "放行"));
    }

    /**
     * 2 → 120 → 399 → 500 (查验) → {@code detention} with {@code reason}, {@code gap} apart: inspected, then detained.
     *
     * @param detention 501 (扣留移送通关), 502 (扣留移送缉私), 503 (扣留移送法规) or 599 (其它扣留)
     * @throws IllegalArgumentException for another code
     */
    public static Scenario detained(Duration gap, String detention, String reason) {
        if (!List.of("501", "502", "503", "599").contains(detention)) {
            throw new IllegalArgumentException("a detention is 501, 502, 503 or 599: " + detention);
        }
        return of(new Step(gap, "2", "电子口岸申报中"), new Step(gap, "120", "海关入库成功"), new Step(gap, "399", "海关审结"),
                new Step(gap, "500", "查验"), new Step(gap, detention, reason));
    }

    /** 2 → 120 → 399 → 500 (查验) → 599 (其它扣留) → 700 (退运) with {@code reason}, {@code gap} apart: re-shipped abroad. */
    public static Scenario reshipped(Duration gap, String reason) {
        return of(new Step(gap, "2", "电子口岸申报中"), new Step(gap, "120", "海关入库成功"), new Step(gap, "399", "海关审结"),
                new Step(gap, "500", "查验"), new Step(gap, "599", reason), new Step(gap, "700", "退运"));
    }

    /** 2 (申报中) → 100 (退单) with {@code reason}, {@code gap} apart. */
    public static Scenario rejecting(Duration gap, String reason) {
        return of(new Step(gap, "2", "电子口岸申报中"), new Step(gap, "100", reason));
    }

    /** The last step's status, the one a client ends at when receipts arrive in order. */
    public String finalStatus() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1).returnStatus();
    }
}
