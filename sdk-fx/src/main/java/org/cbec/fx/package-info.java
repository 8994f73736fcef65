/**
 * Customs currency codes, exchange rates, FX transaction records for payment institutions and
 * "three flows in one" (information, funds, goods) reconciliation.
 *
 * <p>Not implemented yet: this module is a placeholder until its issue is taken up.
 */
package org.cbec.fx;
