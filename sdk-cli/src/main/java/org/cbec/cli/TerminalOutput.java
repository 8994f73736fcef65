package org.cbec.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output or error for text a person reads: every character that could drive the terminal or reorder what is
 * shown (C0 controls but tab, line feed and a carriage return that ends a line before its line feed, DEL, C1 controls such as U+009B CSI, bidirectional overrides such as
 * U+202E, line and paragraph separators) is written as {@code \\uXXXX}, whatever command printed it and wherever the
 * text came from (a message's field, a certificate's subject, a receipt, a file name). {@link #raw} gives the
 * underlying writer for bytes that must pass unchanged ({@code sign} and {@code unwrap} to standard output) and for
 * the progress bar's own carriage returns.
 *
 * <pre>{@code
 * PrintWriter out = new TerminalOutput(stdout);
 * out.println("name: " + receipt.note());       // "\u001b[2J" arrives as the six characters \u001b, then "[2J"
 * }</pre>
 */
final class TerminalOutput extends PrintWriter {

    private final PrintWriter raw;

    TerminalOutput(PrintWriter raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** The writer under {@code w} when it is a {@link TerminalOutput}, else {@code w}. */
    static PrintWriter raw(PrintWriter w) {
        return w instanceof TerminalOutput t ? t.raw : w;
    }

    /** Whether this or the writer under it met an error (a full disk, a closed pipe). */
    @Override
    public boolean checkError() {
        return super.checkError() | raw.checkError();
    }

    /** {@code text} with every unsafe character written as {@code \\uXXXX}. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                b.append(c); // CR LF ends a line (CSV, Windows line ends); a lone CR would overwrite it
            } else {
                escapeTo(b, c);
            }
        }
        return b.toString();
    }

    private static void escapeTo(StringBuilder b, char c) {
        if (unsafe(c)) {
            b.append(String.format("\\u%04x", (int) c));
        } else {
            b.append(c);
        }
    }

    private static boolean unsafe(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Escapes on the way through; the writer under it is a {@link PrintWriter}, which records errors instead of
     * throwing. A carriage return is held until the next character shows whether it ends a line (CR LF, kept) or
     * stands alone (escaped), also across writes.
     */
    private static final class Escaping extends Writer {
        private final PrintWriter out;
        private boolean pendingCr;

        Escaping(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            StringBuilder b = new StringBuilder(len + 1);
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') {
                        b.append('\r');
                    } else {
                        escapeTo(b, '\r');
                    }
                }
                if (c == '\r') {
                    pendingCr = true;
                } else {
                    escapeTo(b, c);
                }
            }
            out.write(b.toString());
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            if (pendingCr) {
                pendingCr = false;
                out.write(escape("\r"));
            }
            out.close();
        }
    }
}
