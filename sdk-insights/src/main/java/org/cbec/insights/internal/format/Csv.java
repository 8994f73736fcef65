package org.cbec.insights.internal.format;

import java.io.IOException;
import java.util.List;

/** RFC 4180 lines: a cell holding a comma, quote or line break is quoted with quotes doubled; CRLF line ends. */
public final class Csv {

    private Csv() {
    }

    public static void line(List<String> cells, Appendable out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
