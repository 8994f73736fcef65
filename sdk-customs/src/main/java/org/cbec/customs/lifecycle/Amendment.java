package org.cbec.customs.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.ValueType;
import org.cbec.core.model.WireNode;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.receipt.CustomsStatus;
import org.cbec.customs.receipt.ReceiptTables;

/**
 * A change (appType 2 变更) or deletion (appType 3 删除) of a filed document: a new message about the same document
 * (same order, payment, waybill or inventory numbers, new guids), answered by the type's receipts from the start of
 * its receipt table. The rules it is checked against, from the specification's processing errors (-621011 不存在已申报的清单,
 * -621012 申报状态不符合改单申报的条件, -623013 不符合删除条件) and common practice:
 * <ul>
 *   <li>only a document that was filed is changed or deleted;</li>
 *   <li>a change is allowed while customs has not concluded the document (below 399) or after it failed (rejected
 *       100, 4, a processing error: correct and file again), and, for the order, payment and waybill of a parcel,
 *       while the parcel's inventory is not concluded or released; after that the inventory is cancelled (CEB623) or
 *       returned (CEB625) instead;</li>
 *   <li>a deletion is allowed for a document only stored at the E-Port (1) or failed, and for an order, payment or
 *       waybill while no inventory of its parcel is accepted.</li>
 * </ul>
 *
 * <pre>{@code
 * CebMessage corrected = Amendment.change(fixedOrder).documentStatus(CustomsStatus.REJECTED).message(clock.instant());
 * Amendment.delete(order).documentStatus(CustomsStatus.ENTERED).parcelInventory(CustomsStatus.RELEASED).problems();
 * // [CEB-L011 DELETE_NOT_ALLOWED …]
 * }</pre>
 */
public final class Amendment {

    private final CebMessage filed;
    private final AppType appType;
    private final CustomsStatus documentStatus;
    private final CustomsStatus parcelInventory;

    private Amendment(CebMessage filed, AppType appType, CustomsStatus documentStatus, CustomsStatus parcelInventory) {
        this.filed = Objects.requireNonNull(filed, "filed");
        this.appType = appType;
        this.documentStatus = documentStatus;
        this.parcelInventory = parcelInventory;
        ReceiptTables.forMessage(filed.spec().messageType()); // a business message with a receipt table, or thrown here
    }

    /** A change of the document {@code corrected} carries (its numbers name the filed document). */
    public static Amendment change(CebMessage corrected) {
        return new Amendment(corrected, AppType.CHANGE, null, null);
    }

    /** A deletion of the document {@code filed}. */
    public static Amendment delete(CebMessage filed) {
        return new Amendment(filed, AppType.DELETE, null, null);
    }

    /** Where customs has the filed document (the standing of its receipts); unset means it was never filed. */
    public Amendment documentStatus(CustomsStatus status) {
        return new Amendment(filed, appType, status, parcelInventory);
    }

    /** For an order, payment or waybill: where the parcel's inventory stands, if one was filed. */
    public Amendment parcelInventory(CustomsStatus status) {
        return new Amendment(filed, appType, documentStatus, status);
    }

    /** Every rule the change or deletion breaks; empty when it may be sent. */
    public List<LifecycleFinding> problems() {
        List<LifecycleFinding> out = new ArrayList<>();
        String type = filed.spec().messageType();
        if (documentStatus == null) {
            out.add(new LifecycleFinding(LifecycleRule.NOT_FILED, "appType", "报送类型", type + " " + appType.cnName()
                    + ": the document was never filed (-621011 不存在已申报的单证): file it with appType 1"));
            return out;
        }
        boolean parcelAccepted = parcelInventory != null && !parcelInventory.isFailure();
        boolean parcelConcluded = parcelAccepted && parcelInventory.rank() >= CustomsStatus.CONCLUDED.rank();
        if (appType == AppType.CHANGE) {
            boolean concluded = !documentStatus.isFailure() && documentStatus.rank() >= CustomsStatus.CONCLUDED.rank();
            if (concluded || parcelConcluded) {
                out.add(new LifecycleFinding(LifecycleRule.CHANGE_NOT_ALLOWED, "appType", "报送类型", type + " is "
                        + (concluded ? documentStatus : "part of a parcel whose inventory is " + parcelInventory)
                        + " (-621012 申报状态不符合改单申报的条件): cancel (CEB623) or return (CEB625) the inventory instead"));
            }
        } else {
            boolean endsAtEntry = ReceiptTables.forMessage(type).completion().contains("120");
            boolean deletable = documentStatus == CustomsStatus.STORED || documentStatus.isFailure() || (endsAtEntry && !parcelAccepted);
            if (!deletable) {
                out.add(new LifecycleFinding(LifecycleRule.DELETE_NOT_ALLOWED, "appType", "报送类型", type + " is " + documentStatus
                        + (parcelAccepted ? " and its parcel's inventory " + parcelInventory : "")
                        + ": only a document stored at the E-Port or failed, or an order, payment or waybill whose parcel has no accepted "
                        + "inventory, is deleted (不符合删除条件)"));
            }
        }
        return out;
    }

    /**
     * The message to send: the filed message with appType 2 or 3 and {@code appTime} {@code at} in every document,
     * and new guids for the message and each document.
     *
     * @throws LifecycleException when {@link #problems} finds any
     */
    public CebMessage message(Instant at) {
        LifecycleException.throwIfAny(problems());
        String appTime = ValueType.DATETIME14.format(CustomsTime.of(at));
        return read(filed.spec(), rewrite(wire(filed), true, appTime));
    }

    private WireNode rewrite(WireNode node, boolean root, String appTime) {
        WireNode copy = new WireNode(node.name(), node.line());
        node.attributes().forEach((k, v) -> copy.putAttribute(k, root && "guid".equals(k) ? Cancellation.newGuid() : v));
        boolean document = node.text("appType") != null;
        for (WireNode.Item item : node.items()) {
            if (item.node() != null) {
                copy.addChild(rewrite(item.node(), false, appTime));
            } else if (document && item.tag().equals("appType")) {
                copy.addField("appType", appType.code(), item.line());
            } else if (document && item.tag().equals("appTime")) {
                copy.addField("appTime", appTime, item.line());
            } else if (document && item.tag().equals("guid")) {
                copy.addField("guid", Cancellation.newGuid(), item.line());
            } else {
                copy.add(item);
            }
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> WireNode wire(CebMessage message) {
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }

    private static CebMessage read(MessageSpec<?> spec, WireNode root) {
        return (CebMessage) spec.root().fromWire(root);
    }
}
