package org.cbec.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place ({@code \r}): {@code [#########-----------] 9/20 sent}.
 * Drawn only when enabled (a terminal, or {@code --progress}) and there is more than one item.
 *
 * <pre>{@code
 * ProgressBar bar = new ProgressBar(err, files.size(), enabled, "sent");
 * bar.show(done);
 * bar.finish();
 * }</pre>
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final String label;
    private int shown = -1;

    ProgressBar(PrintWriter err, int total, boolean enabled, String label) {
        this.err = TerminalOutput.raw(err);   // its own carriage returns redraw the line
        this.total = total;
        this.enabled = enabled && total > 1;
        this.label = label;
    }

    /**
     * Whether standard error is a terminal: the launcher says so ({@code -Dcbec.stderr.terminal}); run otherwise, an
     * interactive console stands in.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("cbec.stderr.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /** Redraws the bar when {@code done} changed. */
    void show(int done) {
        if (!enabled || done == shown) {
            return;
        }
        shown = done;
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label);
        err.flush();
    }

    /** Ends the line of the bar, if one was drawn. */
    void finish() {
        if (enabled && shown >= 0) {
            err.println();
        }
    }
}
