/**
 * Cross-border retail import tax (9610 / 1210), per-buyer annual limits, tax bills and guarantees, and the
 * export tax-free rules of the pilot zones.
 *
 * <p>Not implemented yet: this module is a placeholder until its issue is taken up.
 */
package org.cbec.tax;
