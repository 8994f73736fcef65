package org.cbec.core.model;

import org.cbec.core.validation.CheckDigits;
import org.cbec.core.validation.Findings;
import org.cbec.core.validation.Rule;

/**
 * A rule that spans fields of one node, for example "the ID number must pass GB 11643 when the ID type is 1".
 * Runs after the node's fields have been checked one by one; it sees the wire text of every field.
 *
 * <pre>{@code
 * NodeCheck paid = (node, out) -> {
 *     if ("1".equals(node.text("buyerIdType")) && !CheckDigits.isValidResidentIdNumber(node.text("buyerIdNumber"))) {
 *         out.field("buyerIdNumber").error(Rule.RESIDENT_ID_CHECK, "not a valid resident ID number");
 *     }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface NodeCheck {
    void check(WireNode node, Findings out);
}
