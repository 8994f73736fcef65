package org.cbec.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.NodeSpec;
import org.cbec.core.model.WireNode;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.TaxBill;
import org.cbec.customs.imports.TaxHeadRd;
import org.cbec.customs.imports.TaxHeadStatus;
import org.cbec.customs.imports.TaxListRd;
import org.cbec.customs.imports.TaxState;

/**
 * The adapter from customs' tax bill messages to sdk-tax's records: CEB816 (电子税单, {@link Ceb816Message}) to
 * {@link CustomsTaxBill} and CEB818 (电子税单状态, {@link Ceb818Message}) to {@link TaxBillStatusUpdate}.
 *
 * <p>It reads the generated classes' typed getters; a wire tree is bound to them first. The schema's
 * {@code TaxHeadRd} has no order or waybill number, so {@link TaxBillHead#orderNo()} and
 * {@link TaxBillHead#logisticsNo()} stay {@code null}.
 *
 * <pre>{@code
 * Ceb816Message received = (Ceb816Message) CebCodec.ofDefaults().read(xml, Ceb816Message.SPEC);
 * List<CustomsTaxBill> bills = TaxBills.fromCeb816(received);
 * CustomsTaxBill now = bills.get(0).with(TaxBills.fromCeb818(statusMessage).get(0));
 * }</pre>
 */
public final class TaxBills {

    private TaxBills() {
    }

    /**
     * The tax bills of a CEB816 message.
     *
     * @throws CebException {@code TAX_BILL_UNREADABLE} when it is not a {@link Ceb816Message} or a mandatory field
     *                      is missing
     */
    public static List<CustomsTaxBill> fromCeb816(CebMessage message) {
        Ceb816Message m = typed(message, Ceb816Message.class, "CEB816Message");
        List<CustomsTaxBill> bills = new ArrayList<>();
        for (TaxBill tax : m.taxBills()) {
            TaxHeadRd h = present(tax.taxHeadRd(), "Tax.TaxHeadRd");
            TaxBillHead head = new TaxBillHead(h.guid(), h.returnTime(), text(h.invtNo(), "TaxHeadRd.invtNo"),
                    text(h.taxNo(), "TaxHeadRd.taxNo"), present(h.customsTax(), "TaxHeadRd.customsTax"),
                    present(h.valueAddedTax(), "TaxHeadRd.valueAddedTax"),
                    present(h.consumptionTax(), "TaxHeadRd.consumptionTax"), status(h.status(), "TaxHeadRd"),
                    h.entDutyNo(), h.note(), h.assureCode(), h.ebcCode(), h.logisticsCode(), h.agentCode(),
                    h.customsCode(), null, null);
            List<TaxBillLine> lines = new ArrayList<>();
            for (TaxListRd l : tax.taxListRds()) {
                lines.add(new TaxBillLine(present(l.gnum(), "TaxListRd.gnum"), text(l.gcode(), "TaxListRd.gcode"),
                        present(l.taxPrice(), "TaxListRd.taxPrice"), present(l.customsTax(), "TaxListRd.customsTax"),
                        present(l.valueAddedTax(), "TaxListRd.valueAddedTax"),
                        present(l.consumptionTax(), "TaxListRd.consumptionTax")));
            }
            bills.add(new CustomsTaxBill(head, lines));
        }
        return bills;
    }

    /**
     * The tax bills of a CEB816 message's wire tree, bound to {@link Ceb816Message} first; see
     * {@link #fromCeb816(CebMessage)}.
     *
     * @throws CebException {@code TAX_BILL_UNREADABLE} also when a field's text does not parse as its type
     */
    public static List<CustomsTaxBill> fromCeb816(WireNode root) {
        return fromCeb816(bind(root, Ceb816Message.ROOT));
    }

    /**
     * The status updates of a CEB818 message.
     *
     * @throws CebException {@code TAX_BILL_UNREADABLE} when it is not a {@link Ceb818Message} or a mandatory field
     *                      is missing
     */
    public static List<TaxBillStatusUpdate> fromCeb818(CebMessage message) {
        Ceb818Message m = typed(message, Ceb818Message.class, "CEB818Message");
        List<TaxBillStatusUpdate> updates = new ArrayList<>();
        for (TaxState state : m.taxStates()) {
            TaxHeadStatus h = present(state.taxHeadStatus(), "Tax.TaxHeadStatus");
            updates.add(new TaxBillStatusUpdate(h.guid(), h.returnTime(), text(h.invtNo(), "TaxHeadStatus.invtNo"),
                    text(h.taxNo(), "TaxHeadStatus.taxNo"), status(h.status(), "TaxHeadStatus"), h.entDutyNo(),
                    h.assureCode()));
        }
        return updates;
    }

    /**
     * The status updates of a CEB818 message's wire tree, bound to {@link Ceb818Message} first; see
     * {@link #fromCeb818(CebMessage)}.
     *
     * @throws CebException {@code TAX_BILL_UNREADABLE} also when a field's text does not parse as its type
     */
    public static List<TaxBillStatusUpdate> fromCeb818(WireNode root) {
        return fromCeb818(bind(root, Ceb818Message.ROOT));
    }

    private static <M extends CebMessage> M typed(CebMessage message, Class<M> type, String root) {
        if (!type.isInstance(message)) {
            throw unreadable("expected a " + root + ", got a " + message.spec().rootName());
        }
        return type.cast(message);
    }

    private static CebMessage bind(WireNode root, NodeSpec<? extends CebMessage, ?> spec) {
        if (!spec.name().equals(root.name())) {
            throw unreadable("expected a " + spec.name() + ", got " + root.name());
        }
        try {
            return spec.fromWire(root);
        } catch (IllegalArgumentException e) {
            throw unreadable(root.name() + " does not parse: " + e.getMessage());
        }
    }

    private static <T> T present(T value, String path) {
        if (value == null) {
            throw unreadable(path + " is missing");
        }
        return value;
    }

    private static String text(String value, String path) {
        if (value == null || value.isBlank()) {
            throw unreadable(path + " is missing");
        }
        return value.strip();
    }

    private static TaxBillStatus status(String code, String node) {
        String v = text(code, node + ".status");
        try {
            return TaxBillStatus.ofCode(v);
        } catch (IllegalArgumentException e) {
            throw unreadable(node + ".status " + v + " is not 1, 2 or 3");
        }
    }

    private static CebException unreadable(String message) {
        return new CebException(ErrorCode.TAX_BILL_UNREADABLE, message);
    }
}
