/**
 * Checks across the messages of one parcel (四单: order, payment, waybill, inventory), such as {@link
 * org.cbec.customs.crosscheck.ParcelCheck}.
 */
package org.cbec.customs.crosscheck;
