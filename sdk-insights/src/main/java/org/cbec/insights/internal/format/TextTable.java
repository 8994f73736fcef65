package org.cbec.insights.internal.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header, rows, columns padded to their widest cell (a CJK character counts two), text
 * left-aligned and numbers right-aligned.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public TextTable row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public void write(Appendable out) throws IOException {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(header.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        line(header, w, out);
        for (List<String> r : rows) {
            line(r, w, out);
        }
    }

    private static void line(List<String> cells, int[] w, Appendable out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - width(c));
            if (i > 0) {
                b.append("  ");
            }
            b.append(numeric(c) ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
        }
        out.append(b.toString().stripTrailing()).append('\n');
    }

    private static boolean numeric(String c) {
        return !c.isEmpty() && c.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '%' || ch == ',');
    }

    /** Display width: East Asian wide characters take two columns. */
    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        }
        return n;
    }
}
