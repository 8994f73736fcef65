/**
 * The order in which an export is filed and the receipts each filing waits for: {@link org.cbec.customs.flow.ExportFlow}.
 */
package org.cbec.customs.flow;
