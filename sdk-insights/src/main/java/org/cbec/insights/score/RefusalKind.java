package org.cbec.insights.score;

import java.util.List;
import org.cbec.insights.facts.FilingFact;

/**
 * What kind of refusal a refused filing got, read from its code and text: a failed cross-check of the three or four
 * documents (三单对碰 / 四单比对: a counterpart missing or disagreeing), a format check (CEB900), or anything else.
 *
 * <pre>{@code
 * RefusalKind.of(fact); // CROSS_CHECK for "四单比对未通过: …" or "-301003 订单信息查询不存在[*]"
 * }</pre>
 */
public enum RefusalKind {
    /** The order, payment, waybill and inventory disagree, or one of them is missing. */
    CROSS_CHECK,
    /** The format check refused the message (CEB900). */
    FORMAT_CHECK,
    /** Any other refusal. */
    OTHER;

    private static final List<String> CROSS_CHECK_WORDS = List.of("三单", "四单", "对碰", "不一致", "不匹配", "不相符",
            "订单信息查询不存在", "支付凭证查询不存在", "对应支付凭证", "运单信息查询不存在");

    /** The kind of {@code fact}'s refusal, or {@code null} when it was not refused. */
    public static RefusalKind of(FilingFact fact) {
        if (!fact.status().isRefusal()) {
            return null;
        }
        if ("CEB900".equals(fact.refusalCode())) {
            return FORMAT_CHECK;
        }
        String text = fact.refusalReason() == null ? "" : fact.refusalReason();
        boolean cross = CROSS_CHECK_WORDS.stream().anyMatch(text::contains) || text.contains("比对") && !text.contains("加签");
        return cross ? CROSS_CHECK : OTHER;
    }
}
