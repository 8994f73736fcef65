package org.cbec.fx;

/**
 * The answer of {@link PersonalQuotaTracker#use}: whether the transaction may go ahead and what it did to the
 * person's quota for the year. All amounts are USD, rounded to cents.
 *
 * @param allowed whether it may go ahead (and, if it counts, was recorded)
 * @param countsAgainstQuota whether it counts against the quota
 * @param usdEquivalent the transaction in USD
 * @param usedBefore the quota used this year before it
 * @param usedAfter the quota used after it (unchanged when refused or not counted)
 * @param remaining what is left after it
 * @param reason why, in a sentence
 */
public record QuotaDecision(boolean allowed, boolean countsAgainstQuota, Money usdEquivalent, Money usedBefore,
                            Money usedAfter, Money remaining, String reason) {
}
