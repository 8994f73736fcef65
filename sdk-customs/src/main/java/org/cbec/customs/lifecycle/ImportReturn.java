package org.cbec.customs.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb625Message;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.InvtRefund;
import org.cbec.customs.imports.InvtRefundHead;
import org.cbec.customs.imports.InvtRefundList;

/**
 * The return (退货申请单, CEB625 → CEB626, spec 3.13) of all or some lines of a released import inventory, built from
 * what was filed. Before it is built, the rules are checked: the inventory was released, the application is within
 * {@link LifecycleRules#returnApplicationWindow()} of the release, every line names a line of the inventory and
 * returns no more than was released (less earlier returns), and it is declared at the inventory's customs unless
 * {@link LifecycleRules#returnAtOtherCustoms()}. Its receipt table ends at 399 审结; a concluded return restores the
 * buyer's annual amount and voids the tax (sdk-tax).
 *
 * <pre>{@code
 * Ceb625Message m = ImportReturn.of(filed, List.of(new ImportReturn.Line(1, new BigDecimal("2"))), "尺码不合适")
 *         .message(transfer, clock.instant());                 // LifecycleException when a rule is broken
 * Ceb625Message all = ImportReturn.whole(filed, "七天无理由退货").message(transfer, clock.instant());
 * }</pre>
 */
public final class ImportReturn {

    /**
     * One returned line.
     *
     * @param gnum the inventory line's 序号
     * @param qty  how many are returned, in the inventory's unit
     */
    public record Line(int gnum, BigDecimal qty) {
        public Line {
            Objects.requireNonNull(qty, "qty");
        }
    }

    private final FiledInventory filed;
    private final List<Line> lines;
    private final String reason;
    private final LifecycleRules rules;
    private final String customsCode;

    private ImportReturn(FiledInventory filed, List<Line> lines, String reason, LifecycleRules rules, String customsCode) {
        this.filed = Objects.requireNonNull(filed, "filed");
        this.lines = List.copyOf(lines);
        this.reason = reason;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.customsCode = customsCode;
    }

    /** A return of {@code lines} of the released inventory {@code filed}, for {@code reason}, under the default rules. */
    public static ImportReturn of(FiledInventory filed, List<Line> lines, String reason) {
        return new ImportReturn(filed, lines, reason, LifecycleRules.ofDefaults(), filed.inventory().inventoryHead().customsCode());
    }

    /** A return of everything not yet returned of {@code filed}. */
    public static ImportReturn whole(FiledInventory filed, String reason) {
        List<Line> all = filed.inventory().inventoryList().stream().map(l -> new Line(l.gnum(), filed.returnable(l.gnum())))
                .filter(l -> l.qty().signum() > 0).toList();
        return of(filed, all, reason);
    }

    /** The same return under {@code rules}. */
    public ImportReturn rules(LifecycleRules rules) {
        return new ImportReturn(filed, lines, reason, rules, customsCode);
    }

    /** The same return declared at {@code customsCode} (by default the inventory's). */
    public ImportReturn atCustoms(String customsCode) {
        return new ImportReturn(filed, lines, reason, rules, Objects.requireNonNull(customsCode, "customsCode"));
    }

    /** The lines returned. */
    public List<Line> lines() {
        return lines;
    }

    /** Every rule the return breaks at {@code at}; empty when it may be sent. */
    public List<LifecycleFinding> problems(Instant at) {
        List<LifecycleFinding> out = new ArrayList<>(filed.acceptanceProblems("InvtRefundHead.invtNo"));
        LocalDateTime now = CustomsTime.of(at);
        if (out.isEmpty() && !filed.isReleased()) {
            out.add(new LifecycleFinding(LifecycleRule.RETURN_NOT_RELEASED, "InvtRefundHead.invtNo", "清单编号", "inventory " + filed.invtNo()
                    + " is " + filed.status() + ", not released: only a released inventory is returned; cancel it instead (CEB623)"));
        } else if (out.isEmpty() && !filed.withinAfterRelease(rules.returnApplicationWindow(), now)) {
            out.add(new LifecycleFinding(LifecycleRule.RETURN_WINDOW, "InvtRefundHead.invtNo", "清单编号", "inventory " + filed.invtNo()
                    + " was released " + filed.releasedAt() + "; a return is applied for within " + rules.returnApplicationWindow()
                    + " of the release, it is now " + now));
        }
        String inventoryCustoms = filed.inventory().inventoryHead().customsCode();
        if (!rules.returnAtOtherCustoms() && !Objects.equals(customsCode, inventoryCustoms)) {
            out.add(new LifecycleFinding(LifecycleRule.RETURN_CUSTOMS, "InvtRefundHead.customsCode", "申报海关代码", "the return is declared at "
                    + customsCode + ", the inventory at " + inventoryCustoms + "; these rules allow no return at another customs"));
        }
        out.addAll(lineProblems());
        out.addAll(FiledInventory.reasonProblems(reason, "InvtRefundHead.reason"));
        return out;
    }

    private List<LifecycleFinding> lineProblems() {
        List<LifecycleFinding> out = new ArrayList<>();
        if (lines.isEmpty()) {
            out.add(new LifecycleFinding(LifecycleRule.RETURN_LINE_UNKNOWN, "InvtRefundList", "退货申请单表体", "a return names at least one line"));
        }
        Set<Integer> seen = new HashSet<>();
        for (Line l : lines) {
            String path = "InvtRefundList[gnum=" + l.gnum() + "]";
            Optional<InventoryList> line = filed.line(l.gnum());
            if (line.isEmpty() || !seen.add(l.gnum())) {
                out.add(new LifecycleFinding(LifecycleRule.RETURN_LINE_UNKNOWN, path + ".gnum", "序号", line.isEmpty()
                        ? "inventory " + filed.invtNo() + " has no line " + l.gnum() + " (-625209)" : "line " + l.gnum() + " is named twice"));
            } else if (l.qty().signum() <= 0 || l.qty().compareTo(filed.returnable(l.gnum())) > 0) {
                out.add(new LifecycleFinding(LifecycleRule.RETURN_QUANTITY, path + ".qty", "数量", l.qty().toPlainString()
                        + " is not between 0 and the " + filed.returnable(l.gnum()).toPlainString() + " released and not yet returned"));
            }
        }
        return out;
    }

    /**
     * The return document, dated {@code at}.
     *
     * @throws LifecycleException when {@link #problems} finds any
     */
    public InvtRefund document(Instant at) {
        LifecycleException.throwIfAny(problems(at));
        InventoryHead h = filed.inventory().inventoryHead();
        InvtRefund.Builder refund = InvtRefund.builder().invtRefundHead(InvtRefundHead.builder().guid(Cancellation.newGuid())
                .appType(AppType.ADD).appTime(CustomsTime.of(at)).appStatus(AppStatus.DECLARE).customsCode(customsCode)
                .orderNo(h.orderNo()).ebpCode(h.ebpCode()).ebpName(h.ebpName()).ebcCode(h.ebcCode()).ebcName(h.ebcName())
                .logisticsNo(h.logisticsNo()).logisticsCode(h.logisticsCode()).logisticsName(h.logisticsName()).copNo(h.copNo())
                .preNo(filed.preNo()).invtNo(filed.invtNo()).buyerIdType(h.buyerIdType()).buyerIdNumber(h.buyerIdNumber())
                .buyerName(h.buyerName()).buyerTelephone(h.buyerTelephone()).agentCode(h.agentCode()).agentName(h.agentName())
                .reason(reason).build());
        for (Line l : lines) {
            InventoryList line = filed.line(l.gnum()).orElseThrow();
            refund.addInvtRefundList(InvtRefundList.builder().gnum(l.gnum()).gcode(line.gcode()).gname(line.gname()).qty(l.qty())
                    .unit(line.unit()).build());
        }
        return refund.build();
    }

    /**
     * The CEB625 message carrying the return, dated {@code at}, sent by {@code transfer}'s company.
     *
     * @throws LifecycleException when {@link #problems} finds any
     */
    public Ceb625Message message(BaseTransfer transfer, Instant at) {
        return Ceb625Message.builder().guid(Cancellation.newGuid()).addInvtRefund(document(at)).baseTransfer(transfer).build();
    }
}
