package org.cbec.customs.flow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.exports.Ceb213Message;
import org.cbec.customs.exports.Ceb214Message;
import org.cbec.customs.exports.Ceb215Message;
import org.cbec.customs.exports.Ceb216Message;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb304Message;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb404Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Ceb506Message;
import org.cbec.customs.exports.Ceb507Message;
import org.cbec.customs.exports.Ceb508Message;
import org.cbec.customs.exports.Ceb509Message;
import org.cbec.customs.exports.Ceb510Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Ceb604Message;
import org.cbec.customs.exports.Ceb605Message;
import org.cbec.customs.exports.Ceb606Message;
import org.cbec.customs.exports.Ceb607Message;
import org.cbec.customs.exports.Ceb608Message;
import org.cbec.customs.exports.Ceb701Message;
import org.cbec.customs.exports.Ceb702Message;
import org.cbec.customs.exports.Ceb792Message;
import org.cbec.customs.flow.ExportStep.Sender;

/**
 * The filings of one export parcel, in order, with the receipts each waits for: order → collection receipt → waybill
 * → inventory → arrival → departure → summary application (DOMAIN "The flows", spec chapter 2). The steps are the same
 * for 9610, 9710 and 9810; the mode sets the order's {@code orderType} and the inventory's {@code tradeMode} (9810: the
 * order is the overseas-warehouse booking, orderType {@code W}). Branches beside the steps: cancellation CEB605,
 * total/sub bills CEB607, the return CEB213 (退货申请单 → CEB214, up to 800) and the tally of the returned goods CEB215
 * (退运理货明细单 → CEB216, up to 399), change and deletion (appType 2, 3).
 *
 * <pre>{@code
 * ExportFlow flow = ExportFlow.of(ExportMode.B2B_9710);
 * flow.steps().get(0).messageType();        // "CEB303"
 * flow.next("CEB603").orElseThrow();        // the arrival, CEB507
 * flow.awaited("CEB701");                   // [CEB702Message, CEB792Message]
 * flow.branch(FlowBranch.Kind.RETURN_TALLY).orElseThrow().after(); // "CEB213"
 * }</pre>
 */
public final class ExportFlow {

    private static final List<ExportStep> STEPS = List.of(
            new ExportStep(Ceb303Message.SPEC, Sender.PLATFORM, List.of(Ceb304Message.SPEC)),
            new ExportStep(Ceb403Message.SPEC, Sender.SELLER, List.of(Ceb404Message.SPEC)),
            new ExportStep(Ceb505Message.SPEC, Sender.LOGISTICS, List.of(Ceb506Message.SPEC)),
            new ExportStep(Ceb603Message.SPEC, Sender.DECLARING_AGENT, List.of(Ceb604Message.SPEC)),
            new ExportStep(Ceb507Message.SPEC, Sender.YARD_OPERATOR, List.of(Ceb508Message.SPEC)),
            new ExportStep(Ceb509Message.SPEC, Sender.LOGISTICS, List.of(Ceb510Message.SPEC)),
            new ExportStep(Ceb701Message.SPEC, Sender.DECLARING_AGENT, List.of(Ceb702Message.SPEC, Ceb792Message.SPEC)));

    private static final Branches BRANCHES = new Branches(List.of(
            new FlowBranch(FlowBranch.Kind.CANCEL, Ceb605Message.SPEC, Party.DECLARING_AGENT, List.of(Ceb606Message.SPEC), "CEB603",
                    "the inventory is entered and not yet in a summary application"),
            new FlowBranch(FlowBranch.Kind.TOTAL_SUB_BILL, Ceb607Message.SPEC, Party.DECLARING_AGENT, List.of(Ceb608Message.SPEC), "CEB603",
                    "the inventories travel under one bill of lading (总分单)"),
            new FlowBranch(FlowBranch.Kind.RETURN, Ceb213Message.SPEC, Party.DECLARING_AGENT, List.of(Ceb214Message.SPEC), "CEB603",
                    "the inventory was released and the goods come back (退货, customs announcement 2020 No. 44)"),
            new FlowBranch(FlowBranch.Kind.RETURN_TALLY, Ceb215Message.SPEC, Party.YARD_OPERATOR, List.of(Ceb216Message.SPEC), "CEB213",
                    "the returned goods arrived at the supervised place (理货)"),
            new FlowBranch(FlowBranch.Kind.CHANGE, null, null, List.of(), "*",
                    "the document is not concluded, or was rejected"),
            new FlowBranch(FlowBranch.Kind.DELETE, null, null, List.of(), "*",
                    "the document is only stored or failed")));

    private final ExportMode mode;

    private ExportFlow(ExportMode mode) {
        this.mode = mode;
    }

    public static ExportFlow of(ExportMode mode) {
        return new ExportFlow(Objects.requireNonNull(mode, "mode"));
    }

    public ExportMode mode() {
        return mode;
    }

    /** Every filing, in the order to send them. */
    public List<ExportStep> steps() {
        return STEPS;
    }

    /** The step that sends {@code messageType} (e.g. {@code CEB505}), if it is part of the flow. */
    public Optional<ExportStep> step(String messageType) {
        return STEPS.stream().filter(s -> s.messageType().equals(messageType)).findFirst();
    }

    /** The step after the one that sends {@code messageType}; empty after the last or for a message outside the flow. */
    public Optional<ExportStep> next(String messageType) {
        return Branches.next(STEPS, ExportStep::messageType, messageType);
    }

    /** The receipt types {@code messageType} waits for, a step's or a branch's; empty for a message outside the flow. */
    public List<MessageSpec<?>> awaited(String messageType) {
        return step(messageType).map(ExportStep::receipts).or(() -> BRANCHES.receipts(messageType)).orElse(List.of());
    }

    /** Every optional branch. */
    public List<FlowBranch> branches() {
        return BRANCHES.all();
    }

    /** The branches that may follow {@code messageType} (a step's or a branch's), including a change and a deletion. */
    public List<FlowBranch> branches(String messageType) {
        return BRANCHES.following(messageType, step(messageType).isPresent());
    }

    /** The branch of {@code kind}, if this flow has one. */
    public Optional<FlowBranch> branch(FlowBranch.Kind kind) {
        return BRANCHES.of(kind);
    }

    @Override
    public String toString() {
        return "ExportFlow[" + mode + "]";
    }
}
