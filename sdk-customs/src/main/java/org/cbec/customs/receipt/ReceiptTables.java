package org.cbec.customs.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * The receipt tables of the specification (CEB 202205), one per business message type of both catalogues: the
 * single source of which statuses each receipt carries and where each filing ends. Import (chapter 3) tables are
 * closed lists; most export (chapter 2) tables end in 等 ({@link ReceiptTable#open()}).
 *
 * <table>
 *   <caption>Where each filing ends</caption>
 *   <tr><th>ends at</th><th>business messages</th></tr>
 *   <tr><td>120 入库</td><td>CEB311, 411, 511, 513; CEB303, 403, 607</td></tr>
 *   <tr><td>399 审结</td><td>CEB623, 625, 711; CEB505, 507, 509, 605, 215, 701</td></tr>
 *   <tr><td>800 放行 (899 结关)</td><td>CEB621, CEB603; CEB213 (800)</td></tr>
 * </table>
 *
 * <pre>{@code
 * ReceiptTables.forMessage("CEB621Message").codes();   // [1, 2, 3, 4, 100, 120, 300, 399, 800, 899, 500, 501, …, 700]
 * ReceiptTables.forReceipt("CEB626").orElseThrow().last(); // "399"
 * ReceiptTables.all().size();                          // 19: 8 import, 11 export
 * }</pre>
 */
public final class ReceiptTables {

    private static final String ONE = "1";
    private static final String TWO = "2";
    private static final String THREE = "3";
    private static final String FOUR = "4";
    private static final String REJECTED = "100";
    private static final String ENTERED = "120";
    private static final String CONCLUDED = "399";
    private static final String RELEASED = "800";
    private static final String CLOSED = "899";

    private static final List<ReceiptTable> IMPORTS = List.of(
            table(Ceb311Message.SPEC, Ceb312Message.SPEC, "3.2.4", false, Set.of(ENTERED), TWO, THREE, FOUR, REJECTED, ENTERED),
            table(Ceb411Message.SPEC, Ceb412Message.SPEC, "3.4.4", false, Set.of(ENTERED), TWO, THREE, FOUR, REJECTED, ENTERED),
            table(Ceb511Message.SPEC, Ceb512Message.SPEC, "3.6.4", false, Set.of(ENTERED), TWO, THREE, FOUR, REJECTED, ENTERED),
            table(Ceb513Message.SPEC, Ceb514Message.SPEC, "3.8.4", false, Set.of(ENTERED), TWO, THREE, FOUR, REJECTED, ENTERED),
            table(Ceb621Message.SPEC, Ceb622Message.SPEC, "3.10.4", false, Set.of(RELEASED, CLOSED), ONE, TWO, THREE, FOUR, REJECTED,
                    ENTERED, "300", CONCLUDED, RELEASED, CLOSED, "500", "501", "502", "503", "599", "700"),
            table(Ceb623Message.SPEC, Ceb624Message.SPEC, "3.12.4", false, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, ENTERED,
                    CONCLUDED),
            table(Ceb625Message.SPEC, Ceb626Message.SPEC, "3.14.4", false, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, ENTERED,
                    CONCLUDED),
            table(Ceb711Message.SPEC, Ceb712Message.SPEC, "3.16.4", false, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, ENTERED,
                    CONCLUDED));

    private static final List<ReceiptTable> EXPORTS = List.of(
            table(Ceb303Message.SPEC, Ceb304Message.SPEC, "2.2.4", true, Set.of(ENTERED), ONE, TWO, THREE, FOUR, REJECTED, ENTERED),
            table(Ceb403Message.SPEC, Ceb404Message.SPEC, "2.4.4", true, Set.of(ENTERED), ONE, TWO, THREE, FOUR, REJECTED, ENTERED),
            table(Ceb505Message.SPEC, Ceb506Message.SPEC, "2.6.4", true, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, CONCLUDED),
            table(Ceb507Message.SPEC, Ceb508Message.SPEC, "2.8.4", true, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, CONCLUDED),
            table(Ceb509Message.SPEC, Ceb510Message.SPEC, "2.10.4", true, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, CONCLUDED),
            table(Ceb603Message.SPEC, Ceb604Message.SPEC, "2.12.4", true, Set.of(RELEASED, CLOSED), ONE, TWO, THREE, FOUR, REJECTED,
                    ENTERED, "300", "500", CONCLUDED, RELEASED, CLOSED),
            table(Ceb605Message.SPEC, Ceb606Message.SPEC, "2.14.4", true, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, CONCLUDED),
            table(Ceb607Message.SPEC, Ceb608Message.SPEC, "2.16.4", true, Set.of(ENTERED), ONE, TWO, THREE, FOUR, REJECTED, ENTERED),
            new ReceiptTable(Ceb213Message.SPEC, Ceb214Message.SPEC, "2.18.4", List.of(
                    new ReceiptTable.Entry(ONE, CustomsStatus.STORED, "暂存"),
                    entry(TWO), entry(THREE), entry(FOUR), entry(REJECTED), entry(ENTERED),
                    new ReceiptTable.Entry("300", CustomsStatus.MANUAL_REVIEW, "待人工审核"),
                    entry("500"), entry("505"), entry("600"), entry(RELEASED)), Set.of(RELEASED), false),
            table(Ceb215Message.SPEC, Ceb216Message.SPEC, "2.20.4", false, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, CONCLUDED),
            table(Ceb701Message.SPEC, Ceb702Message.SPEC, "2.22.4", true, Set.of(CONCLUDED), ONE, TWO, THREE, FOUR, REJECTED, CONCLUDED));

    private static final List<ReceiptTable> ALL = concat(IMPORTS, EXPORTS);

    private ReceiptTables() {
    }

    /** Every table: the import ones (chapter 3) then the export ones (chapter 2). */
    public static List<ReceiptTable> all() {
        return ALL;
    }

    /** The tables of one direction. */
    public static List<ReceiptTable> of(MessageSpec.Direction direction) {
        return direction == MessageSpec.Direction.IMPORT ? IMPORTS : EXPORTS;
    }

    /** The table of the business message {@code type} ({@code CEB621} or {@code CEB621Message}), if it has one. */
    public static Optional<ReceiptTable> find(String type) {
        String t = code(type);
        return ALL.stream().filter(r -> r.messageType().equals(t)).findFirst();
    }

    /**
     * The table of the business message {@code type}.
     *
     * @throws IllegalArgumentException for a type that is no business message with a receipt (a receipt, CEB816, …)
     */
    public static ReceiptTable forMessage(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException(type + " is no business message with a receipt table"));
    }

    /** The table whose receipt is {@code type} ({@code CEB622} or {@code CEB622Message}), if any. */
    public static Optional<ReceiptTable> forReceipt(String type) {
        String t = code(type);
        return ALL.stream().filter(r -> r.receiptType().equals(t)).findFirst();
    }

    private static String code(String type) {
        return type == null ? "" : type.strip().replace("Message", "");
    }

    private static ReceiptTable table(MessageSpec<?> message, MessageSpec<?> receipt, String section, boolean open,
                                      Set<String> completion, String... codes) {
        List<ReceiptTable.Entry> entries = new ArrayList<>();
        for (String code : codes) {
            entries.add(entry(code));
        }
        return new ReceiptTable(message, receipt, section, entries, completion, open);
    }

    private static ReceiptTable.Entry entry(String code) {
        CustomsStatus status = CustomsStatus.of(code).orElseThrow();
        return new ReceiptTable.Entry(code, status, status.cnName());
    }

    private static List<ReceiptTable> concat(List<ReceiptTable> a, List<ReceiptTable> b) {
        List<ReceiptTable> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
