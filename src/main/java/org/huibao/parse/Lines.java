package org.huibao.parse;

import org.huibao.api.NodeType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised text into its non-blank lines. Pasted web artefacts at a line's start become
 * artefact nodes and Markdown heading hashes are stepped over, so that what follows is read as the
 * line's real start.
 */
final class Lines {

    /** Pasted web artefacts (##paidbegin##, HTML tags) hide a line's real start; the wording rules flag them. */
    private static final Pattern ARTEFACT = Pattern.compile("##[A-Za-z_]{1,30}##|</?[A-Za-z][A-Za-z0-9]*[^<>]{0,80}>");

    private Lines() {
    }

    /**
     * The lines of {@code text} from offset {@code from} (a line start: where the body begins after a
     * front matter block); artefact nodes found at line starts go to {@code artefacts}.
     */
    static List<Line> split(String text, int from, Consumer<Draft> artefacts) {
        List<Line> out = new ArrayList<>();
        int start = from;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int cs = start;
            while (cs < end && isSpace(text.charAt(cs))) {
                cs++;
            }
            int ce = end;
            while (ce > cs && isSpace(text.charAt(ce - 1))) {
                ce--;
            }
            Matcher artefact = ARTEFACT.matcher(text).region(cs, ce);
            while (artefact.lookingAt()) {
                artefacts.accept(new Draft(NodeType.ARTEFACT, artefact.start(), artefact.end()));
                cs = artefact.end();
                while (cs < ce && isSpace(text.charAt(cs))) {
                    cs++;
                }
                artefact.region(cs, ce);
            }
            boolean markdown = false;
            int hashes = 0;
            while (cs + hashes < ce && text.charAt(cs + hashes) == '#' && hashes < 7) {
                hashes++;
            }
            if (hashes >= 1 && hashes <= 6 && cs + hashes < ce && isSpace(text.charAt(cs + hashes))) {
                markdown = true;
                cs += hashes;
                while (cs < ce && isSpace(text.charAt(cs))) {
                    cs++;
                }
            }
            if (ce > cs) {
                out.add(new Line(cs, ce, text.substring(cs, ce), markdown));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\r' || c == '\f';
    }
}
