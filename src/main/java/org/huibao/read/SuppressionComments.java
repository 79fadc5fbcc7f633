package org.huibao.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of a text or Markdown report, each alone on its line:
 * <pre>
 * &lt;!-- huibao-disable HB302 --&gt;            … &lt;!-- huibao-enable HB302 --&gt;
 * &lt;!-- huibao-disable-next-line HB301 --&gt;  the next line with text
 * &lt;!-- huibao-disable-file HB302, HB403 --&gt; the whole file
 * </pre>
 * Rule ids are separated by spaces or commas; none means every rule; what follows the ids (a reason, after
 * {@code --} or not) is the author's note. These and every other comment alone on its line are blanked in
 * the text the rest of huibao reads — they are no part of the report, and must not be taken for a paragraph, a title or pasted
 * markup — while every other line keeps its number and columns.
 */
final class SuppressionComments {

    /** The text with the directive lines blanked, and what they ask. */
    record Result(String text, List<Suppression> suppressions) {
    }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*huibao-(disable-next-line|disable-file|disable|enable)(?=[\\s,，]|-->)(.*?)-->");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、]+");

    private SuppressionComments() {
    }

    private record Directive(String kind, List<String> rules, int line) {
        String written(String rule) {
            return "huibao-" + kind + (rule.isEmpty() ? "" : " " + rule);
        }
    }

    /** An open huibao-disable, waiting for its huibao-enable. */
    private record Open(Directive directive, String rule) {
    }

    static Result strip(String text) {
        if (!text.contains("<!--")) {
            return new Result(text, List.of());
        }
        String[] lines = text.split("\n", -1);
        Directive[] directives = new Directive[lines.length];
        boolean any = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            // a comment alone on its line is no part of the report, whatever it holds (a web page's
            // "<!-- 2022年02月11日 13:54 来源：… -->" copied with the text); Markdown shows none of it
            if (!line.startsWith("<!--") || !line.endsWith("-->")) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(line);
            if (m.matches()) {
                directives[i] = new Directive(m.group(1), ids(m.group(2)), i + 1);
            }
            lines[i] = "";
            any = true;
        }
        if (!any) {
            return new Result(text, List.of());
        }
        return new Result(String.join("\n", lines), resolve(lines, directives));
    }

    /** The rule ids at the start of a directive's text; the first word that is not one starts the note. */
    private static List<String> ids(String rest) {
        List<String> out = new ArrayList<>();
        for (String word : SEPARATORS.split(rest.strip())) {
            if (!ID.matcher(word).matches()) {
                break;
            }
            String id = word.toUpperCase(Locale.ROOT);
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<Suppression> resolve(String[] lines, Directive[] directives) {
        List<Suppression> out = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        for (int i = 0; i < directives.length; i++) {
            Directive d = directives[i];
            if (d == null) {
                continue;
            }
            List<String> rules = d.rules().isEmpty() ? List.of("") : d.rules();
            switch (d.kind()) {
                case "disable-file" -> {
                    for (String r : rules) {
                        out.add(new Suppression(r, d.written(r), d.line(), 1, 1, 1, Suppression.END, Suppression.END));
                    }
                }
                case "disable-next-line" -> {
                    int target = nextTextLine(lines, directives, i + 1);
                    for (String r : rules) {
                        out.add(target < 0 ? Suppression.empty(r, d.written(r), d.line(), 1)
                                : new Suppression(r, d.written(r), d.line(), 1, target, 1, target + 1, 1));
                    }
                }
                case "disable" -> {
                    for (String r : rules) {
                        open.add(new Open(d, r));
                    }
                }
                default -> enable(d, open, out);
            }
        }
        for (Open o : open) {
            out.add(disabled(o, Suppression.END, Suppression.END));
        }
        return out;
    }

    /**
     * Ends the open disables an enable names: a bare enable ends them all; {@code huibao-enable HB302} those
     * of HB302 (not a bare disable's). One that ends nothing is kept, covering nothing, to be reported.
     */
    private static void enable(Directive d, List<Open> open, List<Suppression> out) {
        List<String> rules = d.rules().isEmpty() ? List.of("") : d.rules();
        for (String r : rules) {
            boolean closed = false;
            for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
                Open o = it.next();
                if (r.isEmpty() || o.rule().equals(r)) {
                    out.add(disabled(o, d.line(), 1));
                    it.remove();
                    closed = true;
                }
            }
            if (!closed) {
                out.add(Suppression.empty(r, d.written(r), d.line(), 1));
            }
        }
    }

    private static Suppression disabled(Open o, int toLine, int toColumn) {
        Directive d = o.directive();
        return new Suppression(o.rule(), d.written(o.rule()), d.line(), 1, d.line() + 1, 1, toLine, toColumn);
    }

    /** The line number of the first line from index {@code from} on that has text; -1 when none has. */
    private static int nextTextLine(String[] lines, Directive[] directives, int from) {
        for (int j = from; j < lines.length; j++) {
            if (directives[j] == null && !lines[j].isBlank()) {
                return j + 1;
            }
        }
        return -1;
    }
}
