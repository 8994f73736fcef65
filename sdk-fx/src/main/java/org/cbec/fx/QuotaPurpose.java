package org.cbec.fx;

/**
 * Why an individual buys or settles foreign currency, which decides whether it counts against the annual
 * convenience quota.
 */
public enum QuotaPurpose {
    /** Personal purchase or settlement under the convenience quota (便利化额度): always counts. */
    CONVENIENCE,
    /**
     * Settlement of e-commerce trade receipts by an individual seller: outside the quota when the seller is
     * registered for e-commerce settlement ({@link TradeFxRegistration#ecommerceSettlement()}), otherwise it
     * counts like {@link #CONVENIENCE}.
     */
    ECOMMERCE_TRADE
}
