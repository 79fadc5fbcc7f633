package org.huibao.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a DRL file as its lines show them: where each rule, its {@code when}, {@code then} and
 * {@code end} are. Read line by line, by each line's first word, so that it works on a file the DRL
 * parser gave up on: it is how a parse error far below a rule is traced back to the rule that lacks its
 * {@code end}.
 *
 * @param rules the rules in file order
 * @param lines the file's lines
 */
record DrlOutline(List<Rule> rules, List<String> lines) {

    /**
     * One rule; a line number is 0 where the keyword is missing.
     *
     * @param next the line of the next block (rule, query, declare) when this one has no {@code end}
     */
    record Rule(String name, int line, int when, int then, int end, int next) {
        boolean missingEnd() {
            return end == 0;
        }

        /** Whether the 1-based line lies in this rule, from its header to its end (or what follows it). */
        boolean contains(int n) {
            int last = end > 0 ? end : next > 0 ? next - 1 : Integer.MAX_VALUE;
            return n >= line && n <= last;
        }
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(query|declare)\\b");
    private static final Pattern WORD = Pattern.compile("^\\s*(when|then|end)\\b");

    DrlOutline {
        rules = List.copyOf(rules);
        lines = List.copyOf(lines);
    }

    static DrlOutline of(String text) {
        List<String> lines = text.lines().toList();
        List<Rule> rules = new ArrayList<>();
        String name = null;
        int start = 0;
        int when = 0;
        int then = 0;
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = lines.get(i);
            if (inComment) {
                int close = line.indexOf("*/");
                if (close < 0) {
                    continue;
                }
                line = line.substring(close + 2);
                inComment = false;
            }
            if (line.stripLeading().startsWith("/*") && !line.contains("*/")) {
                inComment = true;
                continue;
            }
            Matcher rule = RULE.matcher(line);
            boolean newBlock = rule.find() || BLOCK.matcher(line).find();
            if (newBlock && name != null) {
                rules.add(new Rule(name, start, when, then, 0, n));
                name = null;
            }
            if (newBlock) {
                if (rule.find(0)) {
                    name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                    start = n;
                    when = 0;
                    then = 0;
                }
                continue;
            }
            Matcher word = WORD.matcher(line);
            if (!word.find()) {
                continue;
            }
            switch (word.group(1)) {
                case "when" -> when = name != null && when == 0 ? n : when;
                case "then" -> then = name != null && then == 0 ? n : then;
                default -> {
                    if (name != null) {
                        rules.add(new Rule(name, start, when, then, n, 0));
                        name = null;
                    }
                }
            }
        }
        if (name != null) {
            rules.add(new Rule(name, start, when, then, 0, 0));
        }
        return new DrlOutline(rules, lines);
    }

    /** The rule a line lies in, or null. */
    Rule ruleAt(int line) {
        for (Rule r : rules) {
            if (r.contains(line)) {
                return r;
            }
        }
        return null;
    }

    Rule rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The first line at or after {@code from} (1-based) and at or before {@code to} that contains
     * {@code text}; 0 when none does.
     */
    int find(String text, int from, int to) {
        for (int n = Math.max(1, from); n <= Math.min(to, lines.size()); n++) {
            if (lines.get(n - 1).contains(text)) {
                return n;
            }
        }
        return 0;
    }

    int find(String text) {
        return find(text, 1, lines.size());
    }

    /** Whether the round brackets of a rule's conditions pair up (strings ignored). */
    boolean conditionsBalanced(Rule r) {
        if (r.when() == 0) {
            return true;
        }
        int last = r.then() > 0 ? r.then() - 1 : r.end() > 0 ? r.end() - 1 : r.next() > 0 ? r.next() - 1 : lines.size();
        int depth = 0;
        for (int n = r.when(); n <= last; n++) {
            String line = lines.get(n - 1);
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && quoted) {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                    break;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                }
            }
        }
        return depth == 0;
    }
}
