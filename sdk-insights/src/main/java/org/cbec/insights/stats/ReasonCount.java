package org.cbec.insights.stats;

/**
 * How often one refusal reason occurred.
 *
 * @param reason the returnStatus and the normalised text, e.g. {@code 100 订购人身份信息校验未通过} or
 *               {@code -621005 清单[*]的购买金额超过单笔限额[[*]]}
 * @param count  how many refused filings gave it
 */
public record ReasonCount(String reason, long count) {
}
