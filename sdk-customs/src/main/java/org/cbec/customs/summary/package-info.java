/**
 * Summary declaration (汇总申报) of export inventories: {@link org.cbec.customs.summary.SummaryDeclaration} groups
 * released inventories into CEB701 summary applications by the customs rules and reports what it could not group.
 */
package org.cbec.customs.summary;
