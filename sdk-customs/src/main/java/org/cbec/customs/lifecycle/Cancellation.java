package org.cbec.customs.lifecycle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InvtCancel;

/**
 * The cancellation (撤销申请单, CEB623 → CEB624, spec 3.11) of an import inventory, built from what was filed: the
 * inventory's parties, buyer and numbers, with a mandatory reason. The declaring agent files it for the e-commerce
 * enterprise. Before it is built, the rules are checked: customs must have entered the inventory (it has an
 * {@code invtNo}) and not rejected it; a released inventory may be cancelled only within
 * {@link LifecycleRules#cancellationAfterRelease()} of its release. Its receipt table ends at 399 审结.
 *
 * <pre>{@code
 * Ceb623Message m = Cancellation.of(filed, "买家取消订单").message(transfer, clock.instant()); // or LifecycleException
 * client.submit(m).await(Status.CONCLUDED, Duration.ofHours(1));
 * }</pre>
 */
public final class Cancellation {

    private final FiledInventory filed;
    private final String reason;
    private final LifecycleRules rules;

    private Cancellation(FiledInventory filed, String reason, LifecycleRules rules) {
        this.filed = Objects.requireNonNull(filed, "filed");
        this.reason = reason;
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A cancellation of {@code filed} for {@code reason}, under the default rules. */
    public static Cancellation of(FiledInventory filed, String reason) {
        return new Cancellation(filed, reason, LifecycleRules.ofDefaults());
    }

    /** The same cancellation under {@code rules}. */
    public Cancellation rules(LifecycleRules rules) {
        return new Cancellation(filed, reason, rules);
    }

    /** Every rule the cancellation breaks at {@code at}; empty when it may be sent. */
    public List<LifecycleFinding> problems(Instant at) {
        List<LifecycleFinding> out = new ArrayList<>(filed.acceptanceProblems("InvtCancel.invtNo"));
        LocalDateTime now = CustomsTime.of(at);
        if (out.isEmpty() && filed.isReleased() && !filed.withinAfterRelease(rules.cancellationAfterRelease(), now)) {
            out.add(new LifecycleFinding(LifecycleRule.CANCELLATION_AFTER_RELEASE, "InvtCancel.invtNo", "清单编号",
                    "inventory " + filed.invtNo() + " was released " + filed.releaseTime().map(Object::toString).orElse("")
                            + "; a released inventory may be cancelled only within " + rules.cancellationAfterRelease()
                            + " of its release (-623005 清单的状态不符合撤单申报要求)"));
        }
        out.addAll(FiledInventory.reasonProblems(reason, "InvtCancel.reason"));
        return out;
    }

    /**
     * The cancellation document, dated {@code at}.
     *
     * @throws LifecycleException when {@link #problems} finds any
     */
    public InvtCancel document(Instant at) {
        LifecycleException.throwIfAny(problems(at));
        InventoryHead h = filed.inventory().inventoryHead();
        return InvtCancel.builder().guid(newGuid()).appType(AppType.ADD).appTime(CustomsTime.of(at)).appStatus(AppStatus.DECLARE)
                .customsCode(h.customsCode()).orderNo(h.orderNo()).ebpCode(h.ebpCode()).ebpName(h.ebpName())
                .ebcCode(h.ebcCode()).ebcName(h.ebcName()).logisticsNo(h.logisticsNo()).logisticsCode(h.logisticsCode())
                .logisticsName(h.logisticsName()).copNo(h.copNo()).preNo(filed.preNo()).invtNo(filed.invtNo())
                .buyerIdType(h.buyerIdType()).buyerIdNumber(h.buyerIdNumber()).buyerName(h.buyerName())
                .buyerTelephone(h.buyerTelephone()).agentCode(h.agentCode()).agentName(h.agentName()).reason(reason).build();
    }

    /**
     * The CEB623 message carrying the cancellation, dated {@code at}, sent by {@code transfer}'s company.
     *
     * @throws LifecycleException when {@link #problems} finds any
     */
    public Ceb623Message message(BaseTransfer transfer, Instant at) {
        return Ceb623Message.builder().guid(newGuid()).addInvtCancel(document(at)).baseTransfer(transfer).build();
    }

    static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
