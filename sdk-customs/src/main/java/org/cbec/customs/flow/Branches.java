package org.cbec.customs.flow;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cbec.core.model.MessageSpec;

/** The look-ups {@link ImportFlow} and {@link ExportFlow} share over their steps and branches. */
record Branches(List<FlowBranch> all) {

    Branches {
        all = List.copyOf(all);
    }

    /** The step after the one sending {@code messageType}; empty after the last or for a type outside {@code steps}. */
    static <S> Optional<S> next(List<S> steps, Function<S, String> type, String messageType) {
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (type.apply(steps.get(i)).equals(messageType)) {
                return Optional.of(steps.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** What answers {@code messageType} when a branch sends it. */
    Optional<List<MessageSpec<?>>> receipts(String messageType) {
        return all.stream().filter(b -> b.messageType().equals(messageType)).findFirst().map(FlowBranch::receipts);
    }

    /** The branches that may follow {@code messageType} when {@code step} is true or a branch sends it; a change and a deletion too. */
    List<FlowBranch> following(String messageType, boolean step) {
        boolean known = step || receipts(messageType).isPresent();
        return known ? all.stream().filter(b -> b.after().equals(messageType) || b.after().equals("*")).toList() : List.of();
    }

    Optional<FlowBranch> of(FlowBranch.Kind kind) {
        return all.stream().filter(b -> b.kind() == kind).findFirst();
    }
}
