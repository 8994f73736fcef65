/**
 * A typed view of customs receipts: {@link org.cbec.customs.receipt.CustomsReceipts} turns any receipt message into
 * {@link org.cbec.customs.receipt.CustomsReceipt} lines with a typed {@link
 * org.cbec.customs.receipt.ReceiptStatus}.
 */
package org.cbec.customs.receipt;
