package org.cbec.insights.stats;

import java.util.List;

/**
 * One group of a grouping: its key (one value per dimension, in the order asked) and its totals.
 *
 * @param key    e.g. {@code ["CEB621", "9610"]} for {@code by(TYPE, MODE)}
 * @param totals the group's counts and values
 */
public record Group(List<String> key, Totals totals) {

    /** The key is copied. */
    public Group {
        key = List.copyOf(key);
    }
}
