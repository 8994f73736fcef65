package org.cbec.customs.goods;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cbec.core.error.CebException;
import org.cbec.core.error.ErrorCode;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.model.WireNode;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Severity;
import org.cbec.core.validation.Violation;

/**
 * The cross-border retail import list (跨境电子商务零售进口商品清单, "正面清单") as the user maintains it, and the check
 * of inventory lines against it: a line of an import inventory (CEB621) or export inventory (CEB603) whose HS code
 * ({@code gcode}, 商品编码) the list does not hold is a finding {@link Rule#GOODS_NOT_LISTED} ({@code CEB-G001}) naming
 * the line and the code; a code listed with the note 仅限网购保税 (bonded import only) on an inventory whose trade mode
 * is not 1210 / 1239 is a finding {@link Rule#GOODS_LIST_CONDITION} ({@code CEB-G002}). Both are errors unless
 * {@link #withSeverity} says warning. Immutable and thread-safe.
 *
 * <p>The list is a UTF-8 CSV file with the header {@code hsCode,name,note} and one entry per line; {@code hsCode} is
 * the 10-digit code (a shorter code of 4 to 9 digits stands for every code it starts); {@code note} is free text,
 * such as 首次进口需注册 or 仅限网购保税. Cells may be quoted ({@code "a, b"}); blank lines and lines starting with
 * {@code #} are skipped. The list is not shipped with the SDK: {@link #sample()} is a handful of entries for tests and
 * examples, clearly marked SAMPLE; load the published list with {@link #fromCsv(Path)}.
 *
 * <pre>{@code
 * GoodsList list = GoodsList.fromCsv(Path.of("positive-list.csv"));
 * List<Violation> findings = list.check(ceb621);
 * // ERROR CEB-G001 Inventory[1].InventoryList[2].gcode (商品编码): HS code 9999999999 is not on the goods list … [value '9999999999']
 * GoodsList lenient = list.withSeverity(Severity.WARNING);
 * }</pre>
 */
public final class GoodsList {

    /** The header line of the CSV format. */
    public static final String HEADER = "hsCode,name,note";
    /** The note marking goods allowed only in bonded e-commerce import (网购保税, trade mode 1210 / 1239). */
    public static final String BONDED_ONLY = "仅限网购保税";

    private static final String SAMPLE = "sample-goods-list.csv";
    private static final String FIELD_NAME = "商品编码";

    /**
     * One entry of the list.
     *
     * @param hsCode the HS code, 4 to 10 digits (a shorter code covers the codes it starts)
     * @param name   the goods' name as the list has it
     * @param note   the list's note, e.g. 首次进口需注册, or empty
     */
    public record Entry(String hsCode, String name, String note) {
        /** The code is 4 to 10 digits; {@code name} and {@code note} are never null. */
        public Entry {
            Objects.requireNonNull(hsCode, "hsCode");
            if (!hsCode.matches("[0-9]{4,10}")) {
                throw new IllegalArgumentException("an HS code is 4 to 10 digits, not '" + hsCode + "'");
            }
            name = name == null ? "" : name;
            note = note == null ? "" : note;
        }

        /** Whether the note restricts the goods to bonded e-commerce import (仅限网购保税). */
        public boolean bondedOnly() {
            return note.contains(BONDED_ONLY);
        }
    }

    private final Map<String, Entry> entries;
    private final String source;
    private final Severity severity;

    private GoodsList(Map<String, Entry> entries, String source, Severity severity) {
        this.entries = entries;
        this.source = source;
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    /** A list of these entries; a repeated code is an {@link IllegalArgumentException}. */
    public static GoodsList of(Collection<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (m.putIfAbsent(e.hsCode(), e) != null) {
                throw new IllegalArgumentException("HS code " + e.hsCode() + " is listed twice");
            }
        }
        return new GoodsList(Map.copyOf(m), "the goods list", Severity.ERROR);
    }

    /**
     * A <b>SAMPLE</b> of a few entries, for tests and examples only: it is not the published list and must not decide
     * what a platform sells. The file is {@code org/cbec/customs/goods/sample-goods-list.csv}.
     */
    public static GoodsList sample() {
        try (InputStream in = GoodsList.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "the SAMPLE goods list");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list in a UTF-8 CSV file; see the class comment for the format. */
    public static GoodsList fromCsv(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(r, "goods list " + csv.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the goods list " + csv, e);
        }
    }

    /**
     * The list in CSV text; the reader is not closed.
     *
     * @throws CebException {@code GOODS_LIST_CSV} naming the line of a malformed or repeated entry
     */
    public static GoodsList fromCsv(Reader csv) {
        return read(csv, "the goods list");
    }

    private static GoodsList read(Reader csv, String source) {
        Map<String, Entry> out = new LinkedHashMap<>();
        BufferedReader in = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        boolean header = false;
        int lineNo = 0;
        try {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String t = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1).strip() : line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!t.replace(" ", "").equals(HEADER)) {
                        throw csvError(source, lineNo, "the header must be '" + HEADER + "'");
                    }
                    header = true;
                    continue;
                }
                List<String> cells = cells(t, source, lineNo);
                if (cells.size() != 3) {
                    throw csvError(source, lineNo, "expected 3 cells (hsCode,name,note), found " + cells.size());
                }
                Entry e;
                try {
                    e = new Entry(cells.get(0).strip(), cells.get(1).strip(), cells.get(2).strip());
                } catch (IllegalArgumentException ex) {
                    throw csvError(source, lineNo, ex.getMessage());
                }
                if (out.putIfAbsent(e.hsCode(), e) != null) {
                    throw csvError(source, lineNo, "HS code " + e.hsCode() + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!header) {
            throw csvError(source, lineNo, "no header line '" + HEADER + "'");
        }
        return new GoodsList(Map.copyOf(out), source, Severity.ERROR);
    }

    /** RFC 4180 cells of one line: quoted cells may hold commas and doubled quotes. */
    private static List<String> cells(String line, String source, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw csvError(source, lineNo, "a quoted cell is not closed");
        }
        out.add(cell.toString());
        return out;
    }

    private static CebException csvError(String source, int line, String message) {
        return new CebException(ErrorCode.GOODS_LIST_CSV, source + " line " + line + ": " + message);
    }

    /** This list reporting its findings with {@code severity} (the default is {@link Severity#ERROR}). */
    public GoodsList withSeverity(Severity severity) {
        return new GoodsList(entries, source, severity);
    }

    /** The severity of the findings. */
    public Severity severity() {
        return severity;
    }

    /** How many entries the list holds. */
    public int size() {
        return entries.size();
    }

    /** The entry covering {@code hsCode}: the code itself, else the longest listed code it starts with. */
    public Optional<Entry> find(String hsCode) {
        if (hsCode == null) {
            return Optional.empty();
        }
        String code = hsCode.strip();
        for (int n = Math.min(code.length(), 10); n >= 4; n--) {
            Entry e = entries.get(code.substring(0, n));
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether the list covers {@code hsCode}. */
    public boolean contains(String hsCode) {
        return find(hsCode).isPresent();
    }

    /**
     * The findings on the goods lines of {@code message}, in line order: empty for a message that is not an import
     * (CEB621) or export (CEB603) inventory. Built messages carry no line numbers ({@link Violation#line()} is 0).
     */
    public List<Violation> check(CebMessage message) {
        return check(message.spec().messageType(), wire(message));
    }

    /** {@link #check(CebMessage)} of a message read from XML: the findings carry the input line of each code. */
    public List<Violation> check(CebCodec.Parsed<?> parsed) {
        return check(parsed.spec().messageType(), parsed.wire());
    }

    private List<Violation> check(String messageType, WireNode root) {
        if (!"CEB621".equals(messageType) && !"CEB603".equals(messageType)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        List<WireNode> inventories = root.children("Inventory");
        for (int i = 0; i < inventories.size(); i++) {
            WireNode inventory = inventories.get(i);
            List<WireNode> heads = inventory.children("InventoryHead");
            String tradeMode = heads.isEmpty() ? null : heads.get(0).text("tradeMode");
            List<WireNode> lines = inventory.children("InventoryList");
            for (int j = 0; j < lines.size(); j++) {
                checkLine(messageType, "Inventory[" + (i + 1) + "].InventoryList[" + (j + 1) + "].gcode", lines.get(j),
                        tradeMode, out);
            }
        }
        return List.copyOf(out);
    }

    private void checkLine(String messageType, String path, WireNode line, String tradeMode, List<Violation> out) {
        String code = null;
        int at = 0;
        for (WireNode.Item item : line.items()) {
            if (item.isField() && item.tag().equals("gcode")) {
                code = item.text();
                at = item.line();
                break;
            }
        }
        if (code == null || code.isBlank()) {
            return; // a missing code is the validator's finding (CEB-V001)
        }
        Optional<Entry> entry = find(code);
        if (entry.isEmpty()) {
            out.add(new Violation(path, FIELD_NAME, Rule.GOODS_NOT_LISTED, severity, "HS code " + code.strip()
                    + " of this " + messageType + " line is not on " + source, code.strip(), at));
        } else if (entry.get().bondedOnly() && !"1210".equals(tradeMode) && !"1239".equals(tradeMode)) {
            out.add(new Violation(path, FIELD_NAME, Rule.GOODS_LIST_CONDITION, severity, "HS code " + code.strip()
                    + " is listed " + BONDED_ONLY + " (" + entry.get().name() + "), but the inventory's tradeMode is "
                    + tradeMode, code.strip(), at));
        }
    }

    @SuppressWarnings("unchecked")
    private static <M extends CebMessage> WireNode wire(CebMessage message) {
        MessageSpec<M> spec = (MessageSpec<M>) message.spec();
        return spec.root().toWire((M) message);
    }

    @Override
    public String toString() {
        return "GoodsList[" + source + ", " + entries.size() + " entries, " + severity + "]";
    }
}
