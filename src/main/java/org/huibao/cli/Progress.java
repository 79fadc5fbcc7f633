package org.huibao.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.huibao.output.Visible;

/**
 * The "[120/400] name" line that a long batch keeps redrawing on standard error, so that a person at a
 * terminal sees how far it is. It is drawn only where someone watches: a file or a pipe (a CI log) never
 * gets it, nor a short run, which is over before a count would help.
 */
final class Progress {

    /** Batches up to this many inputs finish in seconds and show no progress. */
    static final int MIN_INPUTS = 30;

    /** Columns the line may take: narrower than the narrowest usual terminal, so it never wraps. */
    private static final int WIDTH = 78;

    private final PrintWriter err;
    private final Flushable out;
    private final int total;
    private int done;
    /** Columns of the line now on screen (0: none), which the next draw or {@link #hide} blanks out. */
    private int drawn;

    private Progress(PrintWriter err, Flushable out, int total) {
        this.err = err;
        this.out = out;
        this.total = total;
    }

    /**
     * @param out the report output, flushed before each redraw so that a report line and the progress
     *            line never interleave when both go to the same terminal
     * @param show whether standard error is a terminal and the user did not ask for --no-progress
     */
    static Progress start(PrintWriter err, Flushable out, int total, boolean show) {
        return new Progress(err, out, show && total > MIN_INPUTS ? total : 0);
    }

    /** Blanks the line before the reports of one result are written. */
    void hide() {
        if (drawn > 0) {
            err.print('\r' + " ".repeat(drawn) + '\r');
            err.flush();
            drawn = 0;
        }
    }

    /** Counts one finished report and redraws the line with its name. */
    void advance(String name) throws IOException {
        if (total == 0) {
            return;
        }
        done++;
        out.flush();
        String count = "[" + done + "/" + total + "] ";
        String line = count + fit(Visible.escape(name), WIDTH - count.length());
        int width = columns(line);
        err.print('\r' + line + " ".repeat(Math.max(0, drawn - width)));
        err.flush();
        drawn = Math.max(width, drawn);
    }

    /** Leaves the terminal as it was: the summary starts on a clean line. */
    void finish() {
        hide();
    }

    /** The end of a name (where the file name is) within the given columns, "…" marking the cut. */
    static String fit(String name, int max) {
        if (columns(name) <= max) {
            return name;
        }
        int used = 1;
        int start = name.length();
        while (start > 0) {
            int cp = name.codePointBefore(start);
            if (used + columns(cp) > max) {
                break;
            }
            used += columns(cp);
            start -= Character.charCount(cp);
        }
        return "…" + name.substring(start);
    }

    private static int columns(String s) {
        return s.codePoints().map(Progress::columns).sum();
    }

    /** East Asian wide characters take two columns of a terminal. */
    private static int columns(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
    }

    /**
     * Whether standard error is a terminal. Java tells only whether standard input and output both are
     * ({@link System#console()}); on Linux the file behind descriptor 2 says it for standard error
     * itself, so that {@code huibao check dir > out.txt} still shows progress and
     * {@code huibao check dir 2> log} does not.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException | java.nio.file.InvalidPathException e) {
            return System.console() != null;
        }
    }
}
