package org.cbec.customs.receipt;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cbec.core.model.MessageSpec;

/**
 * The receipt table of one business message type, as the specification gives it in the {@code returnStatus} row of
 * the type's receipt (e.g. 3.10.4 for the import inventory's CEB622): which statuses its receipts carry, what each
 * means, and which end the filing. One table per business type of both catalogues: {@link ReceiptTables}.
 *
 * <pre>{@code
 * ReceiptTable t = ReceiptTables.forMessage("CEB623");   // the import cancellation, answered by CEB624
 * t.receiptType();                                        // "CEB624"
 * t.completion();                                         // [399]: it ends at 399 审结, not 800
 * t.outcome("120");                                       // Outcome.IN_PROGRESS
 * t.isFinal("399");                                       // true
 * t.isFinal("-623005");                                   // true: a processing error ends it too
 * }</pre>
 *
 * @param message    the business message, e.g. {@code Ceb623Message.SPEC}
 * @param receipt    its receipt, e.g. {@code Ceb624Message.SPEC}
 * @param section    the specification section of the receipt's field table, e.g. {@code 3.12.4}
 * @param entries    the statuses the table lists, in the table's order
 * @param completion the codes that complete the filing as intended (e.g. {@code 800} and {@code 899} for an
 *                   inventory, {@code 120} for an order, {@code 399} for a cancellation)
 * @param open       true when the table ends in 等 ("and others"): customs may send a status it does not list
 */
public record ReceiptTable(MessageSpec<?> message, MessageSpec<?> receipt, String section, List<Entry> entries,
                           Set<String> completion, boolean open) {

    public ReceiptTable {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(receipt, "receipt");
        entries = List.copyOf(entries);
        completion = Set.copyOf(completion);
        for (String code : completion) {
            if (entries.stream().noneMatch(e -> e.code().equals(code))) {
                throw new IllegalArgumentException(receipt.messageType() + ": completion " + code + " is not in the table");
            }
        }
    }

    /**
     * One status of a table.
     *
     * @param code    the {@code returnStatus}, e.g. {@code 500}
     * @param status  its {@link CustomsStatus}
     * @param meaning the table's words for it, e.g. {@code 待人工审核} (CEB214) where they differ from the usual name
     */
    public record Entry(String code, CustomsStatus status, String meaning) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(meaning, "meaning");
        }
    }

    /** What a status means for the filing it answers. */
    public enum Outcome {
        /** On its way through the E-Port and customs (1, 2, 3, 120, 399 before a release…). */
        IN_PROGRESS(false),
        /** Waiting for customs' people: manual review 300, inspection 500, hand-over 505, suspension 600. */
        AWAITING_CUSTOMS(false),
        /** The filing reached the end its table gives it: {@link ReceiptTable#completion()}. */
        COMPLETED(true),
        /** Detained (501, 502, 503, 599): out of e-commerce clearance; a later release still counts. */
        DETAINED(true),
        /** Re-shipped abroad (700 退运). */
        RESHIPPED(true),
        /** Rejected by customs (100 退单), with the reason in {@code returnInfo}. */
        REJECTED(true),
        /** Sending to customs failed (4) or a processing error (a negative code of chapter 7). */
        FAILED(true);

        private final boolean terminal;

        Outcome(boolean terminal) {
            this.terminal = terminal;
        }

        /** Whether no further receipt is expected in the normal course. */
        public boolean isFinal() {
            return terminal;
        }
    }

    /** The business message type, e.g. {@code CEB621}. */
    public String messageType() {
        return message.messageType();
    }

    /** The receipt type, e.g. {@code CEB622}. */
    public String receiptType() {
        return receipt.messageType();
    }

    /** Whether the table lists {@code code}. */
    public boolean lists(String code) {
        return entry(code).isPresent();
    }

    /** The table's entry for {@code code}, if it lists it. */
    public Optional<Entry> entry(String code) {
        String c = code == null ? "" : code.strip();
        return entries.stream().filter(e -> e.code().equals(c)).findFirst();
    }

    /** The codes the table lists, in its order. */
    public List<String> codes() {
        return entries.stream().map(Entry::code).toList();
    }

    /** The highest-ranked completion code: where a filing of this type ends when all goes well (800, 399, 120…). */
    public String last() {
        return completion.stream().map(c -> entry(c).orElseThrow())
                .max(java.util.Comparator.comparingInt(e -> e.status().rank())).orElseThrow().code();
    }

    /**
     * What {@code returnStatus} means for a filing of this type, also for a status the table does not list (an open
     * table's 等, or a status of another table): a negative code is {@link Outcome#FAILED}; a code neither the table
     * nor {@link CustomsStatus} knows is {@link Outcome#IN_PROGRESS}.
     */
    public Outcome outcome(String returnStatus) {
        String code = returnStatus == null ? "" : returnStatus.strip();
        if (completion.contains(code)) {
            return Outcome.COMPLETED;
        }
        return CustomsStatus.of(code).map(ReceiptTable::outcomeOf).orElse(Outcome.IN_PROGRESS);
    }

    /** Whether a filing of this type whose latest status is {@code returnStatus} expects no further receipt. */
    public boolean isFinal(String returnStatus) {
        return outcome(returnStatus).isFinal();
    }

    /**
     * The standing after {@code codes} arrived in any order: the highest-ranked status (a late 120 after 800 changes
     * nothing), or empty when none of them is a status.
     */
    public Optional<CustomsStatus> standing(List<String> codes) {
        CustomsStatus current = null;
        for (String code : codes) {
            Optional<CustomsStatus> next = CustomsStatus.of(code);
            if (next.isPresent()) {
                current = current == null ? next.get() : current.advance(next.get());
            }
        }
        return Optional.ofNullable(current);
    }

    private static Outcome outcomeOf(CustomsStatus s) {
        if (s == CustomsStatus.REJECTED) {
            return Outcome.REJECTED;
        }
        if (s.isFailure()) {
            return Outcome.FAILED;
        }
        if (s.isDetention()) {
            return Outcome.DETAINED;
        }
        return switch (s) {
            case RESHIPPED -> Outcome.RESHIPPED;
            case MANUAL_REVIEW, INSPECTION, HANDED_OVER, SUSPENDED -> Outcome.AWAITING_CUSTOMS;
            // a release or closure completes whatever table lists it; an unlisted one still ends the filing
            case RELEASED, CLOSED -> Outcome.COMPLETED;
            default -> Outcome.IN_PROGRESS;
        };
    }

    @Override
    public String toString() {
        return messageType() + " -> " + receiptType() + " (" + section + "): " + String.join("/", codes()) + (open ? " 等" : "")
                + ", ends at " + last();
    }
}
