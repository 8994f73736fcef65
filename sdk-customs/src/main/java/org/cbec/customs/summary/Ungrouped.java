package org.cbec.customs.summary;

/**
 * An inventory that went into no summary application, and why.
 *
 * <pre>{@code
 * plan.ungrouped().forEach(u -> log.warn("{}: {} ({})", u.inventory().invtNo(), u.reason(), u.detail()));
 * }</pre>
 *
 * @param inventory the inventory
 * @param reason    why
 * @param detail    one sentence with the values involved
 */
public record Ungrouped(ReleasedInventory inventory, Reason reason, String detail) {

    /** Why an inventory cannot be summarised. */
    public enum Reason {
        /** No released status (800) yet: only released inventories are summarised. */
        NOT_RELEASED,
        /** Declared for simplified declaration (statisticsFlag A), which is not summarised. */
        SIMPLIFIED_DECLARATION,
        /** An import inventory (ieFlag not E). */
        NOT_EXPORT,
        /** No customs inventory number, which the summary application lists. */
        NO_INVENTORY_NUMBER,
        /** A field the grouping needs is missing. */
        INCOMPLETE,
        /** The same inventory number was given before; it is grouped once. */
        DUPLICATE
    }
}
