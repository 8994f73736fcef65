package org.cbec.customs.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb312Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb412Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.customs.imports.Ceb512Message;
import org.cbec.customs.imports.Ceb513Message;
import org.cbec.customs.imports.Ceb514Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.Ceb624Message;
import org.cbec.customs.imports.Ceb625Message;
import org.cbec.customs.imports.Ceb626Message;
import org.cbec.customs.imports.Ceb711Message;
import org.cbec.customs.imports.Ceb712Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;

/**
 * The filings of one import parcel, in order, with the receipts each waits for, and the optional branches beside them
 * (DOMAIN "The flows", spec chapter 3): order CEB311 → payment CEB411 → waybill CEB511 → inventory CEB621 (answered by
 * CEB622, then customs' tax bill CEB816 and its status CEB818); bonded modes (1210, 1239) first bring the stock in with
 * the inbound details CEB711. Branches: the waybill's logistics status CEB513, cancellation CEB623, return CEB625,
 * change and deletion (appType 2, 3) of any filed document. The mirror of {@link ExportFlow}.
 *
 * <pre>{@code
 * ImportFlow flow = ImportFlow.of(ImportMode.BONDED_1210);
 * flow.steps().get(0).messageType();                 // "CEB711"
 * flow.next("CEB511").orElseThrow().messageType();   // "CEB621"
 * flow.awaited("CEB621");                            // [CEB622Message, CEB816Message, CEB818Message]
 * flow.branches("CEB621");                           // cancel (CEB623), return (CEB625), change, delete
 * }</pre>
 */
public final class ImportFlow {

    private static final ImportStep INBOUND = new ImportStep(Ceb711Message.SPEC, Party.AREA_OPERATOR, List.of(Ceb712Message.SPEC));
    private static final List<ImportStep> PARCEL = List.of(
            new ImportStep(Ceb311Message.SPEC, Party.PLATFORM, List.of(Ceb312Message.SPEC)),
            new ImportStep(Ceb411Message.SPEC, Party.PAYMENT, List.of(Ceb412Message.SPEC)),
            new ImportStep(Ceb511Message.SPEC, Party.LOGISTICS, List.of(Ceb512Message.SPEC)),
            new ImportStep(Ceb621Message.SPEC, Party.DECLARING_AGENT, List.of(Ceb622Message.SPEC, Ceb816Message.SPEC, Ceb818Message.SPEC)));

    private static final Branches BRANCHES = new Branches(List.of(
            new FlowBranch(FlowBranch.Kind.LOGISTICS_STATUS, Ceb513Message.SPEC, Party.LOGISTICS, List.of(Ceb514Message.SPEC), "CEB511",
                    "the parcel was delivered and signed for (logisticsStatus S)"),
            new FlowBranch(FlowBranch.Kind.CANCEL, Ceb623Message.SPEC, Party.DECLARING_AGENT, List.of(Ceb624Message.SPEC), "CEB621",
                    "customs entered the inventory and has not released it, or released it within LifecycleRules.cancellationAfterRelease"),
            new FlowBranch(FlowBranch.Kind.RETURN, Ceb625Message.SPEC, Party.DECLARING_AGENT, List.of(Ceb626Message.SPEC), "CEB621",
                    "the inventory was released, within LifecycleRules.returnApplicationWindow, no more than was released"),
            new FlowBranch(FlowBranch.Kind.CHANGE, null, null, List.of(), "*",
                    "the document is not concluded, or was rejected; an order, payment or waybill while its inventory is not concluded"),
            new FlowBranch(FlowBranch.Kind.DELETE, null, null, List.of(), "*",
                    "the document is only stored or failed; an order, payment or waybill while no inventory of its parcel is accepted")));

    private final ImportMode mode;
    private final List<ImportStep> steps;

    private ImportFlow(ImportMode mode) {
        this.mode = mode;
        List<ImportStep> all = new ArrayList<>();
        if (mode.bonded()) {
            all.add(INBOUND);
        }
        all.addAll(PARCEL);
        this.steps = List.copyOf(all);
    }

    public static ImportFlow of(ImportMode mode) {
        return new ImportFlow(Objects.requireNonNull(mode, "mode"));
    }

    public ImportMode mode() {
        return mode;
    }

    /** Every filing, in the order to send them. */
    public List<ImportStep> steps() {
        return steps;
    }

    /** The step that sends {@code messageType} (e.g. {@code CEB511}), if it is part of the flow. */
    public Optional<ImportStep> step(String messageType) {
        return steps.stream().filter(s -> s.messageType().equals(messageType)).findFirst();
    }

    /** The step after the one that sends {@code messageType}; empty after the last or for a message outside the flow. */
    public Optional<ImportStep> next(String messageType) {
        return Branches.next(steps, ImportStep::messageType, messageType);
    }

    /** What answers {@code messageType}, a step's or a branch's; empty for a message outside the flow. */
    public List<MessageSpec<?>> awaited(String messageType) {
        return step(messageType).map(ImportStep::receipts).or(() -> BRANCHES.receipts(messageType)).orElse(List.of());
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
        return "ImportFlow[" + mode + "]";
    }
}
