package org.cbec.insights.score;

import java.util.List;
import org.cbec.insights.stats.Latency;
import org.cbec.insights.stats.ReasonCount;

/**
 * One enterprise's filing record as customs' credit system (信用管理) would see it, from the company's side: how often
 * its filings are refused and why, how often its documents disagree (三单 / 四单), how long release takes, how many
 * inventories it cancels or takes back, and whether its tax is paid on time. Built by
 * {@code CbecInsights.scorecards}; render with {@link ScorecardWriter}.
 *
 * @param role                   whose code: the seller's ({@code ebcCode}) or the platform's ({@code ebpCode})
 * @param code                   the enterprise's code
 * @param filings                documents filed naming it
 * @param released               of them released
 * @param refused                of them rejected or refused with an error
 * @param topReasons             its most frequent refusal reasons (at most three)
 * @param crossCheckFilings      documents of the 三单 / 四单 types (CEB311, 411, 511, 621; export 303, 403, 505, 603)
 * @param crossCheckRefusals     of them refused because the documents disagree or one is missing
 * @param releaseLatency         filing-to-release times
 * @param cancellations          cancellations filed (撤销申请单 CEB623, export CEB605)
 * @param cancellationsConcluded of them concluded by customs (399 / 800)
 * @param returns                returns filed (退货申请单 CEB625, export CEB213)
 * @param taxBills               tax bills of its released inventories (CEB816)
 * @param lateTaxPayments        of them paid after the 45th day after release, or unpaid with that day past
 */
public record Scorecard(Role role, String code, long filings, long released, long refused, List<ReasonCount> topReasons,
                        long crossCheckFilings, long crossCheckRefusals, Latency releaseLatency, long cancellations,
                        long cancellationsConcluded, long returns, long taxBills, long lateTaxPayments) {

    /** Which code of a filing a scorecard is for. */
    public enum Role {
        /** 电商企业 ({@code ebcCode}). */
        SELLER,
        /** 电商平台 ({@code ebpCode}). */
        PLATFORM
    }

    /** The list is copied. */
    public Scorecard {
        topReasons = List.copyOf(topReasons);
    }

    /** refused ÷ filings, 0 without filings. */
    public double refusalRate() {
        return filings == 0 ? 0 : (double) refused / filings;
    }

    /** crossCheckRefusals ÷ crossCheckFilings, 0 without such filings. */
    public double mismatchRate() {
        return crossCheckFilings == 0 ? 0 : (double) crossCheckRefusals / crossCheckFilings;
    }

    /** lateTaxPayments ÷ taxBills, 0 without tax bills. */
    public double lateTaxRate() {
        return taxBills == 0 ? 0 : (double) lateTaxPayments / taxBills;
    }
}
