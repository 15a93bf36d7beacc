package ai.leonardo.cli;

import java.io.PrintWriter;

/**
 * One line of progress on stderr. On a terminal it is redrawn in place with {@code \r}, so a long
 * wait stays one line; elsewhere (a pipe, a CI log) each update is its own line, because a
 * carriage return there only garbles the log.
 */
final class StatusLine {
    private final PrintWriter err;
    private final boolean terminal;
    private int drawnWidth;

    StatusLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Shows the latest state, replacing the previous one on a terminal. */
    synchronized void update(String text) {
        if (terminal) {
            // Pad with spaces so a shorter line fully covers the longer one it replaces.
            err.print('\r' + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
            drawnWidth = text.length();
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Ends the redrawn line so what follows starts on a fresh one. */
    synchronized void finish() {
        if (terminal && drawnWidth > 0) {
            err.println();
            err.flush();
            drawnWidth = 0;
        }
    }
}
