package org.cbec.tax;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.cbec.core.CebException;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.WireNode;

/**
 * The adapter from customs' tax bill messages to sdk-tax's records: CEB816 (电子税单) to {@link CustomsTaxBill} and
 * CEB818 (电子税单状态) to {@link TaxBillStatusUpdate}.
 *
 * <p>It reads the message through its generic wire form ({@link WireNode}, element names of
 * {@code ceb-import-202205.xsd}: {@code Tax}, {@code TaxHeadRd}, {@code TaxListRd}, {@code TaxHeadStatus}), so it
 * does not depend on the generated CEB816 / CEB818 classes. This is the seam where an adapter over those typed
 * classes can replace the wire reading once they are part of sdk-customs.
 *
 * <pre>{@code
 * List<CustomsTaxBill> bills = TaxBills.fromCeb816(received);           // any CebMessage whose root is CEB816Message
 * CustomsTaxBill now = bill.with(TaxBills.fromCeb818(statusMessage).get(0));
 * }</pre>
 */
public final class TaxBills {

    private static final DateTimeFormatter RETURN_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS").withResolverStyle(ResolverStyle.STRICT);

    private TaxBills() {
    }

    /**
     * The tax bills of a CEB816 message.
     *
     * @throws CebException {@code TAX_BILL_UNREADABLE} when it is not a CEB816 message or a mandatory field is
     *                      missing or malformed
     */
    public static List<CustomsTaxBill> fromCeb816(CebMessage message) {
        return fromCeb816(wire(message, "CEB816Message"));
    }

    /** The tax bills of a CEB816 message's wire tree; see {@link #fromCeb816(CebMessage)}. */
    public static List<CustomsTaxBill> fromCeb816(WireNode root) {
        requireRoot(root, "CEB816Message");
        List<CustomsTaxBill> bills = new ArrayList<>();
        for (WireNode tax : root.children("Tax")) {
            WireNode h = one(tax, "TaxHeadRd");
            TaxBillHead head = new TaxBillHead(h.text("guid"), time(h, "returnTime"), required(h, "invtNo"),
                    required(h, "taxNo"), amount(h, "customsTax"), amount(h, "valueAddedTax"),
                    amount(h, "consumptionTax"), status(h), h.text("entDutyNo"), h.text("note"), h.text("assureCode"),
                    h.text("ebcCode"), h.text("logisticsCode"), h.text("agentCode"), h.text("customsCode"),
                    h.text("orderNo"), h.text("logisticNo"));
            List<TaxBillLine> lines = new ArrayList<>();
            for (WireNode l : tax.children("TaxListRd")) {
                lines.add(new TaxBillLine(gnum(l), required(l, "gcode"), amount(l, "taxPrice"), amount(l, "customsTax"),
                        amount(l, "valueAddedTax"), amount(l, "consumptionTax")));
            }
            bills.add(new CustomsTaxBill(head, lines));
        }
        return bills;
    }

    /**
     * The status updates of a CEB818 message.
     *
     * @throws CebException {@code TAX_BILL_UNREADABLE} when it is not a CEB818 message or a mandatory field is
     *                      missing or malformed
     */
    public static List<TaxBillStatusUpdate> fromCeb818(CebMessage message) {
        return fromCeb818(wire(message, "CEB818Message"));
    }

    /** The status updates of a CEB818 message's wire tree; see {@link #fromCeb818(CebMessage)}. */
    public static List<TaxBillStatusUpdate> fromCeb818(WireNode root) {
        requireRoot(root, "CEB818Message");
        List<TaxBillStatusUpdate> updates = new ArrayList<>();
        for (WireNode tax : root.children("Tax")) {
            WireNode h = one(tax, "TaxHeadStatus");
            updates.add(new TaxBillStatusUpdate(h.text("guid"), time(h, "returnTime"), required(h, "invtNo"),
                    required(h, "taxNo"), status(h), h.text("entDutyNo"), h.text("assureCode")));
        }
        return updates;
    }

    @SuppressWarnings("unchecked")
    private static WireNode wire(CebMessage message, String root) {
        if (!root.equals(message.spec().rootName())) {
            throw unreadable("expected a " + root + ", got a " + message.spec().rootName());
        }
        return ((NodeSpec<CebMessage, ?>) message.spec().root()).toWire(message);
    }

    private static void requireRoot(WireNode root, String name) {
        if (!name.equals(root.name())) {
            throw unreadable("expected a " + name + ", got " + root.name());
        }
    }

    private static WireNode one(WireNode parent, String tag) {
        List<WireNode> c = parent.children(tag);
        if (c.size() != 1) {
            throw unreadable("each Tax holds one " + tag + ", found " + c.size());
        }
        return c.get(0);
    }

    private static String required(WireNode n, String tag) {
        String v = n.text(tag);
        if (v == null || v.isBlank()) {
            throw unreadable(n.name() + "." + tag + " is missing");
        }
        return v.strip();
    }

    private static BigDecimal amount(WireNode n, String tag) {
        String v = required(n, tag);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw unreadable(n.name() + "." + tag + " is not a number: " + v);
        }
    }

    private static int gnum(WireNode n) {
        String v = required(n, "gnum");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw unreadable(n.name() + ".gnum is not an integer: " + v);
        }
    }

    private static TaxBillStatus status(WireNode n) {
        String v = required(n, "status");
        try {
            return TaxBillStatus.ofCode(v);
        } catch (IllegalArgumentException e) {
            throw unreadable(n.name() + ".status " + v + " is not 1, 2 or 3");
        }
    }

    private static LocalDateTime time(WireNode n, String tag) {
        String v = n.text(tag);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip(), RETURN_TIME);
        } catch (RuntimeException e) {
            throw unreadable(n.name() + "." + tag + " is not YYYYMMDDhhmmssSSS: " + v);
        }
    }

    private static CebException unreadable(String message) {
        return new CebException("TAX_BILL_UNREADABLE", message);
    }
}
