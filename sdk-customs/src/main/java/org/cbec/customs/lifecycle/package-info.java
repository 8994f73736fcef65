/**
 * What follows a filing: cancellation (撤销申请单 CEB623 → CEB624), return (退货申请单 CEB625 → CEB626), change and
 * deletion of a filed document (appType 2 变更, 3 删除), each built from what was filed and checked against the rules
 * before it is sent ({@link org.cbec.customs.lifecycle.LifecycleRules}).
 *
 * <pre>{@code
 * FiledInventory filed = FiledInventory.of(inventory, Receipts.of(ceb622));      // invtNo, status, release time
 * Ceb623Message cancel = Cancellation.of(filed, "买家取消订单").message(transfer, clock.instant());
 * Ceb625Message ret = ImportReturn.of(filed, List.of(new ImportReturn.Line(1, BigDecimal.ONE)), "尺码不合适")
 *         .message(transfer, clock.instant());                                  // LifecycleException when a rule is broken
 * }</pre>
 */
package org.cbec.customs.lifecycle;
