package org.cbec.customs.summary;

import java.util.Objects;
import org.cbec.customs.exports.Inventory;

/**
 * An export inventory (from a CEB603) with the customs inventory number and the latest status its receipts (CEB604)
 * gave.
 *
 * <pre>{@code
 * new ReleasedInventory(inventory, receipt.invtNo(), receipt.returnStatus()); // "800": released
 * }</pre>
 *
 * @param inventory    the inventory as declared
 * @param invtNo       清单编号 assigned by customs, or {@code null} when none arrived
 * @param returnStatus the latest {@code returnStatus}; {@code 800} is released (放行)
 */
public record ReleasedInventory(Inventory inventory, String invtNo, String returnStatus) {

    /** {@code returnStatus} of a released inventory (放行). */
    public static final String RELEASED = "800";

    public ReleasedInventory {
        Objects.requireNonNull(inventory, "inventory");
    }

    public boolean released() {
        return RELEASED.equals(returnStatus);
    }
}
