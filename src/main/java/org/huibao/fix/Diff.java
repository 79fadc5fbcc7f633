package org.huibao.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huibao.output.Visible;

/**
 * A unified diff (as {@code diff -u} writes it) of a report's text before and after its fixes. Fixes
 * stay inside their lines, so the two texts have the same lines and a line either changed or not; three
 * lines of context around each change, as usual. Report text reaches a terminal here, so the characters
 * {@link Visible} never lets through raw are shown as escapes (such a line then no longer applies as a
 * patch, which is the lesser harm).
 */
public final class Diff {
    private static final int CONTEXT = 3;

    private Diff() {
    }

    /** The diff, "" when the texts are the same; {@code from} and {@code to} name the two sides. */
    public static String unified(String from, String to, String oldText, String newText) {
        if (oldText.equals(newText)) {
            return "";
        }
        String[] a = lines(oldText);
        String[] b = lines(newText);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(from).append('\n').append("+++ ").append(to).append('\n');
        if (a.length != b.length) {
            // not made by fixes; the whole text, rather than a wrong hunk
            out.append("@@ -").append(range(0, a.length)).append(" +").append(range(0, b.length)).append(" @@\n");
            lines(out, '-', a, 0, a.length);
            lines(out, '+', b, 0, b.length);
            return out.toString();
        }
        for (int[] c : changes(a, b)) {
            int start = Math.max(0, c[0] - CONTEXT);
            int end = Math.min(a.length, c[1] + CONTEXT);
            out.append("@@ -").append(range(start, end)).append(" +").append(range(start, end)).append(" @@\n");
            int i = start;
            while (i < end) {
                if (a[i].equals(b[i])) {
                    out.append(' ').append(Visible.escape(a[i])).append('\n');
                    i++;
                    continue;
                }
                int k = i;
                while (k < end && !a[k].equals(b[k])) {
                    k++;
                }
                lines(out, '-', a, i, k);
                lines(out, '+', b, i, k);
                i = k;
            }
        }
        return out.toString();
    }

    /** Runs of changed lines, [first, end), joined when their contexts would meet. */
    private static List<int[]> changes(String[] a, String[] b) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && i - last[1] <= 2 * CONTEXT) {
                    last[1] = i + 1;
                } else {
                    out.add(new int[] {i, i + 1});
                }
            }
        }
        return out;
    }

    /** The lines of a text; a final line break ends the last line rather than starting another. */
    private static String[] lines(String text) {
        String[] l = text.split("\n", -1);
        return text.endsWith("\n") ? Arrays.copyOf(l, l.length - 1) : l;
    }

    private static void lines(StringBuilder out, char mark, String[] l, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(mark).append(Visible.escape(l[i])).append('\n');
        }
    }

    /** "start,count" with a 1-based start, as diff writes it ("0,0" for nothing at the start). */
    private static String range(int from, int to) {
        int count = to - from;
        return (count == 0 ? from : from + 1) + "," + count;
    }
}
